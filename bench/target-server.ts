import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { type DatabaseHandle, type Db, openDatabase } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { generatedCouncil } from '../src/features/demo/demo-data.ts';
import { seedCouncil } from '../src/features/demo/demo.seed.ts';
import { hashPassword } from '../src/platform/passwords.ts';
import { type ChildServer, spawnServer } from './child.ts';
import { type ContentSize, seedContent } from './content-seed.ts';

export type DatabaseKind = 'pglite' | 'postgres';

export const adminEmail = 'admin@bench.example';
export const defaultPostgresUrl = 'postgres://postgres@127.0.0.1:5432/test';

/** A freshly seeded database and the environment that points the server at it. */
export interface PreparedDatabase {
  kind: DatabaseKind;
  env: Record<string, string>;
  dispose(): Promise<void>;
}

/** How many of the seeded council's units and people the browsing measurements cycle through. */
export interface SampleSizes {
  units: number;
  people: number;
}

/** Ids read from the seeded database, for URLs such as /teams/:id, /people/:id and /pages/:id (every page). */
export interface Sample {
  unitIds: string[];
  personIds: string[];
  pageIds: string[];
}

/**
 * Migrates an empty bench database (createBenchDatabase), seeds one generated
 * council of `staff` people, all with `password`, and its content
 * (`content.pages` pages and `content.news` news items, when asked for), and
 * picks a random sample of its units and active people. The handle is closed
 * again before returning: on PGlite only one process may open it. The caller
 * removes the database (`dispose`), also when this fails.
 */
export async function seedDatabase(
  database: PreparedDatabase,
  staff: number,
  password: string,
  sizes: SampleSizes,
  content: ContentSize,
): Promise<{ seconds: number; sample: Sample }> {
  const started = Date.now();
  const handle = await openBenchDatabase(database);
  try {
    await migrate(handle);
    const { orgId } = await seedCouncil(handle.db, generatedCouncil(staff), await hashPassword(password));
    const seeded = content.pages || content.news ? await seedContent(handle.db, orgId, content) : { pageIds: [] };
    const sample = { ...(await sampleIds(handle.db, orgId, sizes)), pageIds: seeded.pageIds };
    await settle(handle.db);
    return { seconds: (Date.now() - started) / 1000, sample };
  } finally {
    await handle.close();
  }
}

/**
 * As after any bulk load: statistics for the planner, no autovacuum catching
 * up during the measurements, and the load's writes flushed to disk now. A
 * seed writes gigabytes of WAL, and the checkpoints it sets off would
 * otherwise spread their writes over the next minute or so: over whatever is
 * measured then (the search bench's app, measured after its floor).
 */
export async function settle(db: Db): Promise<void> {
  await sql`VACUUM ANALYZE`.execute(db);
  await sql`CHECKPOINT`.execute(db);
}

/** Units of every kind (directorates, services, teams) and people who are not disabled, in random order. */
async function sampleIds(db: Db, orgId: string, sizes: SampleSizes): Promise<Omit<Sample, 'pageIds'>> {
  const units = await db
    .selectFrom('org_units')
    .select('id')
    .where('org_id', '=', orgId)
    .orderBy(sql`random()`)
    .limit(sizes.units)
    .execute();
  const people = await db
    .selectFrom('users')
    .select('id')
    .where('org_id', '=', orgId)
    .where('disabled_at', 'is', null)
    .orderBy(sql`random()`)
    .limit(sizes.people)
    .execute();
  return { unitIds: units.map((unit) => unit.id), personIds: people.map((person) => person.id) };
}

/** An empty bench database: a temporary DATA_DIR for PGlite, a new guildhall_bench_* database for PostgreSQL. */
export function createBenchDatabase(kind: DatabaseKind): Promise<PreparedDatabase> {
  return kind === 'pglite' ? Promise.resolve(createPgliteDir()) : createPostgresDatabase();
}

/** Opens a bench database in this process, where the server will find it. Close it before starting the server on PGlite. */
export function openBenchDatabase(database: PreparedDatabase): Promise<DatabaseHandle> {
  return openDatabase(
    database.kind === 'pglite' ? { pgliteDir: join(database.env.DATA_DIR ?? '', 'db') } : { databaseUrl: database.env.DATABASE_URL },
  );
}

function createPgliteDir(): PreparedDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'guildhall-bench-'));
  return {
    kind: 'pglite',
    env: { DATA_DIR: dir },
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function createPostgresDatabase(): Promise<PreparedDatabase> {
  const serverUrl = process.env.DATABASE_URL || defaultPostgresUrl;
  const name = `guildhall_bench_${randomBytes(6).toString('hex')}`;
  await onServer(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  // DATA_DIR too, so that nothing the server writes lands in the working tree.
  const dataDir = mkdtempSync(join(tmpdir(), 'guildhall-bench-'));
  return {
    kind: 'postgres',
    env: { DATABASE_URL: url.toString(), DATA_DIR: dataDir },
    dispose: async () => {
      rmSync(dataDir, { recursive: true, force: true });
      await onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

async function onServer(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** The V8 flags `npm start` runs the server with (package.json `config.nodeOptions` and `config.v8Flags`), so the bench measures the same process. */
function startFlags(): string[] {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    config?: { nodeOptions?: string; v8Flags?: string };
  };
  return `${pkg.config?.nodeOptions ?? ''} ${pkg.config?.v8Flags ?? ''}`.split(/\s+/).filter(Boolean);
}

/** `node src/server.ts` in production mode against the prepared database, started as `npm start` starts it. */
export function startApp(database: PreparedDatabase, nodeArgs: string[] = []): Promise<ChildServer> {
  return spawnServer({
    script: 'src/server.ts',
    nodeArgs: [...startFlags(), ...nodeArgs],
    env: {
      ...database.env,
      NODE_ENV: 'production',
      SESSION_SECRET: randomBytes(36).toString('base64url'),
      LOG_LEVEL: 'warn',
    },
    readyPath: '/health/ready',
  });
}

function cookiesOf(response: Response): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const line of response.headers.getSetCookie()) {
    const [pair = ''] = line.split(';');
    const at = pair.indexOf('=');
    if (at > 0) cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
  }
  return cookies;
}

/** Signs in as a browser would; returns the Cookie header a browser sends afterwards: the session and the CSRF secret. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const form = await fetch(`${baseUrl}/sign-in`);
  const html = await form.text();
  const csrfToken = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  const csrfCookie = cookiesOf(form).get('guildhall_csrf');
  if (form.status !== 200 || !csrfToken || !csrfCookie) throw new Error(`GET /sign-in gave ${form.status} without a CSRF token and cookie`);
  const response = await fetch(`${baseUrl}/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `guildhall_csrf=${csrfCookie}` },
    body: new URLSearchParams({ email, password, _csrf: csrfToken }).toString(),
  });
  await response.arrayBuffer();
  const set = cookiesOf(response);
  const session = set.get('guildhall_session');
  if (response.status !== 303 || !session) throw new Error(`POST /sign-in gave ${response.status} without a session cookie`);
  // Both cookies, as a browser sends them: without the CSRF one, every page would mint a new secret for the form in its header.
  return `guildhall_session=${session}; guildhall_csrf=${set.get('guildhall_csrf') ?? csrfCookie}`;
}

export interface Page {
  body: Buffer;
  contentType: string;
}

/** Fetches a page that must answer 200 (no redirects followed). */
export async function fetchPage(url: string, cookie: string): Promise<Page> {
  const response = await fetch(url, { headers: { cookie }, redirect: 'manual' });
  const body = Buffer.from(await response.arrayBuffer());
  if (response.status !== 200) throw new Error(`GET ${url} gave ${response.status}, not 200`);
  return { body, contentType: response.headers.get('content-type') ?? 'text/html; charset=utf-8' };
}

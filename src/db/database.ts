import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';

export type Db = Kysely<Database>;

/** Runs a multi-statement SQL script on one connection (simple query protocol). */
export type ScriptRunner = (sql: string) => Promise<void>;

export interface DatabaseHandle {
  db: Db;
  driver: 'pglite' | 'postgres';
  /** Lends one connection for scripts that must share a session (migrations, locks). */
  withScriptRunner<T>(work: (run: ScriptRunner) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A PostgreSQL server; when absent the embedded PGlite is used. */
  databaseUrl?: string | undefined;
  /** Where PGlite keeps its files; absent means in memory (tests). */
  pgliteDir?: string | undefined;
  /** Pool size for PostgreSQL. */
  poolSize?: number;
}

export class DatabaseUnreachableError extends Error {}

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  return options.databaseUrl ? openPostgres(options.databaseUrl, options.poolSize ?? 10) : openPglite(options.pgliteDir);
}

async function openPglite(dir: string | undefined): Promise<DatabaseHandle> {
  if (dir) mkdirSync(dir, { recursive: true });
  const pglite = await PGlite.create(dir ? { dataDir: dir } : {});
  const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
  return {
    db,
    driver: 'pglite',
    withScriptRunner: (work) =>
      work(async (sql) => {
        await pglite.exec(sql);
      }),
    close: async () => {
      await db.destroy();
      if (!pglite.closed) await pglite.close();
    },
  };
}

async function openPostgres(url: string, poolSize: number): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5000 });
  // An idle client losing its server must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end();
    throw new DatabaseUnreachableError(describeConnectionFailure(url, error));
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    driver: 'postgres',
    withScriptRunner: async (work) => {
      const client = await pool.connect();
      try {
        return await work(async (sql) => {
          await client.query(sql);
        });
      } finally {
        client.release();
      }
    },
    close: () => db.destroy(),
  };
}

/** Names the server and the reason, never the password in the URL. */
function describeConnectionFailure(url: string, error: unknown): string {
  let where: string;
  try {
    const parsed = new URL(url);
    where = `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    where = 'an address that is not a valid URL';
  }
  const reason = error instanceof Error ? ((error as NodeJS.ErrnoException).code ?? error.message) : 'unknown error';
  return `cannot connect to ${where} (${reason})`;
}

import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import { preparedStatementName } from './prepared.ts';
import type { Database } from './schema.ts';

export type Db = Kysely<Database>;

/** Runs a multi-statement SQL script on one connection (simple query protocol). */
export type ScriptRunner = (sql: string) => Promise<void>;

export interface SqlResult {
  rows: Record<string, unknown>[];
}

/** What a listener hears on a notification channel, and when it may have missed some. */
export interface ChannelHandlers {
  message(payload: string): void;
  /** The connection was lost: notifications sent meanwhile are gone. */
  lost(): void;
  /** Listening again after a loss. */
  restored(): void;
}

export interface DatabaseHandle {
  db: Db;
  driver: 'pglite' | 'postgres';
  /**
   * Runs SQL text as it is, outside Kysely: with values, one statement; without,
   * possibly several, answering one result per statement. For libraries that
   * bring their own SQL (the job queue).
   */
  executeSql(text: string, values?: unknown[]): Promise<SqlResult | SqlResult[]>;
  /** LISTENs on a channel until the returned function is called. */
  listen(channel: string, handlers: ChannelHandlers): Promise<() => Promise<void>>;
  /** Lends one connection for scripts that must share a session (migrations, locks). */
  withScriptRunner<T>(work: (run: ScriptRunner) => Promise<T>): Promise<T>;
  /** PGlite only: its data directory as a tarball, for another PGlite to start from (`pgliteSnapshot`). */
  dumpDataDir?: () => Promise<Blob>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A PostgreSQL server; when absent the embedded PGlite is used. */
  databaseUrl?: string | undefined;
  /** Where PGlite keeps its files; absent means in memory (tests). */
  pgliteDir?: string | undefined;
  /**
   * An in-memory PGlite starts as a copy of this dump (`dumpDataDir`): tests start from one migrated database in
   * half a second, where creating and migrating one takes four.
   */
  pgliteSnapshot?: Blob | undefined;
  /** Pool size for PostgreSQL. */
  poolSize?: number;
}

export class DatabaseUnreachableError extends Error {}

/**
 * A calendar date (review dates) comes back as its text, 'YYYY-MM-DD', from
 * both drivers: pg would otherwise make it midnight in the server's time zone,
 * which in summer is the day before in UTC.
 */
const dateOid = 1082;

/** Databases with one connection (PGlite): a query waits while another, or a transaction, holds it. */
const oneConnection = new WeakSet<Db>();

/**
 * Whether a query made during a transaction, outside it, waits for the
 * transaction to end: work a transaction waits on must not make one.
 */
export const queriesWaitForTransactions = (db: Db): boolean => oneConnection.has(db);

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, options.poolSize ?? 10)
    : openPglite(options.pgliteDir, options.pgliteSnapshot);
}

async function openPglite(dir: string | undefined, snapshot: Blob | undefined): Promise<DatabaseHandle> {
  if (dir) mkdirSync(dir, { recursive: true });
  const pglite = await PGlite.create({
    ...(dir ? { dataDir: dir } : {}),
    ...(snapshot ? { loadDataDir: snapshot } : {}),
    parsers: { [dateOid]: (value: string) => value },
    // Trigram matching for search (migration 0006); PostgreSQL ships it as a contrib extension too.
    extensions: { pg_trgm },
  });
  const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
  oneConnection.add(db);
  return {
    db,
    driver: 'pglite',
    withScriptRunner: (work) =>
      work(async (sql) => {
        await pglite.exec(sql);
      }),
    dumpDataDir: () => pglite.dumpDataDir('none'),
    async executeSql(text, values) {
      if (values?.length) return { rows: (await pglite.query<Record<string, unknown>>(text, values)).rows };
      const results = (await pglite.exec(text)).map((result) => ({ rows: result.rows as Record<string, unknown>[] }));
      return results.length === 1 ? (results[0] as SqlResult) : results;
    },
    // In-process: nothing can be lost, so only messages are ever delivered.
    listen: async (channel, handlers) => {
      const unlisten = await pglite.listen(channel, handlers.message);
      return async () => {
        if (!pglite.closed) await unlisten();
      };
    },
    close: async () => {
      await db.destroy();
      if (!pglite.closed) await pglite.close();
    },
  };
}

/** Connections the PostgreSQL pool keeps however long they are idle, and how long it keeps more (see openPostgres). */
export const keptConnections = 2;
export const idleConnectionMs = 5 * 60_000;

async function openPostgres(url: string, poolSize: number): Promise<DatabaseHandle> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    // A connection opened anew takes about 5 ms, and its first search about 9 ms more while PostgreSQL reads its
    // catalogues and dictionaries; its prepared statements are gone too. So the pool keeps connections through a
    // quiet spell (pg closes one after 10 s idle): two for good, any more for five minutes.
    min: Math.min(keptConnections, poolSize),
    idleTimeoutMillis: idleConnectionMs,
    connectionTimeoutMillis: 5000,
    types: {
      getTypeParser: (oid: number, format?: 'text' | 'binary') =>
        oid === dateOid ? (value: string) => value : pg.types.getTypeParser(oid, format),
    },
  });
  // An idle client losing its server must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  pool.on('connect', adaptQueries);
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
    async executeSql(text, values) {
      const result: pg.QueryResult | pg.QueryResult[] = await pool.query(text, values);
      return Array.isArray(result) ? result.map((each) => ({ rows: each.rows })) : { rows: result.rows };
    },
    listen: (channel, handlers) => listenOnPostgres(url, channel, handlers),
    close: () => db.destroy(),
  };
}

type QueryFunction = (config: unknown, values?: unknown, callback?: unknown) => unknown;

/**
 * How every pooled connection runs what Kysely sends it.
 *
 * - Kysely sends every query as unnamed SQL, which PostgreSQL parses and plans
 *   each time. The queries registered by `prepared()` go as named statements
 *   instead, which each connection parses and plans once.
 * - pg is always given a callback, and the promise is made here. The promise
 *   pg makes itself, for a query asked without a callback, kept each result
 *   reachable through two young-generation collections: a third of what a
 *   query allocated (its SQL, its rows) was promoted to the old generation,
 *   to be freed only by a full collection (see bench/README.md, "Search").
 */
function adaptQueries(client: pg.PoolClient): void {
  const query = client.query.bind(client) as QueryFunction;
  const adapted: QueryFunction = (config, values, callback) => {
    const name = typeof config === 'string' ? preparedStatementName(config) : undefined;
    const asked = name ? { name, text: config, values } : config;
    const hasCallback =
      callback !== undefined || typeof values === 'function' || typeof (config as { submit?: unknown }).submit === 'function';
    if (hasCallback) return query(asked, values, callback);
    return new Promise((resolve, reject) => {
      query(asked, values, (error: unknown, result: unknown) => (error ? reject(error) : resolve(result)));
    });
  };
  client.query = adapted as typeof client.query;
}

const relistenDelayMs = 1000;

/**
 * A connection of its own that LISTENs, and comes back after the server or
 * network drops it (every `relistenDelayMs` until it does), telling the
 * listener both when it was lost and when it is back.
 */
async function listenOnPostgres(url: string, channel: string, handlers: ChannelHandlers): Promise<() => Promise<void>> {
  let current: pg.Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;

  async function connect(): Promise<void> {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000, keepAlive: true });
    client.on('notification', (message) => {
      if (message.channel === channel) handlers.message(message.payload ?? '');
    });
    const lose = () => {
      if (current !== client) return;
      current = null;
      client.end().catch(() => undefined);
      handlers.lost();
      scheduleRetry();
    };
    client.on('error', lose);
    client.on('end', lose);
    try {
      await client.connect();
      await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (stopped) await client.end();
    else current = client;
  }

  function scheduleRetry() {
    if (stopped) return;
    retry = setTimeout(() => {
      connect().then(
        () => stopped || handlers.restored(),
        () => scheduleRetry(),
      );
    }, relistenDelayMs);
    retry.unref();
  }

  await connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    const client = current;
    current = null;
    await client?.end().catch(() => undefined);
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

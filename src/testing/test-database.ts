import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { inject } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../db/database.ts';
import { type Migration, migrate } from '../db/migrate.ts';
import { randomToken } from '../platform/tokens.ts';

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or, when
 * DATABASE_URL is set, a new database on that server that close() drops.
 * Migrated by every migration unless given the ones to apply.
 */
export async function openTestDatabase(options: { migrations?: Migration[] } = {}): Promise<DatabaseHandle> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return openMigratedPglite(options.migrations);
  const scratch = await createScratchDatabase(serverUrl);
  const handle = await openDatabase({ databaseUrl: scratch.url, poolSize: 4 });
  await migrate(handle, options.migrations);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await scratch.drop();
    },
  };
}

/**
 * An in-memory PGlite migrated by every migration (or by the ones given): a
 * copy of the one this test run migrated at its start (pglite-snapshot.ts),
 * or migrated here when there is none or other migrations are asked for.
 */
export async function openMigratedPglite(migrations?: Migration[]): Promise<DatabaseHandle> {
  const snapshot = migrations ? undefined : inject('pgliteSnapshot');
  if (snapshot) return openDatabase({ pgliteSnapshot: new Blob([await readFile(snapshot)]) });
  const handle = await openDatabase({});
  await migrate(handle, migrations);
  return handle;
}

/** An empty database of its own on the server at serverUrl, and a way to drop it. */
export async function createScratchDatabase(serverUrl: string, prefix = 'guildhall_test') {
  const name = `${prefix}_${randomToken(6)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

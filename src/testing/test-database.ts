import pg from 'pg';
import { type DatabaseHandle, openDatabase } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { randomToken } from '../platform/tokens.ts';

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or, when
 * DATABASE_URL is set, a new database on that server that close() drops.
 */
export async function openTestDatabase(serverUrl = process.env.DATABASE_URL): Promise<DatabaseHandle> {
  if (!serverUrl) {
    const handle = await openDatabase({});
    await migrate(handle);
    return handle;
  }
  const name = `guildhall_test_${randomToken(6).toLowerCase().replace(/[^a-z0-9]/g, '')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: url.toString(), poolSize: 4 });
  await migrate(handle);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
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

import { readFile } from 'node:fs/promises';
import { inject } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../db/database.ts';
import { type Migration, migrate } from '../db/migrate.ts';
import { createScratchDatabase } from './scratch-database.ts';

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

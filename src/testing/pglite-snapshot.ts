import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A tarball of a migrated PGlite's data directory, for openMigratedPglite (test-database.ts). */
    pgliteSnapshot: string | undefined;
  }
}

/**
 * Vitest's global setup: migrates one in-memory PGlite at the start of the
 * run and leaves its data directory in a file that each test file's databases
 * start from. Creating a PGlite takes about four seconds here, most of it its
 * own initdb; starting from the copy takes half a second. Built afresh every
 * run, so it always holds the migrations as they are now.
 */
export async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(join(tmpdir(), 'guildhall-pglite-'));
  const file = join(dir, 'migrated.tar');
  const handle = await openDatabase({});
  try {
    await migrate(handle);
    const dump = await handle.dumpDataDir?.();
    if (!dump) throw new Error('PGlite could not dump its data directory');
    await writeFile(file, new Uint8Array(await dump.arrayBuffer()));
  } finally {
    await handle.close();
  }
  project.provide('pgliteSnapshot', file);
  return () => rm(dir, { recursive: true, force: true });
}

import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DatabaseHandle } from './database.ts';

const migrationsDir = fileURLToPath(new URL('./migrations/', import.meta.url));
const migrationFile = /^(\d{4})-[a-z0-9-]+\.sql$/;
// Any fixed number: every instance starting at once takes the same lock.
const migrationLockKey = 724_1001;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function loadMigrations(dir = migrationsDir): Migration[] {
  return readdirSync(dir)
    .filter((file) => migrationFile.test(file))
    .sort()
    .map((file) => ({
      version: Number(file.slice(0, 4)),
      name: file,
      sql: readFileSync(`${dir}/${file}`, 'utf8'),
    }));
}

/**
 * Applies the numbered SQL files not yet recorded in schema_migrations, each in
 * its own transaction, under an advisory lock so that several instances
 * starting together apply each file once. Returns the names it applied.
 */
export async function migrate(handle: DatabaseHandle, migrations = loadMigrations()): Promise<string[]> {
  return handle.withScriptRunner(async (run) => {
    await run(`SELECT pg_advisory_lock(${migrationLockKey})`);
    try {
      await run(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now())`);
      const applied = await appliedVersions(handle);
      const pending = migrations.filter((migration) => !applied.has(migration.version));
      for (const migration of pending) {
        await run(
          `BEGIN;\n${migration.sql}\n;INSERT INTO schema_migrations (version, name) VALUES (${migration.version}, '${migration.name}');\nCOMMIT;`,
        );
      }
      return pending.map((migration) => migration.name);
    } catch (error) {
      await run('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      await run(`SELECT pg_advisory_unlock(${migrationLockKey})`);
    }
  });
}

async function appliedVersions(handle: DatabaseHandle): Promise<Set<number>> {
  const rows = await handle.db.selectFrom('schema_migrations').select('version').execute();
  return new Set(rows.map((row) => Number(row.version)));
}

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Config, ConfigError, loadConfig } from './config.ts';
import { type DatabaseHandle, DatabaseUnreachableError, openDatabase } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { randomToken } from './platform/tokens.ts';

/** Stops the process with one line naming what is wrong, for the errors a person can fix. */
export function exitOnSetupError(error: unknown): never {
  if (error instanceof ConfigError) console.error(`Guildhall cannot start: ${error.message}`);
  else if (error instanceof DatabaseUnreachableError) console.error(`Guildhall cannot start: DATABASE_URL: ${error.message}`);
  else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(`Guildhall cannot start: PORT: ${(error as Error).message.replace(/^listen /, '')}`);
  } else console.error(error);
  process.exit(1);
}

export function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    exitOnSetupError(error);
  }
}

/** Opens the configured database (PGlite under DATA_DIR/db unless DATABASE_URL is set) and migrates it. */
export async function openMigratedDatabase(config: Config): Promise<DatabaseHandle> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: join(config.dataDir, 'db') });
  await migrate(database);
  return database;
}

/**
 * Production must set SESSION_SECRET (config refuses to start otherwise).
 * Elsewhere a random secret is kept in DATA_DIR so restarts keep forms valid.
 */
export function sessionSecretFor(config: Config): string {
  if (config.sessionSecret) return config.sessionSecret;
  const file = join(config.dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(config.dataDir, { recursive: true });
  const secret = randomToken(32);
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

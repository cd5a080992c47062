/**
 * The server Playwright's webServer starts: Guildhall on a fresh, throwaway store
 * with the demo data, so every run starts from the same known state.
 *
 * - DATABASE_URL set: a new database guildhall_e2e_<random> on that server,
 *   dropped WITH (FORCE) when the process ends.
 * - otherwise: PGlite in a new temporary DATA_DIR, removed when the process ends.
 *
 * A temporary DATA_DIR is made in both cases, as the app keeps its
 * development session secret there.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config.ts';
import { type RunningServer, startServer } from '../src/server.ts';
import { createScratchDatabase } from '../src/testing/scratch-database.ts';

const port = '3210';
const serverUrl = process.env.DATABASE_URL;
const dataDir = mkdtempSync(join(tmpdir(), 'guildhall-e2e-'));
let scratch: Awaited<ReturnType<typeof createScratchDatabase>> | undefined;
let server: RunningServer | undefined;

async function cleanUp(): Promise<void> {
  const running = server;
  server = undefined;
  if (running) await running.stop().catch((error: unknown) => console.error('e2e server: stop failed', error));
  const database = scratch;
  scratch = undefined;
  if (database) await database.drop().catch((error: unknown) => console.error(`e2e server: could not drop ${database.url}`, error));
  rmSync(dataDir, { recursive: true, force: true });
}

let stopping = false;
function stopAndExit(code: number): void {
  if (stopping) return;
  stopping = true;
  cleanUp().then(
    () => process.exit(code),
    () => process.exit(1),
  );
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stopAndExit(0));
// Last resort when the process ends some other way: the temp folder at least goes.
process.once('exit', () => rmSync(dataDir, { recursive: true, force: true }));

try {
  if (serverUrl) scratch = await createScratchDatabase(serverUrl, 'guildhall_e2e');
  server = await startServer(
    loadConfig({
      NODE_ENV: 'development',
      PORT: port,
      HOST: '127.0.0.1',
      BASE_URL: `http://127.0.0.1:${port}`,
      DATA_DIR: dataDir,
      DATABASE_URL: scratch?.url,
      LOG_LEVEL: 'warn',
    }),
  );
  console.log(`e2e server: ${server.url} (${server.database.driver}${scratch ? `, ${scratch.url}` : ''})`);
} catch (error) {
  console.error('e2e server: could not start', error);
  stopAndExit(1);
}

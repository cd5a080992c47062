import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import { configOrExit, exitOnSetupError, openMigratedDatabase, sessionSecretFor } from './bootstrap.ts';
import type { Config } from './config.ts';
import type { DatabaseHandle } from './db/database.ts';
import { demoAccounts, demoPassword, loadDemoDataIfEmpty } from './features/demo/demo.load.ts';
import { diskFileStore } from './platform/files.ts';
import { startJobQueue } from './platform/jobs.ts';
import { createMailer } from './platform/mail.ts';

export interface RunningServer {
  app: FastifyInstance;
  database: DatabaseHandle;
  url: string;
  stop(): Promise<void>;
}

/** config → open database → migrate → demo data → buildApp → listen. */
export async function startServer(config: Config): Promise<RunningServer> {
  const database = await openMigratedDatabase(config);
  const files = diskFileStore(join(config.dataDir, 'files'));
  const demoLoaded = config.demoData && config.env !== 'production' && (await loadDemoDataIfEmpty(database.db, files));
  const jobs = await startJobQueue(database, (error) => console.error('job queue:', error.message));
  const app = await buildApp({ config, database, mailer: createMailer(config), secret: sessionSecretFor(config), files, jobs });
  await app.listen({ port: config.port, host: config.host });
  if (demoLoaded) app.log.info('demo data loaded: Harbridge Borough Council and Aberlyn County Council');
  const stop = async () => {
    await app.close();
    await jobs.stop();
    await database.close();
  };
  return { app, database, url: config.baseUrl, stop };
}

function printWelcome(server: RunningServer, config: Config) {
  const lines = [`Guildhall is running at ${server.url} (${server.database.driver})`];
  if (config.demoData && config.env !== 'production') {
    lines.push(
      `Demo accounts (password "${demoPassword}"):`,
      ...demoAccounts.map((account) => `  ${account.email}  ${account.description}`),
    );
  }
  console.log(lines.join('\n'));
}

async function main() {
  const config = configOrExit();
  const server = await startServer(config).catch(exitOnSetupError);
  printWelcome(server, config);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      server.stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}

if (import.meta.main) await main();

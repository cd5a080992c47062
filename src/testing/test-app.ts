import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.ts';
import { type Config, loadConfig } from '../config.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { outboxMailer } from '../platform/mail.ts';
import { openTestDatabase } from './test-database.ts';

export interface TestApp {
  app: FastifyInstance;
  database: DatabaseHandle;
  config: Config;
  close(): Promise<void>;
}

/** A whole application on a fresh database, CSRF and all, for app.inject. */
export async function createTestApp(env: Record<string, string> = {}, logStream?: NodeJS.WritableStream): Promise<TestApp> {
  const config = loadConfig({ NODE_ENV: 'test', BASE_URL: 'http://guildhall.test', ...env });
  const database = await openTestDatabase();
  const app = await buildApp({ config, database, mailer: outboxMailer, secret: 'test-secret-that-is-at-least-32-characters', logStream });
  return {
    app,
    database,
    config,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

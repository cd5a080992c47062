import { afterAll, beforeAll } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.ts';
import { type Config, loadConfig } from '../config.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { type FileStore, memoryFileStore } from '../platform/files.ts';
import { inlineJobQueue } from '../platform/jobs.ts';
import { outboxMailer } from '../platform/mail.ts';
import { makeOrganisation } from './factories.ts';
import { openTestDatabase } from './test-database.ts';

export interface TestApp {
  app: FastifyInstance;
  database: DatabaseHandle;
  config: Config;
  /** Jobs run in the test's own process; `await t.jobs.settled()` waits for those sent so far. */
  jobs: ReturnType<typeof inlineJobQueue>;
  files: FileStore;
  close(): Promise<void>;
}

/** A whole application on a fresh database, CSRF and all, for app.inject. */
export async function createTestApp(env: Record<string, string> = {}, logStream?: NodeJS.WritableStream): Promise<TestApp> {
  const config = loadConfig({ NODE_ENV: 'test', BASE_URL: 'http://guildhall.test', ...env });
  const database = await openTestDatabase();
  const jobs = inlineJobQueue();
  const files = memoryFileStore();
  const app = await buildApp({
    config,
    database,
    mailer: outboxMailer,
    secret: 'test-secret-that-is-at-least-32-characters',
    logStream,
    files,
    jobs,
  });
  return {
    app,
    database,
    config,
    jobs,
    files,
    close: async () => {
      await app.close();
      await jobs.stop();
      await database.close();
    },
  };
}

export interface TestAppWithOrganisation extends TestApp {
  orgId: string;
}

/**
 * For a test file: a fresh app with one organisation, made before the tests and
 * closed after them. Read its fields inside tests, once beforeAll has run.
 */
export function useAppWithOrganisation(name?: string): TestAppWithOrganisation {
  const context = {} as TestAppWithOrganisation;
  beforeAll(async () => {
    Object.assign(context, await createTestApp());
    context.orgId = (await makeOrganisation(context.database.db, { name })).id;
  });
  afterAll(() => context.close());
  return context;
}

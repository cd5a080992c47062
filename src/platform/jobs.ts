import { PgBoss } from 'pg-boss';
import type { DatabaseHandle } from '../db/database.ts';

/** Every queue Guildhall runs, with what its jobs carry. */
export interface JobData {
  /** Read the text inside an uploaded document version, and make an image's thumbnail. */
  'document-process': { orgId: string; documentId: string; version: number };
  /** Once a day: review reminders and overdue marks, expired items archived, deleted things removed after 30 days. */
  'content-daily': Record<string, never>;
}
export type QueueName = keyof JobData;
export type JobHandler<Q extends QueueName> = (data: JobData[Q]) => Promise<void>;

/** Background work that outlives the request that asked for it, kept in the database. */
export interface JobQueue {
  send<Q extends QueueName>(queue: Q, data: JobData[Q]): Promise<void>;
  /** Handles the queue's jobs in this process, from now until stop. */
  work<Q extends QueueName>(queue: Q, handler: JobHandler<Q>): Promise<void>;
  /** Sends a job on a cron schedule, in UK time, from whichever instance is running. */
  schedule(queue: QueueName, cron: string): Promise<void>;
  stop(): Promise<void>;
}

const queues: QueueName[] = ['document-process', 'content-daily'];

/**
 * pg-boss on the application's own database: its pool on PostgreSQL, the
 * single embedded connection on PGlite. Failed jobs are retried three times,
 * a minute apart and then longer. No instance registry (see registerInstance).
 */
export async function startJobQueue(database: DatabaseHandle, onError: (error: Error) => void): Promise<JobQueue> {
  const boss = new PgBoss({
    db: { executeSql: (text, values) => database.executeSql(text, values) as Promise<{ rows: Record<string, unknown>[] }> },
    ...(database.driver === 'pglite' ? { backend: 'pglite' as const } : {}),
    schema: 'pgboss',
    // Its instance registry is for pg-boss's own dashboards, which Guildhall does not use. Kept, it wakes the
    // process every 20 ms to sample the event loop and writes a heartbeat row every 30 s.
    registerInstance: false,
  });
  boss.on('error', onError);
  await boss.start();
  for (const name of queues) await boss.createQueue(name, { retryLimit: 3, retryDelay: 60, retryBackoff: true });
  return {
    async send(queue, data) {
      await boss.send(queue, data);
    },
    async work(queue, handler) {
      await boss.work<JobData[typeof queue]>(queue, { pollingIntervalSeconds: 2 }, async (jobs) => {
        for (const job of jobs) await handler(job.data);
      });
    },
    schedule: (queue, cron) => boss.schedule(queue, cron, {}, { tz: 'Europe/London' }),
    stop: () => boss.stop({ graceful: true, timeout: 10_000 }),
  };
}

/**
 * Runs each job in this process straight after it is sent: for tests, which
 * wait for `settled()` instead of a polling interval. Schedules are noted, not run.
 */
export function inlineJobQueue(): JobQueue & { settled(): Promise<void>; scheduled: Map<QueueName, string> } {
  const handlers = new Map<QueueName, (data: never) => Promise<void>>();
  const running = new Set<Promise<void>>();
  const scheduled = new Map<QueueName, string>();
  return {
    async send(queue, data) {
      const handler = handlers.get(queue) as JobHandler<typeof queue> | undefined;
      if (!handler) return;
      const run = Promise.resolve()
        .then(() => handler(data))
        .finally(() => running.delete(run));
      running.add(run);
    },
    async work(queue, handler) {
      handlers.set(queue, handler as (data: never) => Promise<void>);
    },
    async schedule(queue, cron) {
      scheduled.set(queue, cron);
    },
    async stop() {
      await this.settled();
    },
    async settled() {
      while (running.size) await Promise.allSettled([...running]);
    },
    scheduled,
  };
}

import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../db/database.ts';

/**
 * The database announces what changed on this channel (by triggers, see
 * migration 0004) as `kind:id`, so that every instance can drop what it
 * remembers of it: a session, a person, an organisation, a directory, area
 * roles, content sections, news, what readers of pages and news see.
 */
export const changesChannel = 'guildhall_changes';

declare module 'fastify' {
  interface FastifyInstance {
    /** What the database announces; tests wait on it after changing the database behind the app's back. */
    changes: ChangeFeed;
  }
}

export type ChangeKind = 'session' | 'user' | 'org' | 'directory' | 'grants' | 'sections' | 'news' | 'content' | 'search';

export interface ChangeFeed {
  /** True while every change is sure to reach this process; caches may only serve from memory then. */
  readonly live: boolean;
  /** Calls `handler` with the id of each change of this kind. */
  on(kind: ChangeKind, handler: (id: string) => void): void;
  /** Calls `handler` whenever changes may have been missed, so that caches forget everything. */
  onGap(handler: () => void): void;
  /**
   * Resolves once every change committed before the call has reached this
   * process's handlers, so that what a request wrote is what its next page reads.
   */
  caughtUp(): Promise<void>;
  close(): Promise<void>;
}

/** How long a process waits for its own announcement before it gives up on the feed and forgets everything. */
const catchUpTimeoutMs = 5000;

export async function openChangeFeed(database: DatabaseHandle): Promise<ChangeFeed> {
  const handlers = new Map<string, Array<(id: string) => void>>();
  const gapHandlers: Array<() => void> = [];
  let live = true;
  const gap = () => gapHandlers.forEach((handler) => handler());
  // The database delivers announcements in commit order: once this process hears a marker it sent, it has heard
  // everything committed before it.
  const markers = new Map<string, () => void>();
  const markerPrefix = randomUUID();
  let markerCount = 0;
  handlers.set('marker', [(id) => markers.get(id)?.()]);

  const stop = await database.listen(changesChannel, {
    message(payload) {
      const separator = payload.indexOf(':');
      const kindHandlers = handlers.get(payload.slice(0, separator));
      if (separator > 0 && kindHandlers) for (const handler of kindHandlers) handler(payload.slice(separator + 1));
    },
    lost() {
      live = false;
      gap();
    },
    restored() {
      // Forget again: whatever was read while the connection was down may be stale.
      gap();
      live = true;
    },
  });

  return {
    get live() {
      return live;
    },
    on(kind, handler) {
      handlers.set(kind, [...(handlers.get(kind) ?? []), handler]);
    },
    onGap(handler) {
      gapHandlers.push(handler);
    },
    async caughtUp() {
      if (!live) return;
      const marker = `${markerPrefix}-${++markerCount}`;
      let timer: NodeJS.Timeout | undefined;
      const heard = new Promise<void>((resolve) => {
        markers.set(marker, resolve);
        timer = setTimeout(() => {
          gap();
          resolve();
        }, catchUpTimeoutMs);
      });
      try {
        await sql`SELECT pg_notify(${changesChannel}, ${`marker:${marker}`})`.execute(database.db);
        await heard;
      } finally {
        clearTimeout(timer);
        markers.delete(marker);
      }
    },
    async close() {
      live = false;
      await stop();
    },
  };
}

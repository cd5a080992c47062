import { LRUCache } from 'lru-cache';
import type { ChangeFeed, ChangeKind } from './changes.ts';

/**
 * A backstop only: every change that matters is announced by the database and
 * forgotten at once. This bounds how long anything could outlive an
 * announcement lost without the connection noticing.
 */
const maxAgeMs = 5 * 60_000;

export interface AnnouncedCacheOptions<V> {
  /** How much one process keeps, in units of `sizeOf` (1 an entry without it); the least recently used go first. */
  maxSize: number;
  sizeOf?: (value: V) => number;
  /** Announcements of this kind name a key to forget. */
  keyedBy?: ChangeKind;
  /** Announcements of these kinds name a group: every key `group:…` is forgotten. */
  groupedBy?: ChangeKind[];
  /** Announcements of these kinds forget everything. */
  clearedBy?: ChangeKind[];
  /** For what also changes with time alone (scheduled news): how long an entry may be kept, announced or not. */
  maxAgeMs?: number;
  /** For an entry that stops being true at a known time: how long it may still be kept, if shorter. */
  keepForMs?: (value: V) => number | undefined;
}

/**
 * Remembers what was read from the database until the database announces a
 * change to it (src/platform/changes.ts). While the feed is down it remembers
 * nothing, and a read that raced a change is never kept. Requests that miss
 * the same key together share one read.
 */
export function createAnnouncedCache<V extends object>(feed: ChangeFeed, options: AnnouncedCacheOptions<V>) {
  const entries = new LRUCache<string, V>({
    maxSize: options.maxSize,
    sizeCalculation: (value) => Math.max(1, options.sizeOf?.(value) ?? 1),
    ttl: options.maxAgeMs ?? maxAgeMs,
  });
  const reading = new Map<string, Promise<V | undefined>>();
  // Counts what has been forgotten, so that a read begun before a change is not stored after it.
  let generation = 0;
  const forgetAll = () => {
    generation++;
    entries.clear();
    reading.clear();
  };
  const forget = (key: string) => {
    generation++;
    entries.delete(key);
    reading.delete(key);
  };
  const forgetGroup = (group: string) => {
    generation++;
    const prefix = `${group}:`;
    for (const key of [...entries.keys(), ...reading.keys()]) {
      if (key.startsWith(prefix)) {
        entries.delete(key);
        reading.delete(key);
      }
    }
  };
  if (options.keyedBy) feed.on(options.keyedBy, forget);
  for (const kind of options.groupedBy ?? []) feed.on(kind, forgetGroup);
  for (const kind of options.clearedBy ?? []) feed.on(kind, forgetAll);
  feed.onGap(forgetAll);

  async function read(key: string, load: () => Promise<V | undefined>): Promise<V | undefined> {
    const readAt = generation;
    const value = await load();
    if (!value || !feed.live || readAt !== generation) return value;
    const keepFor = options.keepForMs?.(value);
    if (keepFor === undefined) entries.set(key, value);
    else if (keepFor > 0) entries.set(key, value, { ttl: Math.min(keepFor, options.maxAgeMs ?? maxAgeMs) });
    return value;
  }

  return {
    /** The value remembered for `key`, else what `load` reads (kept unless something changed meanwhile). */
    get(key: string, load: () => Promise<V | undefined>): Promise<V | undefined> {
      if (!feed.live) return load();
      const remembered = entries.get(key);
      if (remembered) return Promise.resolve(remembered);
      const shared = reading.get(key);
      if (shared) return shared;
      const pending: Promise<V | undefined> = read(key, load).finally(() => {
        if (reading.get(key) === pending) reading.delete(key);
      });
      reading.set(key, pending);
      return pending;
    },
    forget,
  };
}

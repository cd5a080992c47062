import { describe, expect, it } from 'vitest';
import { createAnnouncedCache } from './announced-cache.ts';
import type { ChangeFeed, ChangeKind } from './changes.ts';

/** A feed the test drives by hand: what it announces, and whether it is live. */
function handFeed() {
  const handlers = new Map<string, Array<(id: string) => void>>();
  const gapHandlers: Array<() => void> = [];
  let live = true;
  const feed: ChangeFeed & { announce(kind: ChangeKind, id: string): void; lose(): void; restore(): void } = {
    get live() {
      return live;
    },
    on: (kind, handler) => handlers.set(kind, [...(handlers.get(kind) ?? []), handler]),
    onGap: (handler) => gapHandlers.push(handler),
    caughtUp: async () => undefined,
    close: async () => undefined,
    announce: (kind, id) => handlers.get(kind)?.forEach((handler) => handler(id)),
    lose() {
      live = false;
      gapHandlers.forEach((handler) => handler());
    },
    restore() {
      gapHandlers.forEach((handler) => handler());
      live = true;
    },
  };
  return feed;
}

/** A loader that counts its reads and answers with the read's number. */
function counter() {
  let reads = 0;
  return {
    load: async () => ({ read: ++reads }),
    get reads() {
      return reads;
    },
  };
}

describe('a cache kept by announcements', () => {
  it('keeps what it read until its key is announced, and forgets everything on another kind', async () => {
    const feed = handFeed();
    const cache = createAnnouncedCache<{ read: number }>(feed, { maxSize: 10, keyedBy: 'session', clearedBy: ['user'] });
    const source = counter();
    expect(await cache.get('a', source.load)).toEqual({ read: 1 });
    expect(await cache.get('a', source.load)).toEqual({ read: 1 });
    feed.announce('session', 'b');
    expect(await cache.get('a', source.load)).toEqual({ read: 1 });
    feed.announce('session', 'a');
    expect(await cache.get('a', source.load)).toEqual({ read: 2 });
    feed.announce('user', 'anyone');
    expect(await cache.get('a', source.load)).toEqual({ read: 3 });
    feed.announce('org', 'ignored');
    expect(await cache.get('a', source.load)).toEqual({ read: 3 });
  });

  it('never keeps a read that a change overtook', async () => {
    const feed = handFeed();
    const cache = createAnnouncedCache<{ read: number }>(feed, { maxSize: 10, keyedBy: 'session' });
    let reads = 0;
    const racing = async () => {
      const read = ++reads;
      // The change commits while this read is on its way back with what was there before.
      if (read === 1) feed.announce('session', 'a');
      return { read };
    };
    expect(await cache.get('a', racing)).toEqual({ read: 1 });
    expect(await cache.get('a', racing)).toEqual({ read: 2 });
    expect(await cache.get('a', racing)).toEqual({ read: 2 });
  });

  it('remembers nothing while changes may be missed, and starts afresh when they can no longer be', async () => {
    const feed = handFeed();
    const cache = createAnnouncedCache<{ read: number }>(feed, { maxSize: 10, keyedBy: 'session' });
    const source = counter();
    await cache.get('a', source.load);
    feed.lose();
    expect(await cache.get('a', source.load)).toEqual({ read: 2 });
    expect(await cache.get('a', source.load)).toEqual({ read: 3 });
    feed.restore();
    expect(await cache.get('a', source.load)).toEqual({ read: 4 });
    expect(await cache.get('a', source.load)).toEqual({ read: 4 });
  });

  it('lets requests that miss together share one read', async () => {
    const feed = handFeed();
    const cache = createAnnouncedCache<{ read: number }>(feed, { maxSize: 10, keyedBy: 'session' });
    const source = counter();
    const answers = await Promise.all(Array.from({ length: 20 }, () => cache.get('a', source.load)));
    expect(source.reads).toBe(1);
    expect(new Set(answers.map((answer) => answer?.read))).toEqual(new Set([1]));
  });

  it('lets go of the least recently used beyond its size', async () => {
    const feed = handFeed();
    const cache = createAnnouncedCache<{ size: number }>(feed, { maxSize: 10, sizeOf: (value) => value.size, keyedBy: 'directory' });
    let reads = 0;
    const load = (size: number) => async () => ({ size, read: ++reads });
    await cache.get('big', load(6));
    await cache.get('other', load(6));
    await cache.get('big', load(6));
    expect(reads).toBe(3);
  });

  it('forgets a whole group when its name is announced, and only that group', async () => {
    const feed = handFeed();
    const cache = createAnnouncedCache<{ read: number }>(feed, { maxSize: 10, keyedBy: 'session', groupedBy: ['content'] });
    const council = counter();
    const neighbour = counter();
    await cache.get('council:a', council.load);
    await cache.get('council:b', council.load);
    await cache.get('neighbour:a', neighbour.load);
    feed.announce('content', 'council');
    expect(await cache.get('council:a', council.load)).toEqual({ read: 3 });
    expect(await cache.get('council:b', council.load)).toEqual({ read: 4 });
    expect(await cache.get('neighbour:a', neighbour.load)).toEqual({ read: 1 });
    // A name that only begins like another group's is not that group.
    feed.announce('content', 'counc');
    expect(await cache.get('council:a', council.load)).toEqual({ read: 3 });
  });

  it('keeps an entry no longer than it says it stays true, and not at all once it has stopped', async () => {
    const feed = handFeed();
    const cache = createAnnouncedCache<{ read: number; until: number }>(feed, {
      maxSize: 10,
      keyedBy: 'session',
      keepForMs: (value) => value.until - Date.now(),
    });
    let reads = 0;
    const load = (untilMs: number) => async () => ({ read: ++reads, until: Date.now() + untilMs });
    await cache.get('briefly', load(40));
    expect(await cache.get('briefly', load(40))).toMatchObject({ read: 1 });
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(await cache.get('briefly', load(40))).toMatchObject({ read: 2 });
    await cache.get('over', load(-1));
    expect(await cache.get('over', load(-1))).toMatchObject({ read: 4 });
  });
});

import { setImmediate } from 'node:timers/promises';
// What a bench has set up (servers, databases), undone in reverse order at the end of each step, or on Ctrl-C.
const cleanups: (() => Promise<void>)[] = [];
/** Cleanups under way: Ctrl-C waits for them before the process exits, so that none stops halfway. */
const running = new Set<Promise<void>>();
let interrupted = false;

function runCleanup(cleanup: () => Promise<void>): Promise<void> {
  const done = cleanup();
  running.add(done);
  return done.finally(() => running.delete(done));
}

/** Whether Ctrl-C was pressed: the bench sets nothing more up. */
export function wasInterrupted(): boolean {
  return interrupted;
}

/**
 * Runs `work`, then `cleanup` whatever happens. On Ctrl-C meanwhile, the
 * interrupt takes `cleanup` and runs it once, in order with the others; set up
 * after Ctrl-C, it is undone at once.
 */
export async function withCleanup<T>(cleanup: () => Promise<void>, work: () => Promise<T>): Promise<T> {
  if (interrupted) {
    await runCleanup(cleanup);
    throw new Error('interrupted');
  }
  cleanups.push(cleanup);
  try {
    return await work();
  } finally {
    const index = cleanups.indexOf(cleanup);
    if (index >= 0) {
      cleanups.splice(index, 1);
      await runCleanup(cleanup);
    }
  }
}

/** On Ctrl-C: `announce`, undo everything still set up, wait for whatever is being undone, and exit. */
export function cleanUpOnInterrupt(announce: () => void): void {
  process.once('SIGINT', () => {
    interrupted = true;
    announce();
    const taken = cleanups.splice(0).reverse();
    void (async () => {
      for (const cleanup of taken) await runCleanup(cleanup).catch(() => undefined);
      while (running.size) await Promise.allSettled([...running]);
      process.exit(130);
    })();
  });
}

/**
 * Lets the event loop turn, so that a Ctrl-C is heard: PGlite answers in this
 * process without it turning, so a seeding loop that only awaits PGlite would
 * hear the signal only when the whole seed was done. Awaited once a batch.
 */
export const hearInterrupts = (): Promise<void> => setImmediate();

// What a bench has set up (servers, databases), undone in reverse order at the end of each step, or on Ctrl-C.
const cleanups: (() => Promise<void>)[] = [];

/** Runs `work`, then `cleanup` whatever happens; an interrupt meanwhile runs it too. */
export async function withCleanup<T>(cleanup: () => Promise<void>, work: () => Promise<T>): Promise<T> {
  cleanups.push(cleanup);
  try {
    return await work();
  } finally {
    cleanups.splice(cleanups.indexOf(cleanup), 1);
    await cleanup();
  }
}

/** On Ctrl-C: `announce`, undo everything still set up, and exit. */
export function cleanUpOnInterrupt(announce: () => void): void {
  process.once('SIGINT', () => {
    announce();
    void (async () => {
      for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
      process.exit(130);
    })();
  });
}

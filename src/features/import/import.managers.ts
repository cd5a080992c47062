/**
 * Every loop in line management, each once, as the emails around it. `managerOf`
 * says who manages whom once the import is done: the file's word for people in
 * it, the organisation's for everyone else. Each person is walked at most once,
 * so this stays linear however long the chains are.
 */
export function findManagerLoops(people: readonly string[], managerOf: (email: string) => string | null): string[][] {
  const state = new Map<string, 'walking' | 'done'>();
  const loops: string[][] = [];
  for (const start of people) {
    const path: string[] = [];
    let current: string | null = start;
    while (current !== null && !state.has(current)) {
      state.set(current, 'walking');
      path.push(current);
      current = managerOf(current);
    }
    if (current !== null && state.get(current) === 'walking') loops.push(path.slice(path.indexOf(current)));
    for (const email of path) state.set(email, 'done');
  }
  return loops;
}

/** "a → b → c → a", shortened in the middle when the loop is long. */
export function describeLoop(loop: readonly string[]): string {
  const shown = loop.length > 6 ? [...loop.slice(0, 3), '…', ...loop.slice(-2)] : loop;
  return [...shown, loop[0]].join(' → ');
}

import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';

/** How busy all cores are over `ms`, from the kernel's CPU time counters. */
export async function cpuBusyPercent(ms: number): Promise<number> {
  const sample = () =>
    cpus().reduce(
      (sum, cpu) => ({ idle: sum.idle + cpu.times.idle, total: sum.total + Object.values(cpu.times).reduce((a, b) => a + b, 0) }),
      { idle: 0, total: 0 },
    );
  const before = sample();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = sample();
  const total = after.total - before.total;
  return total > 0 ? (1 - (after.idle - before.idle) / total) * 100 : 0;
}

/** User plus system time of every core so far, in clock ticks; null where /proc is absent. */
function machineTicks(): number | null {
  try {
    const fields = /^cpu\s+(.*)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1]?.split(/\s+/).map(Number);
    // user, nice, system: what processes are charged with (interrupts and steal are not).
    return fields ? (fields[0] ?? 0) + (fields[1] ?? 0) + (fields[2] ?? 0) : null;
  } catch {
    return null;
  }
}

/**
 * A process's name and user plus system time so far, in clock ticks; with
 * `reaped`, also that of its children that have ended and been waited for.
 */
function processTicks(pid: number, reaped = false): { name: string; ticks: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = stat.lastIndexOf(')');
    const name = stat.slice(stat.indexOf('(') + 1, close);
    const fields = stat
      .slice(close + 2)
      .split(' ')
      .map(Number);
    // After the name: state is field 3 of stat(5), utime 14, stime 15, cutime 16 and cstime 17.
    const own = (fields[11] ?? 0) + (fields[12] ?? 0);
    return { name, ticks: reaped ? own + (fields[13] ?? 0) + (fields[14] ?? 0) : own };
  } catch {
    return null;
  }
}

/**
 * The CPU time of these processes and of every PostgreSQL process, in ticks,
 * by pid. PostgreSQL's include their reaped children's: a connection that
 * closes during a measurement is counted in its postmaster's.
 */
function watchedTicks(pids: readonly number[]): { own: Map<number, number>; postgres: Map<number, number> } {
  const own = new Map<number, number>();
  const postgres = new Map<number, number>();
  for (const pid of pids) {
    const found = processTicks(pid);
    if (found) own.set(pid, found.ticks);
  }
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || own.has(pid)) continue;
    const found = processTicks(pid, true);
    if (found?.name === 'postgres') postgres.set(pid, found.ticks);
  }
  return { own, postgres };
}

/** CPU time over a measurement, each in % of one core. */
export interface CpuUse {
  /** The app server (PGlite runs inside it). */
  server: number;
  /** Every PostgreSQL process on this machine (the server's connections, and whatever else uses PostgreSQL). */
  postgres: number;
  /** The bench process (autocannon), and any helper it started besides the server. */
  bench: number;
  /** Everything else on the machine: other work that makes the figures suspect. */
  others: number;
}

/**
 * The ticks PostgreSQL used between `before` and `after`. A connection opened meanwhile counts whole; one that
 * closed meanwhile is in its postmaster's reaped time, whole life and all, so what it had used before is taken off.
 */
function usedByPostgres(before: Map<number, number>, after: Map<number, number>): number {
  let sum = 0;
  for (const [pid, ticks] of after) sum += ticks - (before.get(pid) ?? 0);
  for (const [pid, ticks] of before) if (!after.has(pid)) sum -= ticks;
  return sum;
}

/**
 * Starts counting CPU time: the server's, PostgreSQL's, the bench's, and
 * everything else's, which comes from the machine's totals so that work that
 * starts and ends in between counts too. NaN where /proc is absent.
 */
export function cpuMeter(serverPid: number, helperPids: readonly number[] = []): { stop(): CpuUse } {
  const pids = [serverPid, process.pid, ...helperPids];
  const started = performance.now();
  const machineBefore = machineTicks();
  const before = watchedTicks(pids);
  return {
    stop() {
      const machineAfter = machineTicks();
      const after = watchedTicks(pids);
      const seconds = (performance.now() - started) / 1000;
      if (machineBefore === null || machineAfter === null || seconds <= 0) {
        return { server: Number.NaN, postgres: Number.NaN, bench: Number.NaN, others: Number.NaN };
      }
      const ticksPerSecond = 100; // USER_HZ, 100 on every Linux that Node supports
      const percent = (ticks: number) => Math.max(0, Math.round((ticks / ticksPerSecond / seconds) * 100));
      const of = (pid: number) => (after.own.get(pid) ?? 0) - (before.own.get(pid) ?? 0);
      const server = of(serverPid);
      const bench = [process.pid, ...helperPids].reduce((sum, pid) => sum + of(pid), 0);
      const postgres = usedByPostgres(before.postgres, after.postgres);
      return {
        server: percent(server),
        postgres: percent(postgres),
        bench: percent(bench),
        others: percent(machineAfter - machineBefore - server - bench - postgres),
      };
    },
  };
}

/** A fixed piece of work, timed inside the process that does it (so that starting Node is not counted). */
const probe =
  'const t = performance.now(); let s = 0; for (let i = 0; i < 1e8; i++) s += i % 7; console.log(performance.now() - t, s > 0);';

/**
 * How long the same work takes on each core, in ms, pinned there by `taskset`;
 * null where taskset is missing. On a shared host one virtual core can run far
 * slower than the other for minutes at a time (seen: 1.7 times as long, moving
 * from one core to the other), and then which core the floor's, the app's and
 * the database's processes happen to run on decides a comparison between them.
 */
export function coreSpeeds(): number[] | null {
  const times: number[] = [];
  for (const core of cpus().keys()) {
    const run = spawnSync('taskset', ['-c', String(core), process.execPath, '-e', probe], { encoding: 'utf8' });
    const ms = Number.parseFloat(run.stdout);
    if (run.status !== 0 || !Number.isFinite(ms)) return null;
    times.push(ms);
  }
  return times;
}

/** How much slower the slowest core was than the fastest, in %, over several probes of coreSpeeds; null without any. */
export function coreSpread(probes: ReadonlyArray<number[] | null>): number | null {
  const spreads = probes.filter((each): each is number[] => each !== null).map((each) => (Math.max(...each) / Math.min(...each) - 1) * 100);
  return spreads.length ? Math.round(Math.max(...spreads)) : null;
}

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

/** A process's name and user plus system time so far, in clock ticks. */
function processTicks(pid: number): { name: string; ticks: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = stat.lastIndexOf(')');
    const name = stat.slice(stat.indexOf('(') + 1, close);
    const fields = stat.slice(close + 2).split(' ');
    // After the name: state is field 3 of stat(5), utime 14 and stime 15.
    return { name, ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null;
  }
}

/** The CPU time of these processes and of every PostgreSQL process, in ticks, by pid. */
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
    const found = processTicks(pid);
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
  /** The bench process: autocannon. */
  bench: number;
  /** Everything else on the machine: other work that makes the figures suspect. */
  others: number;
}

/** Ticks each process in `after` used since `before`; processes not in `before` started meanwhile and count as others. */
function used(before: Map<number, number>, after: Map<number, number>): number {
  let sum = 0;
  for (const [pid, ticks] of after) {
    const earlier = before.get(pid);
    if (earlier !== undefined) sum += ticks - earlier;
  }
  return sum;
}

/**
 * Starts counting CPU time: the server's, PostgreSQL's, the bench's, and
 * everything else's, which comes from the machine's totals so that work that
 * starts and ends in between counts too. NaN where /proc is absent.
 */
export function cpuMeter(serverPid: number): { stop(): CpuUse } {
  const pids = [serverPid, process.pid];
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
      const bench = of(process.pid);
      const postgres = used(before.postgres, after.postgres);
      return {
        server: percent(server),
        postgres: percent(postgres),
        bench: percent(bench),
        others: percent(machineAfter - machineBefore - server - bench - postgres),
      };
    },
  };
}

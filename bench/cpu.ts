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

/** The bench's own work: these processes, and PostgreSQL's (which serves the bench, and whatever else uses it). */
function ownTicks(pids: readonly number[]): Map<number, number> {
  const own = new Map<number, number>();
  for (const pid of pids) {
    const found = processTicks(pid);
    if (found) own.set(pid, found.ticks);
  }
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || own.has(pid)) continue;
    const found = processTicks(pid);
    if (found?.name === 'postgres') own.set(pid, found.ticks);
  }
  return own;
}

/**
 * Starts counting the CPU time that processes other than `pids` and
 * PostgreSQL use; `stop` gives it as a percentage of one core over the time
 * between. Work that starts and ends within the window counts too, as it
 * comes from the machine's totals. NaN where /proc is absent.
 */
export function otherWorkMeter(pids: readonly number[]): { stop(): number } {
  const started = performance.now();
  const machineBefore = machineTicks();
  const ownBefore = machineBefore === null ? new Map<number, number>() : ownTicks(pids);
  return {
    stop() {
      const machineAfter = machineTicks();
      if (machineBefore === null || machineAfter === null) return Number.NaN;
      let own = 0;
      // Only processes seen at both ends: PostgreSQL backends that start meanwhile are someone else's.
      for (const [pid, after] of ownTicks(pids)) {
        const before = ownBefore.get(pid);
        if (before !== undefined) own += after - before;
      }
      const seconds = (performance.now() - started) / 1000;
      const ticksPerSecond = 100; // USER_HZ, 100 on every Linux that Node supports
      const other = (machineAfter - machineBefore - own) / ticksPerSecond;
      return seconds > 0 ? Math.max(0, Math.round((other / seconds) * 100)) : Number.NaN;
    },
  };
}

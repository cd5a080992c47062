import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../', import.meta.url));

/** A server running in its own process, so that it has its own event loop and its own RSS. */
export interface ChildServer {
  url: string;
  pid: number;
  /** Resident set size now (VmRSS), in MB; NaN where /proc is absent. */
  rssMb(): number;
  /** Why the process is gone ("exit code 1", "signal SIGKILL"), or null while it runs. */
  exitReason(): string | null;
  /** The last 8 KB the process wrote to stdout and stderr. */
  output(): string;
  stop(): Promise<void>;
}

const live = new Set<ChildProcess>();
// Whatever happens to the bench, no server outlives it.
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

/** Asks the kernel for a free port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export function rssMbOf(pid: number): number {
  try {
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round((Number(kb) / 1024) * 10) / 10 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

export interface SpawnOptions {
  script: string;
  args?: string[];
  /** Options for node itself, such as --cpu-prof. */
  nodeArgs?: string[];
  env: Record<string, string>;
  /** Polled until it answers 200. */
  readyPath: string;
}

/**
 * Starts `node <script>` with `env` (plus PORT and HOST=127.0.0.1) and waits
 * until `readyPath` answers 200. The child's output is kept (last 8 KB) to
 * explain a failure to start.
 */
export async function spawnServer(options: SpawnOptions): Promise<ChildServer> {
  const { script, args = [], nodeArgs = [], env, readyPath } = options;
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [...nodeArgs, script, ...args], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? '', ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8192);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  exited.then(
    () => live.delete(child),
    () => undefined,
  );

  const exitReason = () =>
    child.signalCode !== null ? `signal ${child.signalCode}` : child.exitCode !== null ? `exit code ${child.exitCode}` : null;
  const stop = async () => {
    if (exitReason()) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };

  try {
    await waitUntilReady(`${url}${readyPath}`, exited, 60_000);
  } catch (error) {
    await stop();
    throw new Error(`${script} did not become ready: ${(error as Error).message}\n${output.trim()}`, { cause: error });
  }
  const pid = child.pid;
  if (pid === undefined) throw new Error(`${script} has no pid`);
  return { url, pid, rssMb: () => rssMbOf(pid), exitReason, output: () => output.trim(), stop };
}

async function waitUntilReady(url: string, exited: Promise<void>, timeoutMs: number): Promise<void> {
  let gone = false;
  exited.then(
    () => (gone = true),
    () => undefined,
  );
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (gone) throw new Error('it exited');
    const status = await fetch(url, { signal: AbortSignal.timeout(2000) }).then(
      async (response) => {
        await response.arrayBuffer();
        return response.status;
      },
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no 200 from ${url} within ${timeoutMs / 1000} s`);
}

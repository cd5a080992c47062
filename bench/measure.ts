import autocannon from 'autocannon';
import { otherWorkMeter } from './cpu.ts';

export interface LoadSettings {
  connections: number;
  /** Seconds of load whose results are thrown away, so that JIT and pools are warm. */
  warmupSeconds: number;
  durationSeconds: number;
}

export interface Measurement {
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  /** Mean size of a response, headers included, in KB. */
  responseKb: number;
  /** CPU time used meanwhile by processes other than the bench, the server and PostgreSQL, in % of one core. */
  otherCpuPct: number;
  /** Responses that were not 2xx, and connection errors or timeouts: any makes the figures suspect. */
  non2xx: number;
  errors: number;
}

/**
 * Warms up, then measures GET requests to `baseUrl` with autocannon; each run
 * stops by itself after its duration. With one path every request asks for
 * it; with several, each request asks for the next path in the list, whichever
 * connection sends it, round and round, so that the connections between them
 * walk the whole list rather than all asking for the same page at once.
 * `serverPid` is the server's process, whose CPU time is not counted as
 * other work.
 */
export async function measure(
  baseUrl: string,
  paths: readonly string[],
  headers: Record<string, string>,
  load: LoadSettings,
  serverPid: number,
): Promise<Measurement> {
  if (paths.length === 0) throw new Error('measure: no paths');
  let next = 0;
  const cycle: autocannon.Request = {
    method: 'GET',
    setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }),
  };
  const options = {
    url: paths.length === 1 ? `${baseUrl}${paths[0]}` : baseUrl,
    ...(paths.length > 1 ? { requests: [cycle] } : {}),
    headers,
    connections: load.connections,
    timeout: 10,
  };
  if (load.warmupSeconds > 0) await autocannon({ ...options, duration: load.warmupSeconds });
  const others = otherWorkMeter([process.pid, serverPid]);
  const result = await autocannon({ ...options, duration: load.durationSeconds });
  const otherCpuPct = others.stop();
  return {
    reqPerSec: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    responseKb: result.requests.total > 0 ? Math.round((result.throughput.total / result.requests.total / 1024) * 10) / 10 : 0,
    otherCpuPct,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

import autocannon from 'autocannon';
import { type CpuUse, cpuMeter } from './cpu.ts';
import { paced } from './paced.ts';

export interface LoadSettings {
  connections: number;
  /** Seconds of load whose results are thrown away, so that JIT and pools are warm. */
  warmupSeconds: number;
  durationSeconds: number;
  /** Requests per second offered in all, spread over the connections; absent: as fast as the server answers. */
  rate?: number;
}

export interface Measurement {
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  /** Mean size of a response, headers included, in KB. */
  responseKb: number;
  /** Requests answered in the measured run, and in the warm-up before it. */
  requests: number;
  warmupRequests: number;
  /** CPU time during the measured run, in % of one core. */
  cpu: CpuUse;
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
 * `serverPid` is the server's process, whose CPU time is measured. With a
 * `rate`, requests are offered at that rate rather than as fast as answers come.
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
  if (load.rate) return measurePaced(baseUrl, paths, headers, { ...load, rate: load.rate }, serverPid);
  const warmup = load.warmupSeconds > 0 ? await autocannon({ ...options, duration: load.warmupSeconds }) : undefined;
  const meter = cpuMeter(serverPid);
  const result = await autocannon({ ...options, duration: load.durationSeconds });
  const cpu = meter.stop();
  return {
    reqPerSec: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    responseKb: result.requests.total > 0 ? Math.round((result.throughput.total / result.requests.total / 1024) * 10) / 10 : 0,
    requests: result.requests.total,
    warmupRequests: warmup?.requests.total ?? 0,
    cpu,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/** The same, with requests offered at a steady rate (paced.ts) instead of as fast as the server answers. */
async function measurePaced(
  baseUrl: string,
  paths: readonly string[],
  headers: Record<string, string>,
  load: LoadSettings & { rate: number },
  serverPid: number,
): Promise<Measurement> {
  const settings = { rate: load.rate, connections: load.connections };
  const warmup = load.warmupSeconds > 0 ? await paced(baseUrl, paths, headers, { ...settings, seconds: load.warmupSeconds }) : undefined;
  const meter = cpuMeter(serverPid);
  const result = await paced(baseUrl, paths, headers, { ...settings, seconds: load.durationSeconds });
  return { ...result, warmupRequests: warmup?.requests ?? 0, cpu: meter.stop() };
}

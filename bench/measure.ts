import autocannon from 'autocannon';

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
  /** Responses that were not 2xx, and connection errors or timeouts: any makes the figures suspect. */
  non2xx: number;
  errors: number;
}

/** Warms up, then measures `url` with autocannon; each run stops by itself after its duration. */
export async function measure(url: string, headers: Record<string, string>, load: LoadSettings): Promise<Measurement> {
  const options = { url, headers, connections: load.connections, timeout: 10 };
  if (load.warmupSeconds > 0) await autocannon({ ...options, duration: load.warmupSeconds });
  const result = await autocannon({ ...options, duration: load.durationSeconds });
  return {
    reqPerSec: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

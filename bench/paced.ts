import { Agent, request } from 'node:http';

export interface PacedResult {
  /** Requests answered per second over the run. */
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  /** Mean response size, body only, in KB. */
  responseKb: number;
  requests: number;
  non2xx: number;
  errors: number;
}

/**
 * Offers GET requests at a steady rate, whatever the answers do: one every
 * 1/rate seconds, each path in turn, over at most `connections` keep-alive
 * connections. Each latency runs from when the request was due, not when a
 * connection was free to send it, so a server that falls behind is charged
 * for the queue it builds (autocannon's own rate limit sends each second's
 * requests in a burst, and measures from the send).
 */
export async function paced(
  baseUrl: string,
  paths: readonly string[],
  headers: Record<string, string>,
  settings: { rate: number; seconds: number; connections: number },
): Promise<PacedResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: settings.connections });
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  let bytes = 0;
  const total = Math.round(settings.rate * settings.seconds);
  const interval = 1000 / settings.rate;
  const started = performance.now();
  const inFlight = new Set<Promise<void>>();

  const send = (index: number, due: number) => {
    const done = new Promise<void>((resolve) => {
      const req = request(`${baseUrl}${paths[index % paths.length]}`, { agent, headers, timeout: 10_000 }, (response) => {
        if ((response.statusCode ?? 0) < 200 || (response.statusCode ?? 0) >= 300) non2xx++;
        response.on('data', (chunk: Buffer) => (bytes += chunk.length));
        response.on('end', () => {
          latencies.push(performance.now() - due);
          resolve();
        });
      });
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', () => {
        errors++;
        resolve();
      });
      req.end();
    });
    inFlight.add(done);
    void done.then(() => inFlight.delete(done));
  };

  for (let next = 0; next < total;) {
    const now = performance.now();
    while (next < total && started + next * interval <= now) {
      send(next, started + next * interval);
      next++;
    }
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  await Promise.all(inFlight);
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (share: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * share))] ?? 0);
  return {
    reqPerSec: Math.round(latencies.length / seconds),
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    responseKb: latencies.length ? Math.round((bytes / latencies.length / 1024) * 10) / 10 : 0,
    requests: latencies.length,
    non2xx,
    errors,
  };
}

/** One line of bench/results/latest.json. */
export interface Row {
  route: string;
  /** "none" is the floor: bare node:http serving the home page's bytes. */
  database: 'pglite' | 'postgres' | 'none';
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  floorRatio: number;
  rssMb: number;
}

/** What the signed-in home page on PostgreSQL must reach on the 2-core reference machine. */
export const targets = { minReqPerSec: 1000, maxP99Ms: 50, minFloorRatio: 0.25, maxRssMb: 250 } as const;

export interface Verdict {
  pass: boolean;
  text: string;
}

export function formatTable(rows: readonly Row[]): string {
  const header = ['route', 'database', 'req/s', 'p50 ms', 'p99 ms', 'x floor', 'RSS MB'];
  const lines = rows.map((row) => [
    row.route,
    row.database === 'none' ? 'none (floor)' : row.database,
    row.reqPerSec.toLocaleString('en-GB'),
    String(row.p50Ms),
    String(row.p99Ms),
    row.floorRatio.toFixed(3),
    Number.isNaN(row.rssMb) ? 'n/a' : row.rssMb.toFixed(1),
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => (line[i] ?? '').length)));
  // Text columns on the left, figures on the right.
  const format = (cells: string[]) =>
    cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  return [format(header), format(widths.map((width) => '-'.repeat(width))), ...lines.map(format)].join('\n');
}

/** PASS/FAIL for each target; a missing row (the run on PostgreSQL failed) fails them all. */
export function judge(row: Row | undefined, badResponses: number): Verdict[] {
  const t = targets;
  if (!row) return [{ pass: false, text: 'no measurement of GET / on PostgreSQL' }];
  return [
    {
      pass: row.reqPerSec >= t.minReqPerSec,
      text: `throughput ${row.reqPerSec.toLocaleString('en-GB')} req/s (target >= ${t.minReqPerSec.toLocaleString('en-GB')})`,
    },
    { pass: row.p99Ms <= t.maxP99Ms, text: `p99 latency ${row.p99Ms} ms (target <= ${t.maxP99Ms} ms)` },
    {
      pass: row.floorRatio >= t.minFloorRatio,
      text: `${(row.floorRatio * 100).toFixed(1)}% of the floor (target >= ${t.minFloorRatio * 100}%)`,
    },
    { pass: row.rssMb < t.maxRssMb, text: `server RSS ${row.rssMb.toFixed(1)} MB (target < ${t.maxRssMb} MB)` },
    { pass: badResponses === 0, text: `every response 2xx with no connection errors (${badResponses} were not)` },
  ];
}

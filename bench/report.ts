/** One line of bench/results/latest.json. */
export interface Row {
  route: string;
  /** "none" is the floor: bare node:http serving the home page's bytes. */
  database: 'pglite' | 'postgres' | 'none';
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  /** Mean size of a response, headers included. */
  responseKb: number;
  /** CPU time during the measurement, in % of one core: the server's (with PGlite inside it), PostgreSQL's, and that of
   * processes other than the bench's, which makes the figures suspect. */
  serverCpuPct: number;
  postgresCpuPct: number;
  otherCpuPct: number;
  /** reqPerSec over the floor's; null when the floor was not measured. */
  floorRatio: number | null;
  rssMb: number;
}

/** What the signed-in home page on PostgreSQL must reach on the 2-core reference machine. */
export const targets = { minReqPerSec: 1000, maxP99Ms: 50, minFloorRatio: 0.25, maxRssMb: 250 } as const;

/** What the directory (GET /people) and people browsing (/teams/:id, /people/:id) must reach on PostgreSQL. */
export const directoryTargets = { maxP99Ms: 50 } as const;

/** What a page view and the news list must reach on PostgreSQL, with 50,000 pages. */
export const contentTargets = { minReqPerSec: 1000, maxP99Ms: 50 } as const;

export type Outcome = 'PASS' | 'FAIL' | 'SKIP';

export interface Verdict {
  outcome: Outcome;
  text: string;
}

export function formatTable(rows: readonly Row[]): string {
  const header = ['route', 'database', 'req/s', 'p50 ms', 'p99 ms', 'KB/resp', 'x floor', 'RSS MB', 'app %', 'pg %', 'others %'];
  const lines = rows.map((row) => [
    row.route,
    row.database === 'none' ? 'none (floor)' : row.database,
    row.reqPerSec.toLocaleString('en-GB'),
    String(row.p50Ms),
    String(row.p99Ms),
    row.responseKb.toFixed(1),
    row.floorRatio === null ? 'n/a' : row.floorRatio.toFixed(3),
    Number.isNaN(row.rssMb) ? 'n/a' : row.rssMb.toFixed(1),
    ...[row.serverCpuPct, row.postgresCpuPct, row.otherCpuPct].map((pct) => (Number.isNaN(pct) ? 'n/a' : String(pct))),
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => (line[i] ?? '').length)));
  // Text columns on the left, figures on the right.
  const format = (cells: string[]) =>
    cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  return [format(header), format(widths.map((width) => '-'.repeat(width))), ...lines.map(format)].join('\n');
}

const verdict = (pass: boolean, text: string): Verdict => ({ outcome: pass ? 'PASS' : 'FAIL', text });

/** The targets of a route that was not asked for (--routes), reported but not judged. */
export function skipped(route: string): Verdict[] {
  return [{ outcome: 'SKIP', text: `${route}: not measured (left out by --routes)` }];
}

/**
 * PASS/FAIL for each target of the signed-in home page; a missing row (the
 * run on PostgreSQL failed) fails them all, a missing floor fails its share.
 */
export function judgeHome(row: Row | undefined, badResponses: number): Verdict[] {
  const t = targets;
  if (!row) return [verdict(false, 'GET /: no measurement on PostgreSQL')];
  return [
    verdict(
      row.reqPerSec >= t.minReqPerSec,
      `GET /: throughput ${row.reqPerSec.toLocaleString('en-GB')} req/s (target >= ${t.minReqPerSec.toLocaleString('en-GB')})`,
    ),
    verdict(row.p99Ms <= t.maxP99Ms, `GET /: p99 latency ${row.p99Ms} ms (target <= ${t.maxP99Ms} ms)`),
    row.floorRatio === null
      ? verdict(false, `GET /: share of the floor unknown, the floor was not measured (target >= ${t.minFloorRatio * 100}%)`)
      : verdict(
          row.floorRatio >= t.minFloorRatio,
          `GET /: ${(row.floorRatio * 100).toFixed(1)}% of the floor (target >= ${t.minFloorRatio * 100}%)`,
        ),
    verdict(row.rssMb < t.maxRssMb, `GET /: server RSS ${row.rssMb.toFixed(1)} MB (target < ${t.maxRssMb} MB)`),
    verdict(badResponses === 0, `GET /: every response 2xx with no connection errors (${badResponses} were not)`),
  ];
}

/** PASS/FAIL for a directory route's p99 latency, and that every answer was a 2xx (a 404 or 403 is fast and would flatter it). */
export function judgeDirectory(route: string, row: Row | undefined, badResponses: number): Verdict[] {
  const t = directoryTargets;
  if (!row) return [verdict(false, `${route}: no measurement on PostgreSQL`)];
  return [
    verdict(row.p99Ms <= t.maxP99Ms, `${route}: p99 latency ${row.p99Ms} ms (target <= ${t.maxP99Ms} ms)`),
    verdict(badResponses === 0, `${route}: every response 2xx with no connection errors (${badResponses} were not)`),
  ];
}

/**
 * PASS/FAIL for a content route, whose target is a rate with a latency: the
 * most it serves (as fast as 32 connections ask) reaches the rate, and with
 * requests offered at exactly that rate, every one is served at it with p99
 * within the target; every answer a 2xx in both runs.
 */
export function judgeContent(route: string, saturated: Row | undefined, atRate: Row | undefined, badResponses: number): Verdict[] {
  const t = contentTargets;
  if (!saturated || !atRate) return [verdict(false, `${route}: no measurement on PostgreSQL`)];
  const rate = t.minReqPerSec.toLocaleString('en-GB');
  return [
    verdict(
      saturated.reqPerSec >= t.minReqPerSec,
      `${route}: throughput ${saturated.reqPerSec.toLocaleString('en-GB')} req/s at most (target >= ${rate})`,
    ),
    verdict(
      atRate.reqPerSec >= t.minReqPerSec * 0.98,
      `${route}: ${atRate.reqPerSec.toLocaleString('en-GB')} req/s served of ${rate} offered (target: all of them)`,
    ),
    verdict(atRate.p99Ms <= t.maxP99Ms, `${route}: p99 latency ${atRate.p99Ms} ms at ${rate} req/s (target <= ${t.maxP99Ms} ms)`),
    verdict(badResponses === 0, `${route}: every response 2xx with no connection errors (${badResponses} were not)`),
  ];
}

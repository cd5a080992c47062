import { cleanUpOnInterrupt, wasInterrupted, withCleanup } from './cleanup.ts';
import { commandLine } from './args.ts';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { CompiledQuery, sql } from 'kysely';
import type { DatabaseHandle } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { buildSectionsSnapshot, listSections } from '../src/features/content/sections.snapshot.ts';
import { generatedCouncil } from '../src/features/demo/demo-data.ts';
import { seedCouncil } from '../src/features/demo/demo.seed.ts';
import { runSearch, searchStatement, withoutSequentialScans } from '../src/features/search/search.sql.ts';
import { hashPassword } from '../src/platform/passwords.ts';
import { type ChildServer, spawnServer } from './child.ts';
import { keepAliveClient } from './http-client.ts';
import { seededRandom } from './content-text.ts';
import { coreSpeeds, coreSpread, type CpuUse, cpuBusyPercent, cpuMeter } from './cpu.ts';
import { shuffled } from './popularity.ts';
import { memberSearchParams } from './search-member.ts';
import { type QuerySet, type QuerySetName, type SearchCorpus, type SearchQuery, chooseQueries, seedSearchCorpus } from './search-seed.ts';
import { type DatabaseKind, createBenchDatabase, fetchPage, openBenchDatabase, settle, signIn, startApp } from './target-server.ts';

/**
 * The search benchmark (`npm run bench:search`): 100,000 items of generated
 * English on each database, searched for rare and common words by a signed-in
 * member through GET /search, one request at a time (latency, not
 * throughput), beside the floor: the very statement the app runs for that
 * search, run straight on the database. See bench/README.md, "Search".
 */

const usage = `usage: npm run bench:search -- [--items 100000] [--staff 10000] [--rounds 20] [--databases pglite,postgres] [--explain]`;

/** What search on PostgreSQL must reach on the 2-core reference machine, with 100,000 items. */
export const searchTargets = { rareP95Ms: 50, commonP95Ms: 150, maxOverhead: 0.2 } as const;

/** Other processes' CPU time during a measurement, in % of one core, above which its figures are suspect. */
const disturbedAbovePct = 10;
/** Cores whose speeds differ by more than this around a row make its comparison suspect (see coreSpeeds). */
const unevenCoresAbovePct = 15;

const { values } = parseArgs({
  options: {
    items: { type: 'string', default: '100000' },
    staff: { type: 'string', default: '10000' },
    rounds: { type: 'string', default: '20' },
    databases: { type: 'string', default: 'pglite,postgres' },
    // EXPLAIN (ANALYZE, BUFFERS) of one query of each set, into bench/results/, before the database goes.
    explain: { type: 'boolean', default: false },
  },
});
const args = commandLine(usage);
const items = args.wholeNumber('items', values.items);
const staff = args.wholeNumber('staff', values.staff);
const rounds = args.wholeNumber('rounds', values.rounds);
const databases = args.databases(values.databases);
const password = randomBytes(18).toString('base64url');
const resultsDir = new URL('./results/', import.meta.url);

const log = (line: string) => console.error(`[bench:search] ${line}`);

let querySets: QuerySet[] | undefined;

/**
 * The search code the floor compiles and the server runs: if it changes while a
 * database is measured (someone editing), floor and app ran different versions.
 */
const migrationsDir = new URL('../src/db/migrations/', import.meta.url);
const searchSources = [
  new URL('../src/features/search/search.sql.ts', import.meta.url),
  new URL('../src/features/search/search.service.ts', import.meta.url),
  ...readdirSync(migrationsDir)
    .filter((name) => name.includes('search'))
    .sort()
    .map((name) => new URL(name, migrationsDir)),
];
const searchSourceHash = () =>
  createHash('sha256')
    .update(searchSources.map((path) => readFileSync(path)).join('\0'))
    .digest('hex');
/** As this process imported them: the floor compiles this version; a server started later runs what is on disk then. */
const sourcesAtStart = searchSourceHash();
const thousands = (n: number) => n.toLocaleString('en-GB');

/** The p-th percentile by nearest rank (p95 of 800 samples is the 760th fastest). */
function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.max(0, Math.ceil(sorted.length * p) - 1)] ?? Number.NaN;
}

/**
 * One query set measured one way: each query once to warm up, then `rounds`
 * times each, in a seeded shuffled order. Measured more than one way (the
 * floor, the app and an empty HTTP round trip on PostgreSQL), they take turns
 * on each query, a different one going first each time: all meet the machine
 * as it was at that moment, whatever else it was doing (another tenant of its
 * host, a checkpoint), and none always runs just after another has warmed the
 * caches for the same query.
 */
interface Timings {
  p50Ms: number;
  p95Ms: number;
  samples: number;
  /** Per query, in the set's order: the median of its rounds. */
  medianMs: number[];
  cpu: CpuUse;
}

async function timeSet(
  set: QuerySet,
  runs: Array<(q: string) => Promise<void>>,
  meterPid: number,
  helperPids: readonly number[] = [],
): Promise<Timings[]> {
  for (const { q } of set.queries) for (const run of runs) await run(q);
  const random = seededRandom(31);
  const byQuery = runs.map(() => new Map<string, number[]>(set.queries.map(({ q }) => [q, []])));
  const meter = cpuMeter(meterPid, helperPids);
  let turn = 0;
  for (let round = 0; round < rounds; round++) {
    for (const { q } of shuffled(set.queries, random)) {
      // Taking turns, each going first in its turn (see Timings).
      const first = turn++ % runs.length;
      const order = [...runs.keys()].map((index) => (index + first) % runs.length);
      for (const index of order) {
        const started = performance.now();
        await runs[index]?.(q);
        byQuery[index]?.get(q)?.push(performance.now() - started);
      }
    }
  }
  const cpu = meter.stop();
  const median = (list: number[]) =>
    percentile(
      [...list].sort((a, b) => a - b),
      0.5,
    );
  return byQuery.map((timings) => {
    const all = [...timings.values()].flat().sort((a, b) => a - b);
    return {
      p50Ms: percentile(all, 0.5),
      p95Ms: percentile(all, 0.95),
      samples: all.length,
      medianMs: set.queries.map(({ q }) => median(timings.get(q) ?? [])),
      cpu,
    };
  });
}

/** What a search answered: how many matches in all, and the first page's results in order. */
interface Answer {
  total: number;
  results: string[];
}

/**
 * The sections an ordinary member may read, in the order the app lists them:
 * every live one outside restricted sections (the member has no role), read
 * through the app's own snapshot. The bench checks that the floor finds
 * exactly what the app shows, which it would not if this differed from what
 * the app works out.
 */
async function memberSections(handle: DatabaseHandle, orgId: string): Promise<string[]> {
  const snapshot = buildSectionsSnapshot(await listSections(handle.db, orgId));
  return snapshot.all.filter((section) => snapshot.isLive(section.id) && !snapshot.isRestricted(section.id)).map((section) => section.id);
}

/** A member with no role anywhere: what most staff are. */
async function ordinaryMember(handle: DatabaseHandle, orgId: string): Promise<string> {
  const result = await sql<{ email: string }>`
    SELECT u.email FROM users u
     WHERE u.org_id = ${orgId} AND u.role = 'member' AND u.disabled_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM role_grants g
                        WHERE g.org_id = u.org_id AND (g.grantee_user_id = u.id OR g.grantee_team_id = u.team_id))
     ORDER BY u.email LIMIT 1`.execute(handle.db);
  const email = result.rows[0]?.email;
  if (!email) throw new Error('the seeded council has no member without a role');
  return email;
}

interface Measured {
  set: QuerySetName;
  database: DatabaseKind;
  described: string;
  queries: number;
  /** Mean matches per query (the page's "N results"), and the mean page size in KB. */
  meanMatches: number;
  responseKb: number;
  floor: Timings;
  app: Timings;
  /** GET /health/live taking turns with the app, on the same connection: what an HTTP round trip alone costs here. */
  http: Timings;
  /** The least a page could be (search-least-server.ts), taking turns with the app; PostgreSQL only. */
  least: Timings | null;
  /** The queries asked, with how many items their words are in. */
  asked: SearchQuery[];
  /** Answers that were not 200, and queries whose floor answer was not what the page showed. */
  non200: number;
  mismatches: string[];
  /** How much slower the slowest core ran than the fastest, probed before and after the row (coreSpeeds); null without taskset. */
  coreSpreadPct: number | null;
}

interface DatabaseRun {
  database: DatabaseKind;
  /** The search code (`searchSources`) changed between seeding and the end of the measurements. */
  codeChanged: boolean;
  seconds: { council: number; corpus: number; vacuum: number };
  /** The lexemes counted, and how many are in 1–50 items and in at least a fifth of them. */
  corpus: Omit<SearchCorpus, 'lexemes'> & { lexemes: number; rareLexemes: number; commonLexemes: number };
  sets: Measured[];
}

cleanUpOnInterrupt(() => log('interrupted: stopping the server and removing the bench database'));

/** Results of the floor's first page that may be missing from the app's (near ties that drifted apart): at most this many. */
const allowedDrift = 2;

const searchPath = (q: string) => `/search?${new URLSearchParams({ q }).toString()}`;

/** What the search page shows: the count in its heading and each result's kind and id, from the links. */
function answerOnPage(html: string): Answer {
  const total = Number(/id="results-heading">(\d[\d,]*)/.exec(html)?.[1]?.replaceAll(',', '') ?? Number.NaN);
  const results = [...html.matchAll(/kind=(page|news|document|person|team)&(?:amp;)?id=([0-9a-f-]{36})/g)].map((m) => `${m[1]}:${m[2]}`);
  return { total, results };
}

async function benchDatabase(kind: DatabaseKind): Promise<DatabaseRun> {
  const database = await createBenchDatabase(kind);
  return withCleanup(database.dispose, async () => {
    log(`${kind}: seeding a council of ${thousands(staff)} staff`);
    let started = Date.now();
    const handle = await openBenchDatabase(database);
    let opened = true;
    const close = async () => {
      if (opened) await handle.close();
      opened = false;
    };
    return withCleanup(close, async () => {
      await migrate(handle);
      const { orgId } = await seedCouncil(handle.db, generatedCouncil(staff), await hashPassword(password));
      const council = (Date.now() - started) / 1000;
      log(`${kind}: council in ${council.toFixed(1)} s; seeding ${thousands(items)} items`);
      // On PostgreSQL two transactions at once, so that the triggers index on both cores.
      const corpus = await seedSearchCorpus(handle.db, orgId, items, kind === 'postgres' ? 2 : 1);
      log(
        `${kind}: ${thousands(items)} items (${thousands(corpus.words)} words, ${thousands(corpus.distinctWords)} different) in ${corpus.seconds.toFixed(1)} s` +
          ` (${Math.round(items / corpus.seconds)} items/s); VACUUM ANALYZE, CHECKPOINT`,
      );
      started = Date.now();
      await settle(handle.db);
      const vacuum = (Date.now() - started) / 1000;
      // The same queries on every database: chosen on the first.
      const sets = (querySets ??= chooseQueries(corpus));
      for (const set of sets) log(`  ${set.name}: ${set.described}: ${set.queries.map((each) => each.q).join(', ')}`);

      // The floor: the statement the app runs for this member, straight on the database (PGlite: in this process).
      const email = await ordinaryMember(handle, orgId);
      const sections = await memberSections(handle, orgId);
      const statementFor = (q: string) => searchStatement(memberSearchParams(orgId, sections, q)).compile(handle.db);
      const floorAnswers = new Map<string, Answer>();
      const floor = async (q: string) => {
        // As the app runs it: runSearch begins the transaction (BEGIN and SET LOCAL enable_seqscan = off, in one
        // round trip) while the statement is compiled, sends the statement, and answers before its COMMIT. The page
        // does its own work then; the floor has none.
        const [rows] = await runSearch(
          handle.db,
          async () => ({ statement: statementFor(q) }),
          async () => undefined,
          (error) => log(`floor: a COMMIT failed after its answer: ${(error as Error).message}`),
        );
        if (!floorAnswers.has(q)) {
          floorAnswers.set(q, { total: rows[0]?.total ?? 0, results: rows.map((row) => `${row.kind}:${row.ref_id}`) });
        }
      };
      // PGlite can be open in one process at a time: its floor is measured first, in this process, then the app.
      const takingTurns = kind === 'postgres';
      const floors = new Map<QuerySetName, Timings>();
      for (const set of takingTurns ? [] : sets) {
        log(`${kind}: floor, ${set.name} (${set.queries.length} queries, ${rounds} rounds)`);
        const [timings] = await timeSet(set, [floor], 0);
        if (!timings) throw new Error('no floor timings');
        floors.set(set.name, timings);
        log(`  floor ${set.name}: p50 ${ms(timings.p50Ms)} ms, p95 ${ms(timings.p95Ms)} ms`);
      }
      if (values.explain) await explain(handle, kind, sets, statementFor);
      if (!takingTurns) await close();

      log(`${kind}: starting the server; signing in as ${email}`);
      const server = await startApp(database);
      // On PostgreSQL, the least a page could be, beside the app (see search-least-server.ts).
      const least = takingTurns
        ? await spawnServer({
            script: 'bench/search-least-server.ts',
            env: { ...database.env, ORG_ID: orgId, SECTIONS: JSON.stringify(sections) },
            readyPath: '/health/ready',
          }).catch(async (error: unknown) => {
            await server.stop();
            throw error;
          })
        : null;
      const stopServers = async () => {
        await Promise.all([server.stop(), least?.stop()]);
      };
      return withCleanup(stopServers, async () => {
        const cookie = await signIn(server.url, email, password);
        const measured = await measureApp(server, least, cookie, kind, sets, takingTurns ? floor : floors, floorAnswers);
        const codeChanged = searchSourceHash() !== sourcesAtStart;
        if (codeChanged)
          log(`  warning: the search code changed while ${kind} was measured: floor and app may have run different versions`);
        return {
          codeChanged,
          database: kind,
          seconds: { council, corpus: corpus.seconds, vacuum },
          corpus: {
            ...corpus,
            lexemes: corpus.lexemes.length,
            rareLexemes: corpus.lexemes.filter((each) => each.items <= 50).length,
            commonLexemes: corpus.lexemes.filter((each) => each.items >= items * 0.2).length,
          },
          sets: measured,
        };
      });
    });
  });
}

async function measureApp(
  server: ChildServer,
  /** The least a page could be, taking turns with the app, or none (PGlite). */
  least: ChildServer | null,
  cookie: string,
  kind: DatabaseKind,
  sets: QuerySet[],
  /** The floor measured already, or the floor to measure taking turns with the app. */
  floors: Map<QuerySetName, Timings> | ((q: string) => Promise<void>),
  floorAnswers: Map<string, Answer>,
): Promise<Measured[]> {
  const rows: Measured[] = [];
  const { get, close } = await keepAliveClient(server.url, { cookie });
  const leastClient = least ? await keepAliveClient(least.url, {}) : null;
  try {
    for (const set of sets) {
      const floorRun = typeof floors === 'function' ? floors : null;
      // The floor's answers, if it has not run yet.
      if (floorRun) for (const { q } of set.queries) await floorRun(q);
      // First each page whole, to check that the floor ran what the app runs: the same count and the same results.
      const mismatches: string[] = [];
      let matches = 0;
      let reordered = 0;
      // The least page answers each query with as many bytes as the app's page.
      const pageBytes = new Map<string, number>();
      for (const { q } of set.queries) {
        const fetched = await fetchPage(`${server.url}${searchPath(q)}`, cookie).catch((error: unknown) => {
          throw new Error(`${(error as Error).message}; the server said:\n${server.output()}`, { cause: error });
        });
        pageBytes.set(q, fetched.body.length);
        const page = answerOnPage(fetched.body.toString());
        const floor = floorAnswers.get(q) ?? { total: Number.NaN, results: [] };
        matches += page.total;
        const shared = page.results.filter((result) => floor.results.includes(result)).length;
        // Freshness scores move with now(), so two results that nearly tie may change places, or the 20th with the 21st.
        if (floor.total !== page.total || shared < Math.max(page.results.length, floor.results.length) - allowedDrift) {
          mismatches.push(`${q}: page ${page.total} (${page.results.length} shown), floor ${floor.total} (${shared} of them)`);
        } else if (floor.results.join() !== page.results.join()) reordered++;
      }
      if (mismatches.length) log(`  warning: the floor's answer differs from the page for ${mismatches.join('; ')}`);
      if (reordered) log(`  ${reordered} of ${set.queries.length} pages listed the floor's results with near ties in another order`);
      log(
        `${kind}: GET /search, ${set.name} (${set.queries.length} queries, ${rounds} rounds, one at a time, taking turns with${floorRun ? ' the floor and' : ''} GET /health/live)`,
      );
      let non200 = 0;
      let bytes = 0;
      let answers = 0;
      const app = async (q: string) => {
        const answer = await get(searchPath(q));
        if (answer.status !== 200) non200++;
        bytes += answer.bytes;
        answers++;
      };
      const http = async () => {
        if ((await get('/health/live')).status !== 200) non200++;
      };
      const leastPage =
        leastClient &&
        (async (q: string) => {
          if ((await leastClient.get(`${searchPath(q)}&bytes=${pageBytes.get(q) ?? 0}`)).status !== 200) non200++;
        });
      const coresBefore = coreSpeeds();
      const [floorTimings, appTimings, httpTimings, leastTimings] = floorRun
        ? await timeSet(set, [floorRun, app, http, ...(leastPage ? [leastPage] : [])], server.pid, least ? [least.pid] : [])
        : [floors instanceof Map ? floors.get(set.name) : undefined, ...(await timeSet(set, [app, http], server.pid))];
      const spread = coreSpread([coresBefore, coreSpeeds()]);
      if (!floorTimings || !appTimings || !httpTimings) throw new Error(`no timings for ${set.name}`);
      if (floorRun) log(`  floor ${set.name}: p50 ${ms(floorTimings.p50Ms)} ms, p95 ${ms(floorTimings.p95Ms)} ms`);
      log(`  app ${set.name}: p50 ${ms(appTimings.p50Ms)} ms, p95 ${ms(appTimings.p95Ms)} ms`);
      log(`  HTTP round trip: p50 ${ms(httpTimings.p50Ms)} ms, p95 ${ms(httpTimings.p95Ms)} ms`);
      if (leastTimings) log(`  the least page: p50 ${ms(leastTimings.p50Ms)} ms, p95 ${ms(leastTimings.p95Ms)} ms`);
      const died = server.exitReason();
      if (died) throw new Error(`the server stopped (${died}) while searches were measured:\n${server.output()}`);
      rows.push({
        set: set.name,
        database: kind,
        described: set.described,
        queries: set.queries.length,
        asked: set.queries,
        meanMatches: Math.round(matches / set.queries.length),
        responseKb: Math.round((bytes / Math.max(1, answers) / 1024) * 10) / 10,
        floor: floorTimings,
        app: appTimings,
        http: httpTimings,
        least: leastTimings ?? null,
        non200,
        mismatches,
        coreSpreadPct: spread,
      });
    }
  } finally {
    close();
    leastClient?.close();
  }
  return rows;
}

/** EXPLAIN (ANALYZE, BUFFERS) of the median query of each set, for finding where the time goes (results/ is not committed). */
async function explain(
  handle: DatabaseHandle,
  kind: DatabaseKind,
  sets: QuerySet[],
  statementFor: (q: string) => { sql: string; parameters: readonly unknown[] },
): Promise<void> {
  const plans: { set: QuerySetName; q: string; items: number; plan: string[] }[] = [];
  for (const set of sets) {
    const query = [...set.queries].sort((a, b) => a.items - b.items)[Math.floor(set.queries.length / 2)];
    if (!query) continue;
    const statement = statementFor(query.q);
    const explained = CompiledQuery.raw(`EXPLAIN (ANALYZE, BUFFERS) ${statement.sql}`, [...statement.parameters]);
    const result = await withoutSequentialScans(handle.db, (trx) => trx.executeQuery<Record<string, unknown>>(explained));
    const plan = result.rows.map((row) => String(Object.values(row)[0]));
    plans.push({ set: set.name, q: query.q, items: query.items, plan });
  }
  mkdirSync(resultsDir, { recursive: true });
  const file = new URL(`./search-explain-${kind}.json`, resultsDir);
  writeFileSync(file, `${JSON.stringify(plans, null, 2)}\n`);
  log(`${kind}: plans written to ${file.pathname}`);
}

const ms = (value: number) => (value < 10 ? value.toFixed(1) : String(Math.round(value)));
const overhead = (app: number, floor: number) => (app - floor) / floor;
const percent = (share: number) => `${share >= 0 ? '+' : ''}${Math.round(share * 100)}%`;

function formatTable(rows: readonly Measured[]): string {
  const header = [
    'queries',
    'database',
    'n',
    'matches',
    'floor p50',
    'floor p95',
    'app p50',
    'app p95',
    'over p50',
    'over p95',
    'least over p50',
    'least over p95',
    'HTTP p50',
    'HTTP p95',
    'KB/resp',
    'others %',
    'core spread %',
  ];
  const lines = rows.map((row) => [
    row.set,
    row.database,
    String(row.floor.samples),
    thousands(row.meanMatches),
    ms(row.floor.p50Ms),
    ms(row.floor.p95Ms),
    ms(row.app.p50Ms),
    ms(row.app.p95Ms),
    percent(overhead(row.app.p50Ms, row.floor.p50Ms)),
    percent(overhead(row.app.p95Ms, row.floor.p95Ms)),
    row.least ? percent(overhead(row.least.p50Ms, row.floor.p50Ms)) : '-',
    row.least ? percent(overhead(row.least.p95Ms, row.floor.p95Ms)) : '-',
    ms(row.http.p50Ms),
    ms(row.http.p95Ms),
    row.responseKb.toFixed(1),
    String(Math.max(row.floor.cpu.others, row.app.cpu.others)),
    row.coreSpreadPct === null ? '-' : String(row.coreSpreadPct),
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => (line[i] ?? '').length)));
  const format = (cells: string[]) =>
    cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  return [format(header), format(widths.map((width) => '-'.repeat(width))), ...lines.map(format)].join('\n');
}

interface Verdict {
  outcome: 'PASS' | 'FAIL';
  text: string;
}

/** PASS/FAIL for the targets, judged on PostgreSQL: p95 of each set, the overhead over the floor, every answer right. */
function judge(rows: readonly Measured[]): Verdict[] {
  const t = searchTargets;
  const verdict = (pass: boolean, text: string): Verdict => ({ outcome: pass ? 'PASS' : 'FAIL', text });
  return (
    [
      ['rare', 'rare terms', t.rareP95Ms],
      ['common', 'common terms', t.commonP95Ms],
    ] as const
  ).flatMap(([name, label, maxP95]) => {
    const row = rows.find((each) => each.set === name && each.database === 'postgres');
    if (!row) return [verdict(false, `GET /search, ${label}: no measurement on PostgreSQL`)];
    const share = overhead(row.app.p95Ms, row.floor.p95Ms);
    return [
      verdict(row.app.p95Ms <= maxP95, `GET /search, ${label}: p95 latency ${ms(row.app.p95Ms)} ms (target <= ${maxP95} ms)`),
      verdict(
        share <= t.maxOverhead,
        `GET /search, ${label}: p95 ${percent(share)} over the SQL alone (${ms(row.floor.p95Ms)} ms) (target <= +${t.maxOverhead * 100}%)`,
      ),
      verdict(row.non200 === 0, `GET /search and GET /health/live, ${label}: every response 200 (${row.non200} were not)`),
      verdict(
        row.mismatches.length === 0,
        `GET /search, ${label}: the floor found the page's count and results for every query (${row.mismatches.length} differed)`,
      ),
    ];
  });
}

async function main(): Promise<number> {
  const busy = await cpuBusyPercent(1000);
  if (busy > 15) log(`warning: the CPUs were ${busy.toFixed(0)}% busy before the bench started; other work will slow the figures`);
  const began = Date.now();
  const runs: DatabaseRun[] = [];
  const failures: string[] = [];
  for (const kind of databases) {
    try {
      runs.push(await benchDatabase(kind));
    } catch (error) {
      // Ctrl-C: what failed was what the interrupt took away.
      if (wasInterrupted()) break;
      failures.push(`${kind}: ${(error as Error).message}`);
      log(`${kind} failed: ${(error as Error).stack ?? (error as Error).message}`);
    }
  }
  if (wasInterrupted()) return 130;
  if (!runs.length) {
    console.error(`Nothing could be measured:\n${failures.join('\n')}`);
    return 1;
  }
  const rows = runs.flatMap((run) => run.sets);
  mkdirSync(resultsDir, { recursive: true });
  const resultsFile = new URL('./search-latest.json', resultsDir);
  writeFileSync(
    resultsFile,
    `${JSON.stringify(
      {
        items,
        staff,
        rounds,
        runs: runs.map((run) => ({
          ...run,
          sets: run.sets.map((row) => ({
            ...row,
            floor: { ...row.floor, medianMs: undefined },
            app: { ...row.app, medianMs: undefined },
            http: { ...row.http, medianMs: undefined },
            least: row.least && { ...row.least, medianMs: undefined },
            asked: undefined,
            perQuery: row.asked.map((query, i) => ({ ...query, floorMedianMs: row.floor.medianMs[i], appMedianMs: row.app.medianMs[i] })),
          })),
        })),
      },
      null,
      2,
    )}\n`,
  );

  const machine = `${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.versions.node}`;
  console.log(`\nGuildhall search bench ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine}`);
  console.log(
    `${thousands(items)} items, ${thousands(staff)} staff; each query once to warm up, then ${rounds} rounds, one request at a time; ` +
      `${((Date.now() - began) / 60_000).toFixed(1)} min in all\n`,
  );
  for (const run of runs) {
    console.log(
      `${run.database}: council ${run.seconds.council.toFixed(0)} s, ${thousands(items)} items ${run.seconds.corpus.toFixed(0)} s ` +
        `(${Math.round(items / run.seconds.corpus)}/s), VACUUM ANALYZE and CHECKPOINT ${run.seconds.vacuum.toFixed(0)} s; ` +
        `${thousands(run.corpus.words)} words written, ${thousands(run.corpus.distinctWords)} different; ${thousands(run.corpus.lexemes)} lexemes, ` +
        `${thousands(run.corpus.rareLexemes)} of them in 1–50 items, ${thousands(run.corpus.commonLexemes)} in ≥ 20%`,
    );
  }
  console.log('');
  for (const row of rows.filter((row, i) => rows.findIndex((other) => other.set === row.set) === i))
    console.log(`${row.set}: ${row.described}`);
  console.log(`\n${formatTable(rows)}`);
  console.log(
    `\nLatencies in ms; over = (app - floor) / floor; least over = the same for the least a page could be (PostgreSQL only): ` +
      `the same statement, run as the app runs it, answered with a page of the app's size by a bare Fastify server ` +
      `(bench/search-least-server.ts), taking turns with the app: what no page avoids on this machine; ` +
      `HTTP = GET /health/live, taking turns with the app on its connection; matches = mean results per query.`,
  );
  if (rows.some((row) => Math.max(row.floor.cpu.others, row.app.cpu.others) > disturbedAbovePct)) {
    console.log(
      `\nWARNING: other processes used more than ${disturbedAbovePct}% of a core during some rows ("others %"); rerun on an idle machine.`,
    );
  }
  if (rows.some((row) => (row.coreSpreadPct ?? 0) > unevenCoresAbovePct)) {
    console.log(
      `\nWARNING: the cores ran at speeds more than ${unevenCoresAbovePct}% apart around some rows ("core spread %": the same work ` +
        `timed on each core before and after the row): which core the floor, the app and the database happened to run on ` +
        `decided those rows' comparisons; rerun when the host is quieter.`,
    );
  }
  for (const failure of failures) console.log(`\nFAILED ${failure}`);
  const changed = runs.filter((run) => run.codeChanged).map((run) => run.database);
  const verdicts = [
    ...judge(rows),
    {
      outcome: changed.includes('postgres') ? 'FAIL' : 'PASS',
      text: `the search code stayed the same while each database was measured${changed.length ? ` (it changed during ${changed.join(' and ')})` : ''}`,
    } satisfies Verdict,
  ];
  console.log(`\nTargets (signed in as a member, on PostgreSQL, ${thousands(items)} items):`);
  for (const verdict of verdicts) console.log(`${verdict.outcome}  ${verdict.text}`);
  console.log(`\nWrote ${resultsFile.pathname}`);
  return verdicts.some((verdict) => verdict.outcome === 'FAIL') ? 1 : 0;
}

process.exitCode = await main();

import { cleanUpOnInterrupt, wasInterrupted, withCleanup } from './cleanup.ts';
import { commandLine } from './args.ts';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ChildServer } from './child.ts';
import { cpuBusyPercent } from './cpu.ts';
import { startFloor } from './floor.ts';
import { type LoadSettings, type Measurement, measure } from './measure.ts';
import { popularRequests, shareOfMostRequested, shuffled } from './popularity.ts';
import { type Row, type Verdict, contentTargets, formatTable, judgeContent, judgeDirectory, judgeHome, skipped } from './report.ts';
import {
  createBenchDatabase,
  type DatabaseKind,
  type Page,
  type Sample,
  type SampleSizes,
  adminEmail,
  fetchPage,
  seedDatabase,
  signIn,
  startApp,
} from './target-server.ts';

const usage = `usage: npm run bench -- [--staff 10000] [--pages 50000] [--news 2000] [--duration 10] [--warmup 3]
                      [--connections 32] [--databases pglite,postgres] [--routes sign-in,home,people,browse,page,page-spread,news,news-pages]
                      [--cpu-prof-dir DIR]`;

/** What each --routes name measures, in the order they run; the floor runs when `home` does. */
const routeLabels = {
  'sign-in': 'GET /sign-in',
  home: 'GET /',
  people: 'GET /people',
  browse: 'GET /teams/:id, /people/:id',
  page: 'GET /pages/:id',
  'page-spread': 'GET /pages/:id, spread evenly',
  news: 'GET /news',
  'news-pages': 'GET /news?page=2…10',
} as const;
/** The content targets are a rate with a latency: measured again at exactly that rate offered. */
const atTargetRate = (route: string) => `${route} at ${contentTargets.minReqPerSec.toLocaleString('en-GB')}/s`;
type RouteName = keyof typeof routeLabels;
const routeNames = Object.keys(routeLabels) as RouteName[];

/** How many different pages people browsing cycles through, so that no cache makes it look fast. */
const browseSample: SampleSizes = { units: 200, people: 500 };
/** Page views asked for in turn: more than the fastest run gets through, so none comes round twice. */
const pageViews = 200_000;

/** Other processes' CPU time during a measurement, in % of one core, above which its figures are suspect. */
const disturbedAbovePct = 10;

const { values } = parseArgs({
  options: {
    staff: { type: 'string', default: '10000' },
    pages: { type: 'string', default: '50000' },
    news: { type: 'string', default: '2000' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '32' },
    databases: { type: 'string', default: 'pglite,postgres' },
    routes: { type: 'string', default: routeNames.join(',') },
    // Profiles the app server (node --cpu-prof); one .cpuprofile per database, written when it stops.
    'cpu-prof-dir': { type: 'string' },
  },
});
const args = commandLine(usage);
const staff = args.wholeNumber('staff', values.staff);
const contentSize = { pages: args.wholeNumber('pages', values.pages), news: args.wholeNumber('news', values.news) };
const load: LoadSettings = {
  connections: args.wholeNumber('connections', values.connections),
  warmupSeconds: args.wholeNumber('warmup', values.warmup, 0),
  durationSeconds: args.wholeNumber('duration', values.duration),
};
const databases = args.databases(values.databases);
const routes = new Set<string>(values.routes.split(',').map((name) => name.trim()));
for (const name of routes) {
  if (!(name in routeLabels)) {
    console.error(`--routes takes ${routeNames.join(', ')}; it has ${JSON.stringify(name)}\n${usage}`);
    process.exit(2);
  }
}
const measures = (name: RouteName) => routes.has(name);
const profileDir = values['cpu-prof-dir'];
const nodeArgs = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${resolve(profileDir)}`] : [];
const password = randomBytes(18).toString('base64url');
const resultsFile = new URL('./results/latest.json', import.meta.url);

const log = (line: string) => console.error(`[bench] ${line}`);

type Measured = Omit<Row, 'floorRatio' | 'serverCpuPct' | 'postgresCpuPct' | 'otherCpuPct'> & Measurement;

async function measureOn(
  server: ChildServer,
  route: string,
  database: Row['database'],
  paths: readonly string[],
  headers: Record<string, string>,
  rate?: number,
  described = paths.length > 1 ? `${paths.length.toLocaleString('en-GB')} different pages in turn` : '',
): Promise<Measured> {
  const pages = described ? ` (${described})` : '';
  const pace = rate
    ? `${rate.toLocaleString('en-GB')} req/s offered over ${load.connections} connections`
    : `${load.connections} connections`;
  log(`${route} on ${database}${pages}: ${load.warmupSeconds} s warm-up, ${load.durationSeconds} s at ${pace}`);
  const result = await measure(server.url, paths, headers, rate ? { ...load, rate } : load, server.pid);
  const died = server.exitReason();
  if (died) throw new Error(`the server stopped (${died}) while ${route} was measured:\n${server.output()}`);
  if (result.non2xx || result.errors) log(`  warning: ${result.non2xx} non-2xx responses, ${result.errors} errors`);
  const { cpu } = result;
  log(
    `  ${result.requests.toLocaleString('en-GB')} requests (${result.warmupRequests.toLocaleString('en-GB')} in warm-up);` +
      ` CPU in % of a core: server ${cpu.server}, PostgreSQL ${cpu.postgres}, bench ${cpu.bench}, others ${cpu.others}`,
  );
  if (cpu.others > disturbedAbovePct) {
    log(`  warning: other processes used ${cpu.others}% of a core meanwhile; these figures are lower than the machine can do`);
  }
  return { route, database, ...result, rssMb: server.rssMb() };
}

/**
 * The news list is its first page, what the home page and the News link show;
 * the app keeps it per audience until news changes. The pages after it are
 * read from the database every time: measured too, though no target is set
 * for them.
 */
const newsPaths = ['/news'];
const laterNewsPaths = Array.from({ length: 9 }, (_, index) => `/news?page=${index + 2}`);

/** The sampled units' and people's pages, shuffled together. */
function browsePaths(sample: Sample): string[] {
  return shuffled([...sample.unitIds.map((id) => `/teams/${id}`), ...sample.personIds.map((id) => `/people/${id}`)]);
}

/**
 * Page views over every seeded page: as readers spread them, most on a few
 * popular pages (popularity.ts), and spread evenly, each page once in turn,
 * which no memory could help with. The app keeps the pages most read, so the
 * two show what it does with what it keeps and with what it must read.
 */
function pageViewPaths(sample: Sample) {
  const paths = sample.pageIds.map((id) => `/pages/${id}`);
  const popular = popularRequests(paths, pageViews);
  const pages = paths.length.toLocaleString('en-GB');
  const topShare = Math.round(shareOfMostRequested(popular, 4000) * 100);
  return {
    popular: { paths: popular, described: `${pages} pages read by popularity, the most-read 4,000 getting ${topShare}% of views` },
    spread: { paths: shuffled(paths), described: `${pages} pages, each in turn` },
  };
}

/** Seeds, starts the app on one database, measures the chosen routes; returns the home page it served. */
async function benchDatabase(kind: DatabaseKind, rows: Measured[]): Promise<Page> {
  const withContent = measures('page') || measures('page-spread') || measures('news') || measures('news-pages');
  const content = withContent ? contentSize : { pages: 0, news: 0 };
  log(
    `${kind}: seeding ${staff.toLocaleString('en-GB')} staff${withContent ? `, ${content.pages.toLocaleString('en-GB')} pages and ${content.news.toLocaleString('en-GB')} news items` : ''}`,
  );
  const database = await createBenchDatabase(kind);
  return withCleanup(database.dispose, async () => {
    const { seconds, sample } = await seedDatabase(database, staff, password, browseSample, content);
    log(`${kind}: seeded in ${seconds.toFixed(1)} s; starting the server`);
    const server = await startApp(database, nodeArgs);
    return withCleanup(server.stop, async () => {
      const cookie = await signIn(server.url, adminEmail, password);
      const home = await fetchPage(`${server.url}/`, cookie);
      const browse = browsePaths(sample);
      // One page of each kind first, so that a page that fails says why rather than only counting as non-2xx.
      if (measures('people')) await fetchPage(`${server.url}/people`, cookie);
      if (measures('browse')) {
        const [unit, person] = [sample.unitIds[0], sample.personIds[0]];
        if (!unit || !person) throw new Error('the seeded council has no units or people to browse');
        await fetchPage(`${server.url}/teams/${unit}`, cookie);
        await fetchPage(`${server.url}/people/${person}`, cookie);
      }
      const pages = pageViewPaths(sample);
      if (measures('page')) await fetchPage(`${server.url}${pages.popular.paths[0] ?? '/pages/none'}`, cookie);
      if (measures('news')) await fetchPage(`${server.url}/news?page=2`, cookie);
      const signedIn = { cookie };
      if (measures('sign-in')) rows.push(await measureOn(server, routeLabels['sign-in'], kind, ['/sign-in'], {}));
      if (measures('home')) rows.push(await measureOn(server, routeLabels.home, kind, ['/'], signedIn));
      if (measures('people')) rows.push(await measureOn(server, routeLabels.people, kind, ['/people'], signedIn));
      if (measures('browse')) rows.push(await measureOn(server, routeLabels.browse, kind, browse, signedIn));
      for (const [name, { paths, described }] of [
        ['page', pages.popular],
        ['page-spread', pages.spread],
        ['news', { paths: newsPaths, described: undefined }],
        ['news-pages', { paths: laterNewsPaths, described: undefined }],
      ] as const) {
        if (!measures(name)) continue;
        rows.push(await measureOn(server, routeLabels[name], kind, paths, signedIn, undefined, described));
        const rate = contentTargets.minReqPerSec;
        rows.push(await measureOn(server, atTargetRate(routeLabels[name]), kind, paths, signedIn, rate, described));
      }
      return home;
    });
  });
}

cleanUpOnInterrupt(() => log('interrupted: stopping servers and removing bench databases'));

async function main(): Promise<number> {
  // autocannon, the server and PostgreSQL already share the cores; anything else skews the figures.
  const busy = await cpuBusyPercent(1000);
  if (busy > 15) log(`warning: the CPUs were ${busy.toFixed(0)}% busy before the bench started; other work will lower the figures`);
  const measured: Measured[] = [];
  let home: Page | undefined;
  const failures: string[] = [];
  for (const kind of databases) {
    try {
      home = await benchDatabase(kind, measured);
    } catch (error) {
      // Ctrl-C: what failed was what the interrupt took away.
      if (wasInterrupted()) break;
      failures.push(`${kind}: ${(error as Error).message}`);
      log(`${kind} failed: ${(error as Error).message}`);
    }
  }
  if (wasInterrupted()) return 130;
  if (!home) {
    console.error(`No server could be measured:\n${failures.join('\n')}`);
    return 1;
  }
  let floor: Measured | undefined;
  if (measures('home')) {
    log(`floor: node:http serving the ${home.body.length.toLocaleString('en-GB')}-byte home page`);
    const floorServer = await startFloor(home.body, home.contentType);
    await withCleanup(floorServer.stop, async () => {
      floor = await measureOn(floorServer, routeLabels.home, 'none', ['/'], {});
      measured.push(floor);
    });
  }

  const rows: Row[] = measured.map((m) => ({
    route: m.route,
    database: m.database,
    reqPerSec: m.reqPerSec,
    p50Ms: m.p50Ms,
    p99Ms: m.p99Ms,
    responseKb: m.responseKb,
    serverCpuPct: m.cpu.server,
    postgresCpuPct: m.cpu.postgres,
    otherCpuPct: m.cpu.others,
    floorRatio: floor ? Math.round((m.reqPerSec / floor.reqPerSec) * 1000) / 1000 : null,
    rssMb: m.rssMb,
  }));
  mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
  writeFileSync(resultsFile, `${JSON.stringify(rows, null, 2)}\n`);

  const machine = `${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.versions.node}`;
  console.log(`\nGuildhall bench ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine}`);
  console.log(
    `${staff.toLocaleString('en-GB')} staff, ${load.connections} connections, ${load.durationSeconds} s after ${load.warmupSeconds} s warm-up\n`,
  );
  console.log(formatTable(rows));
  const disturbed = rows.filter((row) => row.otherCpuPct > disturbedAbovePct);
  if (disturbed.length) {
    console.log(
      `\nWARNING: other processes used more than ${disturbedAbovePct}% of a core while ${disturbed.length} of these rows were measured` +
        ` ("others %"); rerun on an idle machine before trusting them.`,
    );
  }
  const onPostgres = (name: RouteName) => {
    const route = routeLabels[name];
    const m = measured.find((m) => m.route === route && m.database === 'postgres');
    return [rows.find((row) => row.route === route && row.database === 'postgres'), m ? m.non2xx + m.errors : 0] as const;
  };
  const atRateOnPostgres = (name: RouteName) => {
    const route = atTargetRate(routeLabels[name]);
    const m = measured.find((m) => m.route === route && m.database === 'postgres');
    const saturated = measured.find((m) => m.route === routeLabels[name] && m.database === 'postgres');
    const bad = (m ? m.non2xx + m.errors : 0) + (saturated ? saturated.non2xx + saturated.errors : 0);
    return [rows.find((row) => row.route === route && row.database === 'postgres'), bad] as const;
  };
  const verdicts: Verdict[] = [
    ...(measures('home') ? judgeHome(...onPostgres('home')) : skipped(routeLabels.home)),
    ...(measures('people') ? judgeDirectory(routeLabels.people, ...onPostgres('people')) : skipped(routeLabels.people)),
    ...(measures('browse') ? judgeDirectory(routeLabels.browse, ...onPostgres('browse')) : skipped(routeLabels.browse)),
    ...(['page', 'news'] as const).flatMap((name) =>
      measures(name) ? judgeContent(routeLabels[name], onPostgres(name)[0], ...atRateOnPostgres(name)) : skipped(routeLabels[name]),
    ),
  ];
  console.log(`\nTargets (signed in, on PostgreSQL):`);
  for (const verdict of verdicts) console.log(`${verdict.outcome}  ${verdict.text}`);
  console.log(`\nWrote ${resultsFile.pathname}`);
  if (profileDir) console.log(`CPU profiles of the app server: ${resolve(profileDir)}`);
  return verdicts.some((verdict) => verdict.outcome === 'FAIL') ? 1 : 0;
}

process.exitCode = await main();

import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ChildServer } from './child.ts';
import { startFloor } from './floor.ts';
import { type LoadSettings, type Measurement, measure } from './measure.ts';
import { type Row, formatTable, judge } from './report.ts';
import { type DatabaseKind, type Page, adminEmail, fetchPage, prepareDatabase, signIn, startApp } from './target-server.ts';

const usage = `usage: npm run bench -- [--staff 10000] [--duration 10] [--warmup 3] [--connections 32]
                      [--databases pglite,postgres] [--cpu-prof-dir DIR]`;

function positiveInteger(name: string, value: string | undefined): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < (name === 'warmup' ? 0 : 1)) {
    console.error(`--${name} must be a whole number; it is ${JSON.stringify(value)}\n${usage}`);
    process.exit(2);
  }
  return number;
}

const { values } = parseArgs({
  options: {
    staff: { type: 'string', default: '10000' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '32' },
    databases: { type: 'string', default: 'pglite,postgres' },
    // Profiles the app server (node --cpu-prof); one .cpuprofile per database, written when it stops.
    'cpu-prof-dir': { type: 'string' },
  },
});
const staff = positiveInteger('staff', values.staff);
const load: LoadSettings = {
  connections: positiveInteger('connections', values.connections),
  warmupSeconds: positiveInteger('warmup', values.warmup),
  durationSeconds: positiveInteger('duration', values.duration),
};
const databases = values.databases.split(',').map((name) => name.trim());
for (const name of databases) {
  if (name !== 'pglite' && name !== 'postgres') {
    console.error(`--databases takes pglite and/or postgres; it has ${JSON.stringify(name)}\n${usage}`);
    process.exit(2);
  }
}
const profileDir = values['cpu-prof-dir'];
const nodeArgs = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${resolve(profileDir)}`] : [];
const password = randomBytes(18).toString('base64url');
const resultsFile = new URL('./results/latest.json', import.meta.url);

const log = (line: string) => console.error(`[bench] ${line}`);

type Measured = Omit<Row, 'floorRatio'> & Measurement;

async function measureOn(
  server: ChildServer,
  route: string,
  database: Row['database'],
  headers: Record<string, string>,
): Promise<Measured> {
  const path = route.replace(/^GET /, '');
  log(`${route} on ${database}: ${load.warmupSeconds} s warm-up, ${load.durationSeconds} s at ${load.connections} connections`);
  const result = await measure(`${server.url}${path}`, headers, load);
  const died = server.exitReason();
  if (died) throw new Error(`the server stopped (${died}) while ${route} was measured:\n${server.output()}`);
  if (result.non2xx || result.errors) log(`  warning: ${result.non2xx} non-2xx responses, ${result.errors} errors`);
  return { route, database, ...result, rssMb: server.rssMb() };
}

/** Seeds, starts the app on one database, measures both routes; returns the home page it served. */
async function benchDatabase(kind: DatabaseKind, rows: Measured[]): Promise<Page> {
  log(`${kind}: seeding ${staff.toLocaleString('en-GB')} staff`);
  const { database, seconds } = await prepareDatabase(kind, staff, password);
  log(`${kind}: seeded in ${seconds.toFixed(1)} s; starting the server`);
  return withCleanup(database.dispose, async () => {
    const server = await startApp(database, nodeArgs);
    return withCleanup(server.stop, async () => {
      const cookie = await signIn(server.url, adminEmail, password);
      const home = await fetchPage(`${server.url}/`, cookie);
      rows.push(await measureOn(server, 'GET /sign-in', kind, {}));
      rows.push(await measureOn(server, 'GET /', kind, { cookie }));
      return home;
    });
  });
}

// Undone in reverse order at the end of each step, or on Ctrl-C: servers stop, databases go.
const cleanups: (() => Promise<void>)[] = [];

async function withCleanup<T>(cleanup: () => Promise<void>, work: () => Promise<T>): Promise<T> {
  cleanups.push(cleanup);
  try {
    return await work();
  } finally {
    cleanups.splice(cleanups.indexOf(cleanup), 1);
    await cleanup();
  }
}

process.once('SIGINT', () => {
  log('interrupted: stopping servers and removing bench databases');
  void (async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    process.exit(130);
  })();
});

/** How busy all cores are over `ms`, from the kernel's CPU time counters. */
async function cpuBusyPercent(ms: number): Promise<number> {
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

async function main(): Promise<number> {
  // autocannon, the server and PostgreSQL already share the cores; anything else skews the figures.
  const busy = await cpuBusyPercent(1000);
  if (busy > 15) log(`warning: the CPUs were ${busy.toFixed(0)}% busy before the bench started; other work will lower the figures`);
  const measured: Measured[] = [];
  let home: Page | undefined;
  const failures: string[] = [];
  for (const kind of databases as DatabaseKind[]) {
    try {
      home = await benchDatabase(kind, measured);
    } catch (error) {
      failures.push(`${kind}: ${(error as Error).message}`);
      log(`${kind} failed: ${(error as Error).message}`);
    }
  }
  if (!home) {
    console.error(`No server could be measured:\n${failures.join('\n')}`);
    return 1;
  }
  log(`floor: node:http serving the ${home.body.length.toLocaleString('en-GB')}-byte home page`);
  const floorServer = await startFloor(home.body, home.contentType);
  await withCleanup(floorServer.stop, async () => {
    measured.push(await measureOn(floorServer, 'GET /', 'none', {}));
  });

  const floor = measured[measured.length - 1] as Measured;
  const rows: Row[] = measured.map((m) => ({
    route: m.route,
    database: m.database,
    reqPerSec: m.reqPerSec,
    p50Ms: m.p50Ms,
    p99Ms: m.p99Ms,
    floorRatio: Math.round((m.reqPerSec / floor.reqPerSec) * 1000) / 1000,
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
  const target = measured.find((m) => m.route === 'GET /' && m.database === 'postgres');
  const verdicts = judge(
    rows.find((row) => row.route === 'GET /' && row.database === 'postgres'),
    target ? target.non2xx + target.errors : 0,
  );
  console.log(`\nTargets (signed-in home page on PostgreSQL):`);
  for (const verdict of verdicts) console.log(`${verdict.pass ? 'PASS' : 'FAIL'}  ${verdict.text}`);
  console.log(`\nWrote ${resultsFile.pathname}`);
  if (profileDir) console.log(`CPU profiles of the app server: ${resolve(profileDir)}`);
  return verdicts.every((verdict) => verdict.pass) ? 0 : 1;
}

process.exitCode = await main();

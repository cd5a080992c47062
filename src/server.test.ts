import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './db/database.ts';
import { createScratchDatabase } from './testing/scratch-database.ts';

// These start the real server and CLI as a person would, with `node src/…`.
const serverUrl = process.env.DATABASE_URL;
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** A fresh store: a temp DATA_DIR, plus a scratch database when running against PostgreSQL. */
async function freshStore(): Promise<Record<string, string>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'guildhall-test-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  if (!serverUrl) return { DATA_DIR: dataDir };
  const scratch = await createScratchDatabase(serverUrl);
  cleanups.push(scratch.drop);
  return { DATA_DIR: dataDir, DATABASE_URL: scratch.url };
}

/** Only what a shell would give: Vitest's own variables (BASE_URL among them) must not leak in. */
function baseEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'development', LOG_LEVEL: 'warn', HOST: '127.0.0.1', ...extra };
}

interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<Finished> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Starts the server and resolves with its output once it says it is running. */
function startServer(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; output: () => string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['src/server.ts'], { env });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 40_000);
    const onData = (chunk: Buffer) => {
      output += chunk;
      if (output.includes('Guildhall is running at')) {
        clearTimeout(timer);
        resolve({ child, output: () => output });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', () => reject(new Error(`server exited:\n${output}`)));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('close', resolve));
  child.kill('SIGTERM');
  await exited;
}

describe('npm start', () => {
  it('migrates, loads the demo councils once, listens on PORT and prints the demo sign-in', { timeout: 120_000 }, async () => {
    const env = baseEnv({ ...(await freshStore()), PORT: '3301' });
    const first = await startServer(env);
    expect(first.output()).toContain('Guildhall is running at http://localhost:3301');
    expect(first.output()).toContain('admin@harbridge.example');
    expect(first.output()).toContain('guildhall-demo');
    const ready = await fetch('http://127.0.0.1:3301/health/ready');
    expect(await ready.json()).toEqual({ status: 'ok', database: 'ok' });
    await stop(first.child);

    const second = await startServer({ ...env, LOG_LEVEL: 'info' });
    await stop(second.child);
    expect(second.output()).not.toContain('demo data loaded');
    const database = await openDatabase({ databaseUrl: env.DATABASE_URL, pgliteDir: join(env.DATA_DIR as string, 'db') });
    const orgs = await database.db.selectFrom('organisations').select('code').orderBy('code').execute();
    const people = await database.db
      .selectFrom('users')
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    await database.close();
    expect(orgs.map((org) => org.code)).toEqual(['aberlyn', 'harbridge']);
    expect(Number(people.n)).toBeGreaterThanOrEqual(260);
  });

  it('never loads demo data in production', { timeout: 60_000 }, async () => {
    const env = baseEnv({ ...(await freshStore()), PORT: '3302', NODE_ENV: 'production', SESSION_SECRET: 'p'.repeat(40) });
    const server = await startServer(env);
    expect(server.output()).not.toContain('guildhall-demo');
    await stop(server.child);
    const database = await openDatabase({ databaseUrl: env.DATABASE_URL, pgliteDir: join(env.DATA_DIR as string, 'db') });
    const orgs = await database.db.selectFrom('organisations').select('code').execute();
    await database.close();
    expect(orgs).toEqual([]);
  });

  it.each([
    [{ PORT: 'eighty' }, /^Guildhall cannot start: PORT must be a whole number from 1 to 65535; it is "eighty"$/],
    [{ NODE_ENV: 'production' }, /^Guildhall cannot start: SESSION_SECRET must be set in production/],
    [
      { DATABASE_URL: 'postgres://guildhall:hunter2@127.0.0.1:1/guildhall' },
      /^Guildhall cannot start: DATABASE_URL: cannot connect to 127\.0\.0\.1:1\/guildhall \(ECONNREFUSED\)$/,
    ],
  ])('stops on a bad setting with one clear line: %o', { timeout: 30_000 }, async (settings, message) => {
    const result = await run(['src/server.ts'], baseEnv({ DATA_DIR: '/nonexistent-guildhall', ...settings }));
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(result.stderr).not.toContain('hunter2');
  });
});

describe('guildhall CLI', () => {
  it('migrates, creates an organisation and a person, and loads demo data only into an empty database', { timeout: 60_000 }, async () => {
    const env = baseEnv(await freshStore());
    const cli = (...args: string[]) => run(['src/cli.ts', ...args], env);
    expect((await cli('migrate')).stdout).toContain('up to date');
    expect((await cli('org:create', '--code', 'testshire', '--name', 'Testshire Council', '--colour', '#1d70b8')).code).toBe(0);
    const person = await cli('user:create', '--org', 'testshire', '--email', 'Jo@Testshire.example', '--name', 'Jo Bloggs', '--admin');
    expect(person.code).toBe(0);
    expect(person.stdout).toMatch(/Created jo@testshire\.example in testshire\.\nTheir password is: \S{12,}/);
    const duplicate = await cli('user:create', '--org', 'testshire', '--email', 'jo@testshire.example', '--name', 'Jo Again');
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr.trim()).toBe('guildhall user:create: someone with email jo@testshire.example already exists');
    const pale = await cli('org:create', '--code', 'pale', '--name', 'Pale Council', '--colour', '#ffff00');
    expect(pale.stderr).toContain('Choose a darker brand colour: white text on it must be readable');
    expect((await cli('demo')).stdout).toContain('nothing loaded');
    expect((await cli('no-such-command')).code).toBe(2);
  });

  it('loads the demo councils into an empty database', { timeout: 60_000 }, async () => {
    const env = baseEnv(await freshStore());
    const result = await run(['src/cli.ts', 'demo'], env);
    expect(result.stdout).toContain('Demo data loaded');
    const refused = await run(['src/cli.ts', 'demo'], { ...env, NODE_ENV: 'production', SESSION_SECRET: 'p'.repeat(40) });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('never loaded when NODE_ENV=production');
  });

  it('prints the audit chains’ heads, verifies them, and names where a kept head shows truncation', { timeout: 60_000 }, async () => {
    const env = baseEnv(await freshStore());
    const cli = (...args: string[]) => run(['src/cli.ts', ...args], env);
    await cli('org:create', '--code', 'ledgershire', '--name', 'Ledgershire Council');
    await cli(
      'user:create',
      '--org',
      'ledgershire',
      '--email',
      'a@ledgershire.example',
      '--name',
      'A',
      '--password',
      'long enough password',
    );
    const head = await cli('audit:head');
    expect(head.code).toBe(0);
    const heads = JSON.parse(head.stdout) as Record<string, { seq: number; hash: string }>;
    expect(heads.ledgershire).toMatchObject({ seq: 2, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const verified = await cli('audit:verify', '--org', 'ledgershire');
    expect(verified.code).toBe(0);
    expect(verified.stdout).toContain(`ledgershire: ok, 2 events, head 2 ${heads.ledgershire?.hash}`);

    const headFile = join(env.DATA_DIR as string, 'kept-head.json');
    writeFileSync(headFile, JSON.stringify({ ledgershire: { seq: 3, hash: heads.ledgershire?.hash } }));
    const truncated = await cli('audit:verify', '--head', headFile);
    expect(truncated.code).toBe(1);
    expect(truncated.stderr).toContain('ledgershire: BROKEN at sequence 3: chain ends at 2, but the kept head is 3');
    writeFileSync(headFile, 'not json');
    expect((await cli('audit:verify', '--head', headFile)).stderr.trim()).toBe('guildhall audit:verify: the head file is not JSON');
  });
});

describe('the start flags', () => {
  it('are flags Node accepts: the heap limits in NODE_OPTIONS, the V8 flag on the command line', async () => {
    const { config } = (await import('../package.json', { with: { type: 'json' } })).default as {
      config: { nodeOptions: string; v8Flags: string };
    };
    const child = spawn(process.execPath, [...config.v8Flags.split(' '), '-e', 'process.exit(0)'], {
      env: { ...process.env, NODE_OPTIONS: config.nodeOptions },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

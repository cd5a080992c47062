import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScratchDatabase } from '../../testing/scratch-database.ts';

// The command as an operator runs it: `node src/cli.ts users:import FILE --org CODE`, on a store of its own.
const header = 'email,name,job title,team path,manager email,staff group';
const dataDir = mkdtempSync(join(tmpdir(), 'guildhall-import-cli-'));
let env: NodeJS.ProcessEnv;
let dropDatabase: (() => Promise<void>) | undefined;

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['src/cli.ts', ...args], { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function csvFile(name: string, lines: string[]): string {
  const file = join(dataDir, name);
  writeFileSync(file, [header, ...lines].join('\n'));
  return file;
}

beforeAll(async () => {
  // Only what a shell would give: Vitest's own variables must not leak in.
  env = { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'development', LOG_LEVEL: 'warn', DATA_DIR: dataDir };
  if (process.env.DATABASE_URL) {
    const scratch = await createScratchDatabase(process.env.DATABASE_URL);
    env.DATABASE_URL = scratch.url;
    dropDatabase = scratch.drop;
  }
  expect((await run(['org:create', '--code', 'imp', '--name', 'Import Council'])).code).toBe(0);
}, 60_000);

afterAll(async () => {
  await dropDatabase?.();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('guildhall users:import', () => {
  it('imports a file, then disables whoever a later file leaves out when asked', { timeout: 60_000 }, async () => {
    const first = csvFile('first.csv', [
      'lee@cli.test,Lee Jones,Crew Manager,Place/Waste,,manager',
      'sam@cli.test,Sam Okafor,,Place/Waste,lee@cli.test,frontline',
    ]);
    const imported = await run(['users:import', first, '--org', 'imp']);
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toContain(
      'Imported into imp: 2 added, 0 updated (0 of them enabled again), 0 unchanged, 0 disabled, 2 teams created.',
    );
    expect(imported.code).toBe(0);

    const second = csvFile('second.csv', ['lee@cli.test,Lee Jones,Crew Manager,Place/Waste,,manager']);
    const disabled = await run(['users:import', '--disable-missing', second, '--org', 'imp']);
    expect(disabled.stdout).toContain('1 unchanged, 1 disabled');
    expect(disabled.code).toBe(0);
  });

  it('writes nothing and lists every problem by line and column', { timeout: 60_000 }, async () => {
    const bad = csvFile('bad.csv', [
      'new@cli.test,New,,,,frontline',
      'a@cli.test,A,,,b@cli.test,boss',
      'b@cli.test,B,,,a@cli.test,manager',
    ]);
    const refused = await run(['users:import', bad, '--org', 'imp']);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('guildhall users:import: nothing was imported.');
    expect(refused.stderr).toContain('Line 3, column “staff group”: “boss” is not a staff group');
    expect(refused.stderr).toContain(
      'Line 3, column “manager email”: line management would go round in a loop: a@cli.test → b@cli.test → a@cli.test',
    );
    const again = await run(['users:import', csvFile('new.csv', ['new@cli.test,New,,,,frontline']), '--org', 'imp']);
    expect(again.stdout).toContain('1 added');
  });

  it('says what is missing from the command', { timeout: 60_000 }, async () => {
    expect((await run(['users:import', '--org', 'imp'])).stderr).toContain('name the CSV file');
    expect((await run(['users:import', join(dataDir, 'none.csv'), '--org', 'imp'])).stderr).toContain('cannot read the file');
    expect((await run(['users:import', join(dataDir, 'first.csv'), '--org', 'nope'])).stderr).toContain(
      'no organisation has the code "nope"',
    );
  });
});

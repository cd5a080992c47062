#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { configOrExit, exitOnSetupError, openMigratedDatabase } from './bootstrap.ts';
import type { Config } from './config.ts';
import type { DatabaseHandle } from './db/database.ts';
import { currentHeads, HeadFileError, parseKeptHeads, verifyLedger } from './features/audit/audit.service.ts';
import { demoPassword, loadDemoDataIfEmpty } from './features/demo/demo.load.ts';
import { diskFileStore } from './platform/files.ts';
import { fileArgument, importUsersCommand } from './features/import/import.cli.ts';
import { createOrganisation, findOrganisationByCode } from './features/organisations/organisations.service.ts';
import { createPerson, isStaffGroup } from './features/people/people.service.ts';
import { InvalidInputError } from './platform/errors.ts';
import { randomToken } from './platform/tokens.ts';

const usage = `Usage: guildhall <command> [options]

Commands:
  migrate                      apply database migrations
  demo                         load the demo councils into an empty database
  org:create --code CODE --name NAME [--name-cy NAME] [--colour #RRGGBB] [--locale en|cy]
  user:create --org CODE --email EMAIL --name NAME [--job-title TITLE]
              [--staff-group GROUP] [--admin] [--platform-admin] [--password PASSWORD]
              (without --password a random one is generated and printed once)
  users:import FILE --org CODE [--disable-missing]
                               add or update the organisation's people from a staff CSV (columns: email, name,
                               job title, team path, manager email, staff group); all or nothing. With
                               --disable-missing, people not in the file are disabled and signed out
  audit:head                   print where each organisation's audit chain ends, as JSON to keep elsewhere
  audit:verify [--org CODE] [--head FILE]
                               recompute the audit chains; with a kept head file, also detect truncation

Settings come from the environment, as for the server (DATA_DIR, DATABASE_URL, ...).`;

type Options = Record<string, string | boolean | undefined>;
type Command = (database: DatabaseHandle, options: Options, config: Config) => Promise<string>;

const text = (options: Options, name: string): string | undefined => {
  const value = options[name];
  return typeof value === 'string' ? value : undefined;
};

function required(options: Options, name: string): string {
  const value = text(options, name);
  if (!value) throw new InvalidInputError(`--${name} is required`);
  return value;
}

const commands: Record<string, Command> = {
  migrate: async () => 'Database is up to date.',
  demo: async (database, _options, config) => {
    if (config.env === 'production') throw new InvalidInputError('demo data is never loaded when NODE_ENV=production');
    const loaded = await loadDemoDataIfEmpty(database.db, diskFileStore(join(config.dataDir, 'files')));
    return loaded
      ? `Demo data loaded. Every demo password is "${demoPassword}".`
      : 'The database already has organisations: nothing loaded.';
  },
  'org:create': async (database, options) => {
    const locale = text(options, 'locale');
    if (locale && locale !== 'en' && locale !== 'cy') throw new InvalidInputError('--locale must be en or cy');
    const org = await createOrganisation(database.db, {
      code: required(options, 'code'),
      name: required(options, 'name'),
      nameCy: text(options, 'name-cy'),
      brandColour: text(options, 'colour'),
      defaultLocale: locale as 'en' | 'cy' | undefined,
    });
    return `Created organisation ${org.code} (${org.name}).`;
  },
  'user:create': async (database, options) => {
    const org = await findOrganisationByCode(database.db, required(options, 'org'));
    if (!org) throw new InvalidInputError(`no organisation has the code "${text(options, 'org')}"`);
    const staffGroup = text(options, 'staff-group') ?? 'manager';
    if (!isStaffGroup(staffGroup))
      throw new InvalidInputError(`--staff-group must be one of senior_leader, head_of_service, manager, frontline, councillor, partner`);
    const given = text(options, 'password');
    const password = given ?? randomToken(12);
    const person = await createPerson(database.db, {
      orgId: org.id,
      email: required(options, 'email'),
      displayName: required(options, 'name'),
      jobTitle: text(options, 'job-title'),
      staffGroup,
      role: options.admin ? 'org_admin' : 'member',
      platformAdmin: Boolean(options['platform-admin']),
      password,
    });
    return `Created ${person.email} in ${org.code}.${given ? '' : `\nTheir password is: ${password}`}`;
  },
  'users:import': async (database, options) =>
    importUsersCommand(database.db, {
      file: fileArgument(process.argv.slice(2)),
      org: text(options, 'org'),
      disableMissing: options['disable-missing'] === true,
    }),
  'audit:head': async (database) => JSON.stringify(await currentHeads(database.db), null, 2),
  'audit:verify': async (database, options) => {
    const headFile = text(options, 'head');
    const kept = headFile ? parseKeptHeads(readHeadFile(headFile)) : undefined;
    const reports = await verifyLedger(database.db, { orgCode: text(options, 'org'), kept });
    if (text(options, 'org') && reports.length === 0) throw new InvalidInputError(`no organisation has the code "${text(options, 'org')}"`);
    const broken = reports.filter((report) => report.problem);
    const lines = reports.map((report) =>
      report.problem
        ? `${report.code}: BROKEN at sequence ${report.problem.seq}: ${report.problem.reason}`
        : `${report.code}: ok, ${report.events} events, head ${report.head.seq} ${report.head.hash}`,
    );
    if (broken.length) throw new LedgerBrokenError(lines.join('\n'));
    return lines.join('\n');
  },
};

class LedgerBrokenError extends InvalidInputError {}

function readHeadFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new InvalidInputError(`cannot read the head file ${path}`);
  }
}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: Object.fromEntries(
      ['code', 'name', 'name-cy', 'colour', 'locale', 'org', 'email', 'job-title', 'staff-group', 'password', 'head'].map((name) => [
        name,
        { type: 'string' as const },
      ]),
    ) as Record<string, { type: 'string' }>,
    strict: false,
  });
  const command = commands[positionals[0] ?? ''];
  if (!command || values.help) {
    console.log(usage);
    return command || values.help ? 0 : 2;
  }
  const config = configOrExit();
  const database = await openMigratedDatabase(config).catch(exitOnSetupError);
  try {
    console.log(await command(database, values, config));
    return 0;
  } catch (error) {
    if (error instanceof LedgerBrokenError) {
      console.error(error.message);
      return 1;
    }
    if (!(error instanceof InvalidInputError) && !(error instanceof HeadFileError)) throw error;
    console.error(`guildhall ${positionals[0]}: ${error.message}`);
    return 1;
  } finally {
    await database.close();
  }
}

process.exitCode = await main(process.argv.slice(2));

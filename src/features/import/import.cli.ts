import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Db } from '../../db/database.ts';
import { InvalidInputError } from '../../platform/errors.ts';
import { translatorFor } from '../../platform/i18n.ts';
import { findOrganisationByCode } from '../organisations/organisations.service.ts';
import { importStaff } from './import.service.ts';

/** The file named after the command: `guildhall users:import FILE --org CODE`. */
export function fileArgument(argv: readonly string[]): string | undefined {
  const { positionals } = parseArgs({
    args: [...argv],
    options: { org: { type: 'string' }, 'disable-missing': { type: 'boolean' } },
    allowPositionals: true,
    strict: false,
  });
  return positionals[1];
}

function readCsv(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch {
    throw new InvalidInputError(`cannot read the file ${file}`);
  }
}

/** Runs an import as the system (no person acts), in English; any problem stops it with nothing written. */
export async function importUsersCommand(db: Db, args: { file?: string | undefined; org?: string | undefined; disableMissing: boolean }) {
  if (!args.file) throw new InvalidInputError('name the CSV file: guildhall users:import FILE --org CODE');
  if (!args.org) throw new InvalidInputError('--org is required');
  const org = await findOrganisationByCode(db, args.org);
  if (!org) throw new InvalidInputError(`no organisation has the code "${args.org}"`);
  const t = translatorFor('en');
  const outcome = await importStaff(
    db,
    {
      orgId: org.id,
      actorId: null,
      file: readCsv(args.file),
      disableMissing: args.disableMissing,
      mayCreateTeams: true,
      mayDisableAdmins: true,
    },
    t,
  );
  if (!outcome.ok)
    throw new InvalidInputError(`nothing was imported. Correct the file and run the command again:\n${outcome.problems.join('\n')}`);
  const { created, updated, unchanged, reenabled, disabled, teamsCreated } = outcome.counts;
  return (
    `Imported into ${org.code}: ${created} added, ${updated} updated (${reenabled} of them enabled again), ` +
    `${unchanged} unchanged, ${disabled} disabled, ${teamsCreated} teams created.`
  );
}

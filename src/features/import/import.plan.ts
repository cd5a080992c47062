import { randomUUID } from 'node:crypto';
import type { StaffGroup, UserRole } from '../../db/schema.ts';
import type { Translate } from '../../platform/i18n.ts';
import { describeLoop, findManagerLoops } from './import.managers.ts';
import { problemAt, type Problem, quoted } from './import.problems.ts';
import type { CheckedRow, RowLinks } from './import.rows.ts';
import { type ExistingUnit, type NewUnit, resolveTeams } from './import.teams.ts';

export interface ExistingPerson {
  id: string;
  email: string;
  display_name: string;
  job_title: string | null;
  team_id: string | null;
  staff_group: StaffGroup;
  manager_id: string | null;
  disabled_at: Date | null;
  role: UserRole;
}

/** What the organisation holds now, read in the import's own transaction. */
export interface Snapshot {
  people: ExistingPerson[];
  units: ExistingUnit[];
  /** Addresses in the file that belong to people of other organisations. */
  takenElsewhere: ReadonlySet<string>;
}

export interface PlanOptions {
  disableMissing: boolean;
  /** Whether missing teams may be made: changing the structure is for organisation admins (and the command line). */
  mayCreateTeams: boolean;
  /** Whether organisation admins missing from the file may be disabled: only by someone who may appoint admins. */
  mayDisableAdmins: boolean;
  /** Whoever imports, so that they cannot disable themselves; null from the command line. */
  importerId: string | null;
}

export type PersonWrite = Pick<ExistingPerson, 'id' | 'email' | 'display_name' | 'job_title' | 'team_id' | 'staff_group' | 'manager_id'>;

export interface ImportPlan {
  units: NewUnit[];
  created: PersonWrite[];
  /** People already here whose details change, or who come back from being disabled. */
  updated: PersonWrite[];
  unchanged: number;
  reenabled: string[];
  disabled: string[];
}

type Teams = ReturnType<typeof resolveTeams>;

interface Context {
  rows: readonly CheckedRow[];
  teams: Teams;
  /** Every line whose email is readable, problems or not: one bad cell should not hide the line's other problems. */
  links: readonly RowLinks[];
  snapshot: Snapshot;
  options: PlanOptions;
  byEmail: Map<string, ExistingPerson>;
  inFile: Set<string>;
  t: Translate;
}

function emailProblems(context: Context): Problem[] {
  const { t, links } = context;
  const first = new Map<string, number>();
  const problems: Problem[] = [];
  for (const { line, email } of links) {
    const earlier = first.get(email);
    if (earlier === undefined) first.set(email, line);
    else problems.push(problemAt(line, 'email', t('import.errors.emailTwice', { value: quoted(email), line: earlier })));
  }
  for (const row of links) {
    if (context.snapshot.takenElsewhere.has(row.email)) problems.push(problemAt(row.line, 'email', t('import.errors.otherOrganisation')));
  }
  return problems;
}

function managerProblems(context: Context): Problem[] {
  const { links, byEmail, inFile, options, t } = context;
  const problems: Problem[] = [];
  for (const row of links) {
    const manager = row.managerEmail;
    if (!manager || inFile.has(manager)) continue;
    const known = byEmail.get(manager);
    if (!known || known.disabled_at)
      problems.push(problemAt(row.line, 'managerEmail', t('import.errors.managerUnknown', { value: quoted(manager) })));
    else if (options.disableMissing)
      problems.push(problemAt(row.line, 'managerEmail', t('import.errors.managerLeaving', { value: quoted(manager) })));
  }
  return [...problems, ...loopProblems(context)];
}

function loopProblems(context: Context): Problem[] {
  const { links, byEmail, t } = context;
  const fileManager = new Map(links.map((link) => [link.email, link.managerEmail === link.email ? null : link.managerEmail]));
  const emailById = new Map(context.snapshot.people.map((person) => [person.id, person.email]));
  const managerOf = (email: string): string | null => {
    if (fileManager.has(email)) return fileManager.get(email) ?? null;
    const managerId = byEmail.get(email)?.manager_id;
    return managerId ? (emailById.get(managerId) ?? null) : null;
  };
  const lineOf = new Map(links.map((link) => [link.email, link.line]));
  return findManagerLoops(
    links.map((link) => link.email),
    managerOf,
  ).map((loop) => {
    // Reported once, on the loop's first line in the file.
    const line = loop.reduce((first, email) => Math.min(first, lineOf.get(email) ?? Infinity), Infinity);
    return problemAt(line, 'managerEmail', t('import.errors.managerLoop', { loop: describeLoop(loop) }));
  });
}

function teamProblems(context: Context): Problem[] {
  const { rows, teams, options, t } = context;
  if (options.mayCreateTeams || teams.created.length === 0) return [];
  const made = new Set(teams.created.map((unit) => unit.id));
  return rows.flatMap((row, index) =>
    made.has(teams.teamIds[index] ?? '')
      ? [problemAt(row.line, 'teamPath', t('import.errors.teamUnknown', { value: quoted(row.teamPath.join('/')) }))]
      : [],
  );
}

function importerProblems(context: Context): Problem[] {
  const { importerId, disableMissing } = context.options;
  if (!disableMissing || !importerId) return [];
  const importer = context.snapshot.people.find((person) => person.id === importerId);
  return importer && !context.inFile.has(importer.email) ? [problemAt(null, null, context.t('import.errors.wouldDisableYou'))] : [];
}

const sameDetails = (a: PersonWrite, b: ExistingPerson) =>
  a.display_name === b.display_name &&
  a.job_title === b.job_title &&
  a.team_id === b.team_id &&
  a.staff_group === b.staff_group &&
  a.manager_id === b.manager_id;

function buildPlan(context: Context): ImportPlan {
  const { rows, teams, byEmail, inFile, snapshot, options } = context;
  const idOf = new Map(rows.map((row) => [row.email, byEmail.get(row.email)?.id ?? randomUUID()]));
  const plan: ImportPlan = { units: teams.created, created: [], updated: [], unchanged: 0, reenabled: [], disabled: [] };
  rows.forEach((row, index) => {
    const managerId = row.managerEmail ? (idOf.get(row.managerEmail) ?? byEmail.get(row.managerEmail)?.id ?? null) : null;
    const write: PersonWrite = {
      id: idOf.get(row.email) as string,
      email: row.email,
      display_name: row.name,
      job_title: row.jobTitle,
      team_id: teams.teamIds[index] ?? null,
      staff_group: row.staffGroup,
      manager_id: managerId,
    };
    const existing = byEmail.get(row.email);
    if (!existing) plan.created.push(write);
    else if (existing.disabled_at || !sameDetails(write, existing)) plan.updated.push(write);
    else plan.unchanged += 1;
    if (existing?.disabled_at) plan.reenabled.push(existing.id);
  });
  if (options.disableMissing) {
    const mayDisable = (person: ExistingPerson) => options.mayDisableAdmins || person.role !== 'org_admin';
    plan.disabled = snapshot.people
      .filter((person) => !person.disabled_at && !inFile.has(person.email) && mayDisable(person))
      .map((person) => person.id);
  }
  return plan;
}

/**
 * Checks the file against itself and the organisation, then works out every
 * change. Either there are problems and no plan, or a plan that can be
 * written in one go.
 */
export function planImport(
  rows: readonly CheckedRow[],
  links: readonly RowLinks[],
  snapshot: Snapshot,
  options: PlanOptions,
  t: Translate,
): { plan: ImportPlan | null; problems: Problem[] } {
  const byEmail = new Map(snapshot.people.map((person) => [person.email, person]));
  const teams = resolveTeams(
    rows.map((row) => row.teamPath),
    snapshot.units,
  );
  const inFile = new Set(links.map((link) => link.email));
  const context: Context = { rows, teams, links, snapshot, options, byEmail, inFile, t };
  const problems = [...emailProblems(context), ...managerProblems(context), ...teamProblems(context), ...importerProblems(context)];
  return problems.length ? { plan: null, problems } : { plan: buildPlan(context), problems };
}

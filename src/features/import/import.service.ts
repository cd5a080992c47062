import type { Db } from '../../db/database.ts';
import { recordAudit } from '../../platform/audit.ts';
import { authorize, isAllowed } from '../../platform/authz.ts';
import type { Translate } from '../../platform/i18n.ts';
import type { Actor } from '../../platform/session.ts';
import type { RolesService } from '../roles/roles.service.ts';
import { decodeCsv, readRows } from './import.csv.ts';
import { type ImportPlan, planImport } from './import.plan.ts';
import { type Problem, describeProblems } from './import.problems.ts';
import {
  disablePeople,
  emailsTakenElsewhere,
  insertPeople,
  insertUnits,
  linkManagers,
  lockOrganisation,
  organisationPeople,
  organisationUnits,
  updatePeople,
} from './import.queries.ts';
import { type CheckedRow, checkRow, linksOf, type RowLinks } from './import.rows.ts';

export interface ImportRequest {
  orgId: string;
  /** Who imports, for the audit trail and so they cannot disable themselves; null from the command line. */
  actorId: string | null;
  file: Uint8Array;
  disableMissing: boolean;
  /** Whether teams missing from the structure may be created (organisation admins and the command line). */
  mayCreateTeams: boolean;
  mayDisableAdmins: boolean;
}

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
  reenabled: number;
  disabled: number;
  teamsCreated: number;
}

/** Either everything was written, or nothing was and `problems` says why, line by line. */
export type ImportOutcome = { ok: true; counts: ImportCounts } | { ok: false; problems: string[] };

/** The checks a file passes on its own, before the database is asked anything. */
function checkFile(file: Uint8Array, t: Translate): { rows: CheckedRow[]; links: RowLinks[]; problems: Problem[] } {
  const { text, problems: decodeProblems } = decodeCsv(file, t);
  if (text === null) return { rows: [], links: [], problems: decodeProblems };
  const read = readRows(text, t);
  const checked = read.rows.map((row) => checkRow(row, t));
  return {
    rows: checked.flatMap((result) => (result.row ? [result.row] : [])),
    links: read.rows.flatMap((row) => linksOf(row) ?? []),
    problems: [...read.problems, ...checked.flatMap((result) => result.problems)],
  };
}

function countsOf(plan: ImportPlan): ImportCounts {
  return {
    created: plan.created.length,
    updated: plan.updated.length,
    unchanged: plan.unchanged,
    reenabled: plan.reenabled.length,
    disabled: plan.disabled.length,
    teamsCreated: plan.units.length,
  };
}

async function writePlan(trx: Db, request: ImportRequest, plan: ImportPlan): Promise<ImportCounts> {
  const { orgId, actorId } = request;
  await insertUnits(trx, orgId, plan.units);
  await insertPeople(trx, orgId, plan.created);
  await updatePeople(trx, orgId, plan.updated);
  await linkManagers(trx, orgId, plan.created);
  await disablePeople(trx, orgId, plan.disabled);
  const counts = countsOf(plan);
  await recordAudit(trx, {
    orgId,
    actorId,
    action: 'people.imported',
    subjectType: 'organisation',
    subjectId: orgId,
    details: {
      created: counts.created,
      updated: counts.updated,
      unchanged: counts.unchanged,
      reenabled: counts.reenabled,
      disabled: counts.disabled,
      teams_created: counts.teamsCreated,
      disable_missing: request.disableMissing,
    },
  });
  // Access given back or taken away is recorded person by person, as the people pages do.
  for (const id of plan.reenabled) await recordAudit(trx, { orgId, actorId, action: 'user.enabled', subjectType: 'user', subjectId: id });
  for (const id of plan.disabled) await recordAudit(trx, { orgId, actorId, action: 'user.disabled', subjectType: 'user', subjectId: id });
  return counts;
}

/**
 * Imports a staff CSV into one organisation, all or nothing: the file is
 * checked whole, then checked against the organisation and written in one
 * transaction, so what was checked is what is written.
 */
export async function importStaff(db: Db, request: ImportRequest, t: Translate): Promise<ImportOutcome> {
  const file = checkFile(request.file, t);
  if (file.links.length === 0) return { ok: false, problems: describeProblems(file.problems, t) };
  return db.transaction().execute(async (trx): Promise<ImportOutcome> => {
    if (!(await lockOrganisation(trx, request.orgId))) throw new Error(`no organisation ${request.orgId}`);
    const snapshot = {
      people: await organisationPeople(trx, request.orgId),
      units: await organisationUnits(trx, request.orgId),
      takenElsewhere: await emailsTakenElsewhere(
        trx,
        request.orgId,
        file.links.map((link) => link.email),
      ),
    };
    const { plan, problems } = planImport(
      file.rows,
      file.links,
      snapshot,
      {
        disableMissing: request.disableMissing,
        importerId: request.actorId,
        mayCreateTeams: request.mayCreateTeams,
        mayDisableAdmins: request.mayDisableAdmins,
      },
      t,
    );
    const all = [...file.problems, ...problems];
    if (all.length || !plan) return { ok: false, problems: describeProblems(all, t) };
    return { ok: true, counts: await writePlan(trx, request, plan) };
  });
}

/** The import as the pages offer it: for organisation admins and the directory area's editors and owners. */
export function createImportService(db: Db, roles: RolesService) {
  /** Refuses (as not found) anyone who may not manage the directory's people; says whether they may also change its structure. */
  async function authorizeImport(actor: Actor): Promise<{ mayCreateTeams: boolean; mayDisableAdmins: boolean }> {
    const resource = await roles.resourceFor(actor, { orgId: actor.orgId, type: 'directory', id: null });
    authorize(actor, 'people:manage', resource);
    return {
      mayCreateTeams: isAllowed(actor, 'structure:manage', resource),
      mayDisableAdmins: isAllowed(actor, 'admins:appoint', resource),
    };
  }

  async function importAs(actor: Actor, upload: { file: Uint8Array; disableMissing: boolean }, t: Translate): Promise<ImportOutcome> {
    const rights = await authorizeImport(actor);
    return importStaff(db, { orgId: actor.orgId, actorId: actor.userId, ...rights, ...upload }, t);
  }

  return { authorizeImport, importAs };
}

export type ImportService = ReturnType<typeof createImportService>;

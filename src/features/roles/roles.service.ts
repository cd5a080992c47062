import type { Db } from '../../db/database.ts';
import type { AreaRole } from '../../db/schema.ts';
import { recordAudit } from '../../platform/audit.ts';
import { authorize, isAllowed } from '../../platform/authz.ts';
import { NotFoundError } from '../../platform/errors.ts';
import type { FieldError } from '../../platform/forms.ts';
import type { Translate } from '../../platform/i18n.ts';
import type { Actor } from '../../platform/session.ts';
import type { CheckedGrant } from './roles.forms.ts';
import { createAnnouncedCache } from '../../platform/announced-cache.ts';
import type { ChangeFeed } from '../../platform/changes.ts';
import { findUnit } from '../directory/directory.queries.ts';
import type { DirectorySnapshots } from '../directory/directory.snapshot.ts';
import { type Area, deleteGrant, findActivePersonByEmail, listGrants, listOrgGrants, replaceGrant } from './roles.queries.ts';
import { effectiveRole, type GrantRow, higherRole } from './roles.resolve.ts';

/** What managing each kind of area means. */
const manageAction = { team: 'team:manage', directory: 'people:manage', section: 'section:manage', news: 'content:publish' } as const;

/** What an actor may do on an area, given their role there: for pages that show or hide its controls. */
export function areaPermissions(actor: Actor, area: Area, role: AreaRole | null) {
  const resource = { orgId: area.orgId, areaRole: role };
  return {
    role,
    canViewRoles: isAllowed(actor, 'area:view-roles', resource),
    canGrant: isAllowed(actor, 'area:grant', resource),
    canManage: isAllowed(actor, manageAction[area.type], resource),
  };
}

/** Whose roles are asked for. */
type Person = { orgId: string; userId: string; teamId: string | null };

/** How many grants one process keeps across all organisations. */
const maxRememberedGrants = 100_000;

/**
 * Area roles. Each organisation's grants are read once and kept until the
 * database announces a change to them, and the units above someone's team come
 * from the directory's snapshot, so working out anyone's role costs no query:
 * a revoked role stops working on the next request, on every instance.
 */
export function createRolesService(deps: { db: Db; feed: ChangeFeed; snapshots: DirectorySnapshots }) {
  const { db, snapshots } = deps;
  const grants = createAnnouncedCache<GrantRow[]>(deps.feed, {
    maxSize: maxRememberedGrants,
    sizeOf: (rows) => rows.length,
    keyedBy: 'grants',
  });

  /**
   * The person's roles as they stand now, read once: for a page that judges
   * many areas (every section a search may show), which would otherwise look
   * up the grants and the person's teams again for each.
   */
  async function rolesOf(person: Person): Promise<(area: Area) => AreaRole | null> {
    const [rows = [], snapshot] = await Promise.all([
      grants.get(person.orgId, () => listOrgGrants(db, person.orgId)),
      snapshots.of(person.orgId),
    ]);
    const teamChain = person.teamId ? [person.teamId, ...snapshot.tree.ancestors(person.teamId).map((unit) => unit.id)] : [];
    // The highest role the person holds on the area or any it inherits from; none on another organisation's.
    return (area) => {
      if (person.orgId !== area.orgId) return null;
      let best = effectiveRole(rows, person, teamChain, area);
      for (const above of area.inheritsFrom ?? []) best = higherRole(best, effectiveRole(rows, person, teamChain, above));
      return best;
    };
  }

  /** The highest role the person holds on the area or any it inherits from; none on another organisation's. */
  async function roleOn(person: Person, area: Area): Promise<AreaRole | null> {
    return (await rolesOf(person))(area);
  }

  async function resourceFor(actor: Actor, area: Area) {
    return { orgId: area.orgId, areaRole: await roleOn(actor, area) };
  }

  /** What this actor may do on the area, for pages that show or hide its controls. */
  async function permissionsOn(actor: Actor, area: Area) {
    return areaPermissions(actor, area, await roleOn(actor, area));
  }

  async function grantsOn(actor: Actor, area: Area) {
    authorize(actor, 'area:view-roles', await resourceFor(actor, area));
    return listGrants(db, area);
  }

  /** Grants a role, replacing the grantee's earlier one; errors name the field to correct. */
  async function grant(actor: Actor, area: Area, input: CheckedGrant, t: Translate): Promise<FieldError[]> {
    authorize(actor, 'area:grant', await resourceFor(actor, area));
    const person = input.granteeEmail ? await findActivePersonByEmail(db, actor.orgId, input.granteeEmail) : undefined;
    if (input.granteeEmail && !person) return [{ field: 'granteeEmail', text: t('roles.personUnknown') }];
    if (input.granteeTeamId && !(await findUnit(db, actor.orgId, input.granteeTeamId)))
      return [{ field: 'granteeTeam', text: t('roles.teamUnknown') }];
    await db.transaction().execute(async (trx) => {
      const grantId = await replaceGrant(trx, area, {
        role: input.role,
        granteeUserId: person?.id ?? null,
        granteeTeamId: input.granteeTeamId,
        includeSubteams: input.includeSubteams,
        grantedBy: actor.userId,
      });
      await recordAudit(trx, {
        orgId: area.orgId,
        actorId: actor.userId,
        action: 'role.granted',
        subjectType: person ? 'user' : 'team',
        subjectId: person?.id ?? (input.granteeTeamId as string),
        details: { grant: grantId, area_type: area.type, area_id: area.id, role: input.role, include_subteams: input.includeSubteams },
      });
    });
    return [];
  }

  async function revoke(actor: Actor, area: Area, grantId: string): Promise<void> {
    authorize(actor, 'area:grant', await resourceFor(actor, area));
    await db.transaction().execute(async (trx) => {
      if (!(await deleteGrant(trx, area, grantId))) throw new NotFoundError();
      await recordAudit(trx, {
        orgId: area.orgId,
        actorId: actor.userId,
        action: 'role.revoked',
        subjectType: 'grant',
        subjectId: grantId,
        details: { area_type: area.type, area_id: area.id },
      });
    });
  }

  return { rolesOf, roleOn, resourceFor, permissionsOn, grantsOn, grant, revoke };
}

export type RolesService = ReturnType<typeof createRolesService>;

import type { Db } from '../../db/database.ts';
import { recordAudit } from '../../platform/audit.ts';
import { authorize, isAllowed } from '../../platform/authz.ts';
import { NotFoundError } from '../../platform/errors.ts';
import type { FieldError } from '../../platform/forms.ts';
import type { Translate } from '../../platform/i18n.ts';
import type { Actor } from '../../platform/session.ts';
import type { CheckedGrant } from './roles.forms.ts';
import { findUnit } from '../directory/directory.queries.ts';
import { type Area, deleteGrant, effectiveAreaRole, findActivePersonByEmail, listGrants, replaceGrant } from './roles.queries.ts';

export function createRolesService(db: Db) {
  /** The area as this actor may know it: a team of another organisation does not exist for them. */
  async function areaFor(actor: Actor, type: Area['type'], id: string | null): Promise<Area> {
    if (type === 'team' && !(id && (await findUnit(db, actor.orgId, id)))) throw new NotFoundError();
    return { orgId: actor.orgId, type, id };
  }

  async function resourceFor(actor: Actor, area: Area) {
    return { orgId: area.orgId, areaRole: await effectiveAreaRole(db, actor, area) };
  }

  /** What this actor may do on the area, for pages that show or hide its controls. */
  async function permissionsOn(actor: Actor, area: Area) {
    const resource = await resourceFor(actor, area);
    return {
      role: resource.areaRole,
      canViewRoles: isAllowed(actor, 'area:view-roles', resource),
      canGrant: isAllowed(actor, 'area:grant', resource),
      canManage: isAllowed(actor, area.type === 'team' ? 'team:manage' : 'people:manage', resource),
    };
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

  return { areaFor, permissionsOn, grantsOn, grant, revoke };
}

export type RolesService = ReturnType<typeof createRolesService>;

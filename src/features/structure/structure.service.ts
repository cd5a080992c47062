import type { Db } from '../../db/database.ts';
import { recordAudit } from '../../platform/audit.ts';
import { authorize, isAllowed } from '../../platform/authz.ts';
import { NotFoundError } from '../../platform/errors.ts';
import type { FieldError } from '../../platform/forms.ts';
import type { Translate } from '../../platform/i18n.ts';
import type { Actor } from '../../platform/session.ts';
import { findUnit } from '../directory/directory.queries.ts';
import type { RolesService } from '../roles/roles.service.ts';
import type { CheckedUnit } from './structure.forms.ts';
import { deleteUnit, insertUnit, siblingNamed, subtreeIds, unitDependants, updateUnit } from './structure.queries.ts';

/**
 * Directorates, services and teams. Organisation admins shape the structure
 * (add, move, remove); a unit's own editors and owners may rename it.
 */
export function createStructureService(db: Db, roles: RolesService) {
  const audit = (trx: Db, actor: Actor, action: string, unitId: string) =>
    recordAudit(trx, { orgId: actor.orgId, actorId: actor.userId, action, subjectType: 'team', subjectId: unitId });

  async function checkParent(actor: Actor, unit: CheckedUnit, t: Translate, movingId: string | null): Promise<FieldError[]> {
    if (!unit.parentId) return [];
    if (!(await findUnit(db, actor.orgId, unit.parentId))) return [{ field: 'parentId', text: t('structure.errors.parent') }];
    if (movingId && (await subtreeIds(db, actor.orgId, movingId)).has(unit.parentId))
      return [{ field: 'parentId', text: t('structure.errors.loop') }];
    return [];
  }

  async function checkName(
    actor: Actor,
    parentId: string | null,
    name: string,
    t: Translate,
    selfId: string | null,
  ): Promise<FieldError[]> {
    return (await siblingNamed(db, actor.orgId, parentId, name, selfId)) ? [{ field: 'name', text: t('structure.errors.nameTaken') }] : [];
  }

  async function create(actor: Actor, unit: CheckedUnit, t: Translate): Promise<{ id?: string; errors: FieldError[] }> {
    authorize(actor, 'structure:manage', { orgId: actor.orgId });
    const errors = await checkParent(actor, unit, t, null);
    if (!errors.length) errors.push(...(await checkName(actor, unit.parentId, unit.name, t, null)));
    if (errors.length) return { errors };
    const id = await db.transaction().execute(async (trx) => {
      const created = await insertUnit(trx, actor.orgId, {
        name: unit.name,
        name_cy: unit.nameCy,
        kind: unit.kind,
        parent_id: unit.parentId,
      });
      await audit(trx, actor, 'team.created', created);
      return created;
    });
    return { id, errors: [] };
  }

  /** What this actor may change on a unit: everything, only its names, or nothing (not found). */
  async function editRights(actor: Actor, id: string) {
    const existing = await findUnit(db, actor.orgId, id);
    if (!existing) throw new NotFoundError();
    authorize(actor, 'team:manage', await roles.resourceFor(actor, { orgId: actor.orgId, type: 'team', id }));
    const reshape = isAllowed(actor, 'structure:manage', { orgId: actor.orgId });
    return { existing, reshape };
  }

  async function update(actor: Actor, id: string, unit: CheckedUnit, t: Translate): Promise<FieldError[]> {
    const { existing, reshape } = await editRights(actor, id);
    const moved = unit.parentId !== existing.parent_id || unit.kind !== existing.kind;
    if (moved) authorize(actor, 'structure:manage', { orgId: actor.orgId });
    const errors = reshape ? await checkParent(actor, unit, t, id) : [];
    if (!errors.length) errors.push(...(await checkName(actor, moved ? unit.parentId : existing.parent_id, unit.name, t, id)));
    if (errors.length) return errors;
    await db.transaction().execute(async (trx) => {
      await updateUnit(trx, actor.orgId, id, {
        name: unit.name,
        name_cy: unit.nameCy,
        ...(moved ? { parent_id: unit.parentId, kind: unit.kind } : {}),
      });
      await audit(trx, actor, moved ? 'team.moved' : 'team.renamed', id);
    });
    return [];
  }

  /** Only an empty unit goes: people and sub-units must be moved first, so nobody is left without a team. */
  async function remove(actor: Actor, id: string, t: Translate): Promise<FieldError[]> {
    authorize(actor, 'structure:manage', { orgId: actor.orgId });
    if (!(await findUnit(db, actor.orgId, id))) throw new NotFoundError();
    const dependants = await unitDependants(db, actor.orgId, id);
    if (dependants.people || dependants.children) return [{ field: 'name', text: t('structure.errors.notEmpty', dependants) }];
    if (dependants.sections) return [{ field: 'name', text: t('structure.errors.ownsSections', dependants) }];
    await db.transaction().execute(async (trx) => {
      await audit(trx, actor, 'team.deleted', id);
      await deleteUnit(trx, actor.orgId, id);
    });
    return [];
  }

  return { create, editRights, update, remove };
}

export type StructureService = ReturnType<typeof createStructureService>;

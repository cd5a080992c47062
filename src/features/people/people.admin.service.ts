import type { Db } from '../../db/database.ts';
import type { Locale } from '../../db/schema.ts';
import { recordAudit } from '../../platform/audit.ts';
import { authorize, isAllowed } from '../../platform/authz.ts';
import { NotFoundError } from '../../platform/errors.ts';
import type { FieldError } from '../../platform/forms.ts';
import type { Translate } from '../../platform/i18n.ts';
import type { Actor } from '../../platform/session.ts';
import { deleteSessionsOfUser } from '../../platform/session.queries.ts';
import type { AuthService } from '../auth/auth.service.ts';
import { findUnit } from '../directory/directory.queries.ts';
import type { RolesService } from '../roles/roles.service.ts';
import type { CheckedPerson } from './people.forms.ts';
import {
  findPersonForEditing,
  findPersonIdByEmail,
  insertPerson,
  organisationNames,
  type PersonFields,
  searchPeople,
  setDisabled,
  updatePerson,
  wouldLoop,
} from './people.queries.ts';

export const peoplePageSize = 50;

/** People management for organisation admins and whoever runs the directory area. */
export function createPeopleAdmin(deps: { db: Db; auth: AuthService; roles: RolesService }) {
  const { db, auth, roles } = deps;

  async function resourceFor(actor: Actor) {
    return roles.resourceFor(actor, { orgId: actor.orgId, type: 'directory', id: null });
  }

  async function list(actor: Actor, query: string, page: number) {
    const resource = await resourceFor(actor);
    authorize(actor, 'people:manage', resource);
    const rows = await searchPeople(db, actor.orgId, query, (page - 1) * peoplePageSize, peoplePageSize);
    return {
      people: rows.slice(0, peoplePageSize),
      hasMore: rows.length > peoplePageSize,
      canAppointAdmins: isAllowed(actor, 'admins:appoint', resource),
    };
  }

  async function canAppointAdmins(actor: Actor) {
    const resource = await resourceFor(actor);
    authorize(actor, 'people:manage', resource);
    return isAllowed(actor, 'admins:appoint', resource);
  }

  async function forEditing(actor: Actor, id: string) {
    authorize(actor, 'people:manage', await resourceFor(actor));
    const person = await findPersonForEditing(db, actor.orgId, id);
    if (!person) throw new NotFoundError();
    return person;
  }

  /** Checks what only the database knows: the address is free, the team and manager are the organisation's own. */
  async function resolve(actor: Actor, input: CheckedPerson, t: Translate, personId: string | null) {
    const errors: FieldError[] = [];
    const holder = await findPersonIdByEmail(db, input.email);
    if (holder && holder.id !== personId) errors.push({ field: 'email', text: t('people.errors.emailTaken') });
    if (input.teamId && !(await findUnit(db, actor.orgId, input.teamId))) errors.push({ field: 'teamId', text: t('people.errors.team') });
    const manager = input.managerEmail ? await findPersonIdByEmail(db, input.managerEmail) : undefined;
    if (input.managerEmail && manager?.org_id !== actor.orgId)
      errors.push({ field: 'managerEmail', text: t('people.errors.managerUnknown') });
    else if (manager && personId && (manager.id === personId || (await wouldLoop(db, actor.orgId, personId, manager.id)))) {
      errors.push({ field: 'managerEmail', text: t('people.errors.managerLoop') });
    }
    const fields: PersonFields = {
      email: input.email,
      display_name: input.displayName,
      job_title: input.jobTitle,
      staff_group: input.staffGroup,
      team_id: input.teamId,
      manager_id: manager?.org_id === actor.orgId ? manager.id : null,
      phone: input.phone,
      location: input.location,
      working_pattern: input.workingPattern,
      skills: input.skills,
      ask_me_about: input.askMeAbout,
      role: input.orgAdmin ? 'org_admin' : 'member',
    };
    return { fields, errors };
  }

  /** Adds a person and emails them a link to choose their password. Returns their id, or what to correct. */
  async function create(actor: Actor, input: CheckedPerson, t: Translate, locale: Locale) {
    const resource = await resourceFor(actor);
    authorize(actor, 'people:manage', resource);
    if (input.orgAdmin) authorize(actor, 'admins:appoint', resource);
    const { fields, errors } = await resolve(actor, input, t, null);
    if (errors.length) return { errors };
    const id = await db.transaction().execute(async (trx) => {
      const person = await insertPerson(trx, actor.orgId, fields);
      await recordAudit(trx, {
        orgId: actor.orgId,
        actorId: actor.userId,
        action: 'user.created',
        subjectType: 'user',
        subjectId: person.id,
        details: { role: fields.role ?? 'member' },
      });
      await auth.sendPasswordLink(trx, { ...person, ...(await organisationNames(trx, actor.orgId)) }, locale, 'welcome');
      return person.id;
    });
    return { id, errors: [] };
  }

  async function update(actor: Actor, id: string, input: CheckedPerson, t: Translate) {
    const resource = await resourceFor(actor);
    const before = await forEditing(actor, id);
    const roleChanges = before.role !== (input.orgAdmin ? 'org_admin' : 'member');
    if (roleChanges) authorize(actor, 'admins:appoint', resource);
    const { fields, errors } = await resolve(actor, input, t, id);
    if (!roleChanges) delete fields.role;
    if (roleChanges && id === actor.userId) errors.push({ field: 'orgAdmin', text: t('people.errors.ownRole') });
    if (errors.length) return errors;
    const changed = (Object.keys(fields) as (keyof PersonFields)[]).filter(
      (key) => JSON.stringify(fields[key]) !== JSON.stringify(before[key as keyof typeof before]),
    );
    await db.transaction().execute(async (trx) => {
      await updatePerson(trx, actor.orgId, id, fields);
      await recordAudit(trx, {
        orgId: actor.orgId,
        actorId: actor.userId,
        action: roleChanges ? 'user.role_changed' : 'user.updated',
        subjectType: 'user',
        subjectId: id,
        details: { fields: changed.join(',') },
      });
    });
    return [];
  }

  /** Disabling ends every session the person has, in the same transaction. */
  async function setActive(actor: Actor, id: string, active: boolean): Promise<void> {
    const person = await forEditing(actor, id);
    if (id === actor.userId) throw new NotFoundError();
    // Locking an admin out is as strong as appointing one.
    if (person.role === 'org_admin') authorize(actor, 'admins:appoint', await resourceFor(actor));
    await db.transaction().execute(async (trx) => {
      await setDisabled(trx, actor.orgId, id, !active);
      if (!active) await deleteSessionsOfUser(trx, actor.orgId, id);
      await recordAudit(trx, {
        orgId: actor.orgId,
        actorId: actor.userId,
        action: active ? 'user.enabled' : 'user.disabled',
        subjectType: 'user',
        subjectId: id,
      });
    });
  }

  return { list, canAppointAdmins, forEditing, create, update, setActive };
}

export type PeopleAdmin = ReturnType<typeof createPeopleAdmin>;

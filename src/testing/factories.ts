import type { Db } from '../db/database.ts';
import type { StaffGroup, UserRole } from '../db/schema.ts';
import { createOrganisation } from '../features/organisations/organisations.service.ts';
import { createPerson } from '../features/people/people.service.ts';
import { randomToken } from '../platform/tokens.ts';

export const testPassword = 'correct horse battery staple';

export async function makeOrganisation(db: Db, overrides: { code?: string; name?: string; nameCy?: string } = {}) {
  const code =
    overrides.code ??
    `org-${randomToken(4)
      .toLowerCase()
      .replace(/[^a-z0-9]/g, 'x')}`;
  return createOrganisation(db, { code, name: overrides.name ?? `${code} Council`, nameCy: overrides.nameCy, brandColour: '#1d70b8' });
}

export async function makePerson(
  db: Db,
  orgId: string,
  overrides: { email?: string; name?: string; role?: UserRole; staffGroup?: StaffGroup } = {},
) {
  const email =
    overrides.email ??
    `person-${randomToken(6)
      .toLowerCase()
      .replace(/[^a-z0-9]/g, 'x')}@example.test`;
  const person = await createPerson(db, {
    orgId,
    email,
    displayName: overrides.name ?? 'Test Person',
    password: testPassword,
    role: overrides.role,
    staffGroup: overrides.staffGroup,
  });
  return { ...person, password: testPassword };
}

export async function makeUnit(
  db: Db,
  orgId: string,
  kind: 'directorate' | 'service' | 'team',
  name: string,
  parentId: string | null = null,
) {
  return db
    .insertInto('org_units')
    .values({ org_id: orgId, kind, name, parent_id: parentId })
    .returning(['id', 'name'])
    .executeTakeFirstOrThrow();
}

/** Puts a person in a team, optionally under a manager. */
export async function placePerson(db: Db, personId: string, teamId: string, managerId: string | null = null) {
  await db.updateTable('users').set({ team_id: teamId, manager_id: managerId }).where('id', '=', personId).execute();
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from './database.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { makeOrganisation, makePerson } from '../testing/factories.ts';

let database: DatabaseHandle;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

describe('tenancy', () => {
  it('refuses to store a person in a team of another organisation', async () => {
    const harbridge = await makeOrganisation(database.db);
    const aberlyn = await makeOrganisation(database.db);
    const team = await database.db
      .insertInto('org_units')
      .values({ org_id: aberlyn.id, kind: 'team', name: 'Highways' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const person = await makePerson(database.db, harbridge.id);
    await expect(database.db.updateTable('users').set({ team_id: team.id }).where('id', '=', person.id).execute()).rejects.toThrow(
      /foreign key/,
    );
  });

  it('refuses a session whose organisation is not its person’s', async () => {
    const home = await makeOrganisation(database.db);
    const other = await makeOrganisation(database.db);
    const person = await makePerson(database.db, home.id);
    await expect(
      database.db
        .insertInto('sessions')
        .values({ token_hash: 'x', org_id: other.id, user_id: person.id, expires_at: new Date(Date.now() + 60_000) })
        .execute(),
    ).rejects.toThrow(/foreign key/);
  });

  it('keeps one account per email address, whatever its case', async () => {
    const org = await makeOrganisation(database.db);
    await makePerson(database.db, org.id, { email: 'sam@example.test' });
    await expect(makePerson(database.db, org.id, { email: 'SAM@example.test' })).rejects.toThrow(/already exists/);
  });
});

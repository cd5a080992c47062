import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserClient } from '../../testing/browser-client.ts';
import { signedInBrowser } from '../../testing/browser-client.ts';
import { makeOrganisation, makePerson, makeUnit, placePerson } from '../../testing/factories.ts';
import { useAppWithOrganisation } from '../../testing/test-app.ts';
import { createDirectorySnapshots } from '../directory/directory.snapshot.ts';
import type { Area } from './roles.queries.ts';
import { createRolesService } from './roles.service.ts';

const t = useAppWithOrganisation('Harbridge Borough Council');
type Person = Awaited<ReturnType<typeof makePerson>>;
const people: Record<'admin' | 'owner' | 'colleague' | 'bystander' | 'subteamMember', Person> = {} as never;
const units: Record<'service' | 'team' | 'subteam', string> = {} as never;
let otherOrgPerson: Person;

const signedIn = (person: Person) => signedInBrowser(t.app, person);
/** The role as the app works it out, from its cached grants and structure, once its own changes have reached it. */
async function roleOf(person: { orgId: string; userId: string; teamId: string | null }, area: Area) {
  const feed = t.app.changes;
  await feed.caughtUp();
  const snapshots = createDirectorySnapshots({ db: t.database.db, feed });
  return createRolesService({ db: t.database.db, feed, snapshots }).roleOn(person, area);
}

async function grant(client: BrowserClient, path: string, form: Record<string, string>) {
  await client.get(path);
  return client.post(path, form);
}

beforeAll(async () => {
  const db = t.database.db;
  units.service = (await makeUnit(db, t.orgId, 'service', 'Waste and Recycling')).id;
  units.team = (await makeUnit(db, t.orgId, 'team', 'North Collection Crew', units.service)).id;
  units.subteam = (await makeUnit(db, t.orgId, 'team', 'North Crew Drivers', units.team)).id;
  people.admin = await makePerson(db, t.orgId, { role: 'org_admin', name: 'Alex Admin' });
  people.owner = await makePerson(db, t.orgId, { name: 'Olu Owner' });
  people.colleague = await makePerson(db, t.orgId, { name: 'Cai Colleague' });
  people.bystander = await makePerson(db, t.orgId, { name: 'Bea Bystander' });
  people.subteamMember = await makePerson(db, t.orgId, { name: 'Sid Subteam' });
  for (const person of [people.owner, people.colleague, people.bystander]) await placePerson(db, person.id, units.team);
  await placePerson(db, people.subteamMember.id, units.subteam);
  const other = await makeOrganisation(db);
  otherOrgPerson = await makePerson(db, other.id);
});

describe('area roles', () => {
  it('let an organisation admin make a team owner, who then delegates without the admin', async () => {
    const admin = await signedIn(people.admin);
    const made = await grant(admin, `/teams/${units.team}/roles`, { granteeEmail: people.owner.email, role: 'owner' });
    expect(made.statusCode).toBe(303);

    const owner = await signedIn(people.owner);
    const teamPage = await owner.get(`/teams/${units.team}`);
    expect(teamPage.body).toContain('Roles in this team');
    const delegated = await grant(owner, `/teams/${units.team}/roles`, { granteeEmail: people.colleague.email, role: 'editor' });
    expect(delegated.statusCode).toBe(303);
    const rolesPage = await owner.get(`/teams/${units.team}/roles`);
    expect(rolesPage.body).toMatch(/Cai Colleague[\s\S]*Editor/);

    const events = await t.database.db
      .selectFrom('audit_events')
      .select(['action', 'actor_id', 'subject_id'])
      .where('org_id', '=', t.orgId)
      .where('action', '=', 'role.granted')
      .execute();
    expect(events).toEqual(
      expect.arrayContaining([
        { action: 'role.granted', actor_id: people.admin.id, subject_id: people.owner.id },
        { action: 'role.granted', actor_id: people.owner.id, subject_id: people.colleague.id },
      ]),
    );
  });

  it('let an editor see the roles but not hand them out, and show nothing to others', async () => {
    const editor = await signedIn(people.colleague);
    expect((await editor.get(`/teams/${units.team}/roles`)).statusCode).toBe(200);
    await editor.get(`/teams/${units.team}/roles`);
    expect((await editor.post(`/teams/${units.team}/roles`, { granteeEmail: people.bystander.email, role: 'owner' })).statusCode).toBe(404);
    const bystander = await signedIn(people.bystander);
    expect((await bystander.get(`/teams/${units.team}/roles`)).statusCode).toBe(404);
    await bystander.get(`/teams/${units.team}`);
    expect((await bystander.post(`/teams/${units.team}/roles`, { granteeEmail: people.bystander.email, role: 'owner' })).statusCode).toBe(
      404,
    );
    expect(
      await roleOf({ orgId: t.orgId, userId: people.bystander.id, teamId: units.team }, { orgId: t.orgId, type: 'team', id: units.team }),
    ).toBeNull();
  });

  it('reach a team’s sub-teams only when asked to', async () => {
    const admin = await signedIn(people.admin);
    const area = { orgId: t.orgId, type: 'team' as const, id: units.service };
    const subteamPerson = { orgId: t.orgId, userId: people.subteamMember.id, teamId: units.subteam };
    await grant(admin, `/teams/${units.service}/roles`, { granteeTeam: units.team, role: 'viewer' });
    expect(await roleOf(subteamPerson, area)).toBeNull();
    expect(await roleOf({ ...subteamPerson, userId: people.bystander.id, teamId: units.team }, area)).toBe('viewer');
    await grant(admin, `/teams/${units.service}/roles`, { granteeTeam: units.team, role: 'contributor', includeSubteams: 'yes' });
    expect(await roleOf(subteamPerson, area)).toBe('contributor');
  });

  it('revoke at once, and say what is wrong with a bad grant', async () => {
    const owner = await signedIn(people.owner);
    const page = await owner.get(`/teams/${units.team}/roles`);
    const forms = [...page.body.matchAll(/action="([^"]+\/revoke)"[\s\S]*?<\/form>/g)];
    const revokePath = forms.find((form) => form[0].includes('> Cai Colleague<'))?.[1];
    expect(revokePath).toBeDefined();
    expect((await owner.post(revokePath as string, {})).statusCode).toBe(303);
    const editor = await signedIn(people.colleague);
    expect((await editor.get(`/teams/${units.team}/roles`)).statusCode).toBe(404);

    const stranger = await grant(owner, `/teams/${units.team}/roles`, { granteeEmail: otherOrgPerson.email, role: 'viewer' });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.body).toContain('Nobody in your organisation has that email address');
    const nothing = await owner.post(`/teams/${units.team}/roles`, {});
    expect(nothing.statusCode).toBe(400);
    expect(nothing.body).toContain('Enter the email address of a person, or choose a team');
    expect(nothing.body).toContain('Choose a role');
  });

  it('keep one organisation’s teams out of another’s reach', async () => {
    const outsider = await signedIn(otherOrgPerson);
    expect((await outsider.get(`/teams/${units.team}/roles`)).statusCode).toBe(404);
    expect((await outsider.get(`/teams/${units.team}`)).statusCode).toBe(404);
  });
});

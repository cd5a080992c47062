import { beforeAll, describe, expect, it } from 'vitest';
import { signedInBrowser } from '../../testing/browser-client.ts';
import { makeOrganisation, makePerson, makeUnit, placePerson } from '../../testing/factories.ts';
import { useAppWithOrganisation } from '../../testing/test-app.ts';

const t = useAppWithOrganisation('Harbridge Borough Council');
type Person = Awaited<ReturnType<typeof makePerson>>;
let admin: Person;
let teamEditor: Person;
let staff: Person;

const signedIn = (person: Person) => signedInBrowser(t.app, person);

const unitNamed = (name: string) =>
  t.database.db
    .selectFrom('org_units')
    .select(['id', 'parent_id', 'kind', 'name'])
    .where('org_id', '=', t.orgId)
    .where('name', '=', name)
    .executeTakeFirst();

beforeAll(async () => {
  admin = await makePerson(t.database.db, t.orgId, { role: 'org_admin' });
  teamEditor = await makePerson(t.database.db, t.orgId);
  staff = await makePerson(t.database.db, t.orgId);
});

describe('the organisation structure', () => {
  it('is built by an organisation admin: directorate, service, team, to any depth', async () => {
    const client = await signedIn(admin);
    await client.get('/teams/new');
    expect((await client.post('/teams', { name: 'Place', kind: 'directorate', parentId: '' })).statusCode).toBe(303);
    const place = await unitNamed('Place');
    await client.get(`/teams/new?parent=${place?.id}`);
    await client.post('/teams', { name: 'Waste Services', kind: 'service', parentId: place?.id as string });
    const waste = await unitNamed('Waste Services');
    await client.post('/teams', { name: 'North Crew', kind: 'team', parentId: waste?.id as string });
    const crew = await unitNamed('North Crew');
    await client.post('/teams', { name: 'North Crew Drivers', kind: 'team', parentId: crew?.id as string });
    expect(await unitNamed('North Crew Drivers')).toMatchObject({ parent_id: crew?.id, kind: 'team' });
    const page = await client.get(`/teams/${crew?.id}`);
    expect(page.body).toContain('North Crew Drivers');
    expect(page.body).toContain('Add a unit within this one');
    const actions = await t.database.db
      .selectFrom('audit_events')
      .select('action')
      .where('org_id', '=', t.orgId)
      .where('action', '=', 'team.created')
      .execute();
    expect(actions).toHaveLength(4);
  });

  it('refuses a second unit of the same name in the same place, which no list could tell apart', async () => {
    const client = await signedIn(admin);
    await client.get('/teams/new');
    expect((await client.post('/teams', { name: 'Libraries', kind: 'service', parentId: '' })).statusCode).toBe(303);
    const libraries = (await unitNamed('Libraries'))?.id as string;
    await client.post('/teams', { name: 'Mobile Library', kind: 'team', parentId: libraries });
    await client.get(`/teams/new?parent=${libraries}`);
    const twin = await client.post('/teams', { name: ' mobile library ', kind: 'team', parentId: libraries });
    expect(twin.statusCode).toBe(400);
    expect(twin.body).toContain('There is already a unit with this name here');
    expect(twin.body).toContain('value=" mobile library "');
    // Elsewhere in the structure the name is free; a rename onto a sibling's name is refused, onto its own accepted.
    expect((await client.post('/teams', { name: 'Mobile Library', kind: 'team', parentId: '' })).statusCode).toBe(303);
    await client.post('/teams', { name: 'Home Library', kind: 'team', parentId: libraries });
    const home = (await unitNamed('Home Library'))?.id as string;
    await client.get(`/teams/${home}/edit`);
    const renamed = await client.post(`/teams/${home}`, { name: 'Mobile library', kind: 'team', parentId: libraries });
    expect(renamed.statusCode).toBe(400);
    expect((await client.post(`/teams/${home}`, { name: 'HOME Library', kind: 'team', parentId: libraries })).statusCode).toBe(303);
  });

  it('moves a unit, but never under itself', async () => {
    const client = await signedIn(admin);
    const place = await unitNamed('Place');
    const crew = await unitNamed('North Crew');
    const drivers = await unitNamed('North Crew Drivers');
    // The form offers only where it may go: not itself, nor a unit within it.
    const form = (await client.get(`/teams/${crew?.id}/edit`)).body;
    expect(form).toContain(`<option value="${place?.id}"`);
    expect(form).not.toContain(`<option value="${crew?.id}"`);
    expect(form).not.toContain(`<option value="${drivers?.id}"`);
    const loop = await client.post(`/teams/${crew?.id}`, { name: 'North Crew', kind: 'team', parentId: drivers?.id as string });
    expect(loop.statusCode).toBe(400);
    expect(loop.body).toContain('A unit cannot be part of itself or of a unit within it');
    expect((await client.post(`/teams/${drivers?.id}`, { name: 'Drivers', kind: 'team', parentId: place?.id as string })).statusCode).toBe(
      303,
    );
    expect(await unitNamed('Drivers')).toMatchObject({ parent_id: place?.id });
  });

  it('lets a team’s editor rename it but not move it, and shows nothing to staff', async () => {
    const crew = await unitNamed('North Crew');
    await t.database.db
      .insertInto('role_grants')
      .values({ org_id: t.orgId, area_type: 'team', area_id: crew?.id as string, role: 'editor', grantee_user_id: teamEditor.id })
      .execute();
    const editor = await signedIn(teamEditor);
    const form = await editor.get(`/teams/${crew?.id}/edit`);
    expect(form.statusCode).toBe(200);
    expect(form.body).not.toContain('name="parentId"');
    const place = await unitNamed('Place');
    await editor.post(`/teams/${crew?.id}`, {
      name: 'North Collection Crew',
      nameCy: 'Criw Casglu Gogledd',
      kind: 'directorate',
      parentId: place?.id as string,
    });
    expect(await unitNamed('North Collection Crew')).toMatchObject({ kind: 'team', parent_id: (await unitNamed('Waste Services'))?.id });
    expect((await editor.get('/teams/new')).statusCode).toBe(404);
    const plain = await signedIn(staff);
    expect((await plain.get(`/teams/${crew?.id}/edit`)).statusCode).toBe(404);
    await plain.get('/people');
    expect((await plain.post('/teams', { name: 'Rogue', kind: 'directorate' })).statusCode).toBe(404);
    expect(await unitNamed('Rogue')).toBeUndefined();
  });

  it('removes only an empty unit', async () => {
    const client = await signedIn(admin);
    const crew = await unitNamed('North Collection Crew');
    await placePerson(t.database.db, staff.id, crew?.id as string);
    await client.get(`/teams/${crew?.id}/edit`);
    const refused = await client.post(`/teams/${crew?.id}/delete`, {});
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('This unit still has 1 people and 0 units within it');
    const empty = await makeUnit(t.database.db, t.orgId, 'team', 'Short-lived Team');
    expect((await client.post(`/teams/${empty.id}/delete`, {})).statusCode).toBe(303);
    expect(await unitNamed('Short-lived Team')).toBeUndefined();
  });

  it('keeps other organisations out', async () => {
    const other = await makeOrganisation(t.database.db);
    const outsider = await signedIn(await makePerson(t.database.db, other.id, { role: 'org_admin' }));
    const crew = await unitNamed('North Collection Crew');
    expect((await outsider.get(`/teams/${crew?.id}/edit`)).statusCode).toBe(404);
    await outsider.get('/teams/new');
    expect((await outsider.post(`/teams/${crew?.id}/delete`, {})).statusCode).toBe(404);
    const move = await outsider.post('/teams', { name: 'Sneaky', kind: 'team', parentId: crew?.id as string });
    expect(move.statusCode).toBe(400);
    expect(move.body).toContain('Choose a unit from the list');
  });
});

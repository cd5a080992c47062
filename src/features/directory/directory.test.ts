import { beforeAll, describe, expect, it } from 'vitest';
import { BrowserClient } from '../../testing/browser-client.ts';
import { makeOrganisation, makePerson, makeUnit, placePerson } from '../../testing/factories.ts';
import { useAppWithOrganisation } from '../../testing/test-app.ts';

const t = useAppWithOrganisation('Harbridge Borough Council');
const ids: Record<string, string> = {};
let viewer: BrowserClient;

beforeAll(async () => {
  const db = t.database.db;
  const place = await makeUnit(db, t.orgId, 'directorate', 'Place and Environment');
  const waste = await makeUnit(db, t.orgId, 'service', 'Waste and Recycling', place.id);
  const crew = await makeUnit(db, t.orgId, 'team', 'North Collection Crew', waste.id);
  const director = await makePerson(db, t.orgId, { name: 'Dana Director', staffGroup: 'senior_leader' });
  const head = await makePerson(db, t.orgId, { name: 'Hari Head', staffGroup: 'head_of_service' });
  const lead = await makePerson(db, t.orgId, { name: 'Lee Lead' });
  const operative = await makePerson(db, t.orgId, { name: 'Sam Okafor', staffGroup: 'frontline' });
  await placePerson(db, director.id, crew.id);
  await placePerson(db, head.id, crew.id, director.id);
  await placePerson(db, lead.id, crew.id, head.id);
  await placePerson(db, operative.id, crew.id, lead.id);
  const other = await makeOrganisation(db, { name: 'Aberlyn County Council' });
  const otherTeam = await makeUnit(db, other.id, 'team', 'Aberlyn Highways');
  const stranger = await makePerson(db, other.id, { name: 'Rhys Stranger' });
  Object.assign(ids, {
    place: place.id,
    waste: waste.id,
    crew: crew.id,
    lead: lead.id,
    operative: operative.id,
    otherTeam: otherTeam.id,
    stranger: stranger.id,
  });
  viewer = new BrowserClient(t.app, '10.6.0.1');
  await viewer.signIn(operative.email, operative.password);
});

describe('the directory', () => {
  it('shows the organisation’s structure with people counted upwards, and nothing of another', async () => {
    const page = await viewer.get('/people');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Place and Environment');
    expect(page.body).toMatch(/Place and Environment<\/a>\s*<span[^>]*>\(4 people\)/);
    expect(page.body).not.toContain('Aberlyn Highways');
  });

  it('shows a team with its breadcrumbs and members', async () => {
    const page = await viewer.get(`/teams/${ids.crew}`);
    expect(page.body).toContain('North Collection Crew');
    expect(page.body).toContain('govuk-breadcrumbs');
    expect(page.body).toContain(`href="/teams/${ids.waste}"`);
    expect(page.body).toContain('Sam Okafor');
    expect(page.body).not.toContain('Roles in this team');
  });

  it('shows a person with the manager chain and direct reports', async () => {
    const lead = await viewer.get(`/people/${ids.lead}`);
    expect(lead.body).toMatch(/Dana Director[\s\S]*Hari Head[\s\S]*<strong>Lee Lead<\/strong>/);
    expect(lead.body).toMatch(/Direct reports[\s\S]*Sam Okafor/);
  });

  it('keeps each skill apart, escaped, so that right-to-left ones read in their order', async () => {
    // Through the person's own form, whose answer waits until this instance has heard of the change.
    await viewer.get('/profile/edit');
    expect((await viewer.post('/profile/edit', { skills: 'مرحبا بالعالم, עברית, <b>Welsh</b>', ask_me_about: '' })).statusCode).toBe(303);
    const page = (await viewer.get(`/people/${ids.operative}`)).body;
    expect(page).toContain('<bdi>مرحبا بالعالم</bdi>, <bdi>עברית</bdi>, <bdi>&lt;b&gt;Welsh&lt;/b&gt;</bdi>');
    expect(page).toMatch(/Ask me about\s*<\/dt>\s*<dd class="govuk-summary-list__value">\s*Not set\s*<\/dd>/i);
  });

  it('links a phone number to dial it, and shows text saved before numbers were checked as it is', async () => {
    await viewer.get('/profile/edit');
    expect((await viewer.post('/profile/edit', { phone: '+44 (0)1632 960001 ext 12' })).statusCode).toBe(303);
    expect((await viewer.get(`/people/${ids.operative}`)).body).toContain(
      '<a class="govuk-link" href="tel:+441632960001;ext=12">+44 (0)1632 960001 ext 12</a>',
    );
    await t.database.db
      .updateTable('users')
      .set({ phone: 'Ask <reception>' })
      .where('id', '=', ids.operative as string)
      .execute();
    await t.app.changes.caughtUp();
    const page = (await viewer.get(`/people/${ids.operative}`)).body;
    expect(page).toMatch(/Phone\s*<\/dt>\s*<dd class="govuk-summary-list__value">\s*Ask &lt;reception&gt;\s*<\/dd>/);
    expect(page).not.toContain('href="tel:');
  });

  it('answers 404 for another organisation’s people and teams, and for nonsense ids', async () => {
    expect((await viewer.get(`/people/${ids.stranger}`)).statusCode).toBe(404);
    expect((await viewer.get(`/teams/${ids.otherTeam}`)).statusCode).toBe(404);
    expect((await viewer.get('/people/not-a-uuid')).statusCode).toBe(400);
  });

  it('shows a change made elsewhere, by another instance or the command line, once the database announces it', async () => {
    expect((await viewer.get(`/teams/${ids.crew}`)).body).not.toContain('Nia Newcomer');
    const newcomer = await makePerson(t.database.db, t.orgId, { name: 'Nia Newcomer' });
    await placePerson(t.database.db, newcomer.id, ids.crew as string, ids.lead);
    await t.database.db
      .updateTable('org_units')
      .set({ name: 'Waste Services' })
      .where('id', '=', ids.waste as string)
      .execute();
    await t.app.changes.caughtUp();
    expect((await viewer.get(`/teams/${ids.crew}`)).body).toContain('Nia Newcomer');
    expect((await viewer.get(`/people/${ids.lead}`)).body).toMatch(/Direct reports[\s\S]*Nia Newcomer/);
    expect((await viewer.get('/people')).body).toMatch(/Place and Environment<\/a>\s*<span[^>]*>\(5 people\)/);
    expect((await viewer.get('/people')).body).toContain('Waste Services');
  });

  it('sends people who are not signed in to sign in', async () => {
    const response = await new BrowserClient(t.app).get(`/teams/${ids.crew}`);
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`/sign-in?returnTo=${encodeURIComponent(`/teams/${ids.crew}`)}`);
  });
});

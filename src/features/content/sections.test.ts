import { beforeAll, describe, expect, it } from 'vitest';
import { type BrowserClient, signedInBrowser } from '../../testing/browser-client.ts';
import { makePerson, makeUnit, placePerson } from '../../testing/factories.ts';
import { useAppWithOrganisation } from '../../testing/test-app.ts';

const t = useAppWithOrganisation('Harbridge Borough Council');
type Person = Awaited<ReturnType<typeof makePerson>>;
const people = {} as Record<'admin' | 'itLead' | 'itSupport' | 'councillor' | 'staff', Person>;
const units = {} as Record<'ict' | 'serviceDesk' | 'democratic', string>;

const signedIn = (person: Person) => signedInBrowser(t.app, person);
const sectionIdFrom = (location: string | undefined) => /\/sections\/([0-9a-f-]{36})/.exec(location ?? '')?.[1] as string;

async function post(client: BrowserClient, formPage: string, action: string, form: Record<string, string>) {
  await client.get(formPage);
  return client.post(action, form);
}

async function makeSection(client: BrowserClient, form: Record<string, string>, parentId?: string) {
  const formPage = parentId ? `/sections/new?parent=${parentId}` : '/sections/new';
  const response = await post(client, formPage, '/sections', { ...form, ...(parentId ? { parentId } : {}) });
  expect(response.statusCode, response.body.slice(0, 200)).toBe(303);
  return sectionIdFrom(response.headers.location);
}

beforeAll(async () => {
  const db = t.database.db;
  units.ict = (await makeUnit(db, t.orgId, 'service', 'ICT and Digital')).id;
  units.serviceDesk = (await makeUnit(db, t.orgId, 'team', 'IT Service Desk', units.ict)).id;
  units.democratic = (await makeUnit(db, t.orgId, 'team', 'Democratic Services')).id;
  people.admin = await makePerson(db, t.orgId, { role: 'org_admin', name: 'Alex Admin' });
  people.itLead = await makePerson(db, t.orgId, { name: 'Ifan Lead' });
  people.itSupport = await makePerson(db, t.orgId, { name: 'Sian Support' });
  people.councillor = await makePerson(db, t.orgId, { name: 'Cllr Cara', staffGroup: 'councillor' });
  people.staff = await makePerson(db, t.orgId, { name: 'Sam Staff', staffGroup: 'frontline' });
  await placePerson(db, people.itLead.id, units.ict);
  await placePerson(db, people.itSupport.id, units.serviceDesk);
});

describe('sections', () => {
  it('are made at the top by an organisation admin, and run by their team and its sub-teams without one', async () => {
    const admin = await signedIn(people.admin);
    const staff = await signedIn(people.staff);
    expect((await staff.get('/sections/new')).statusCode).toBe(404);
    const itHelp = await makeSection(admin, { title: 'IT help', summary: 'Accounts and equipment', ownerTeamId: units.ict });

    const support = await signedIn(people.itSupport);
    const sectionPage = await support.get(`/sections/${itHelp}`);
    expect(sectionPage.body).toContain('Add a page');
    // Editors publish, but only an owner shapes the section or hands out its roles.
    expect((await support.get(`/sections/new?parent=${itHelp}`)).statusCode).toBe(404);
    const lead = await signedIn(people.itLead);
    await lead.get(`/sections/${itHelp}`);
    expect((await lead.post(`/sections/${itHelp}/roles`, { granteeEmail: people.itLead.email, role: 'owner' })).statusCode).toBe(404);
    await post(admin, `/sections/${itHelp}/roles`, `/sections/${itHelp}/roles`, { granteeEmail: people.itLead.email, role: 'owner' });
    const passwords = await makeSection(lead, { title: 'Passwords', ownerTeamId: units.serviceDesk }, itHelp);
    const inherited = await support.get(`/sections/${passwords}`);
    expect(inherited.body).toContain('Add a page');
    expect((await staff.get(`/sections/${passwords}`)).body).not.toContain('Add a page');
    const grants = await t.database.db
      .selectFrom('role_grants')
      .select(['role', 'grantee_team_id'])
      .where('area_id', '=', passwords)
      .execute();
    expect(grants).toEqual([{ role: 'editor', grantee_team_id: units.serviceDesk }]);
  });

  it('that are restricted are seen only by those given a role, down to the sections and pages within', async () => {
    const admin = await signedIn(people.admin);
    const councillors = await makeSection(admin, { title: 'Councillors’ support', ownerTeamId: units.democratic, restricted: 'yes' });
    const casework = await makeSection(admin, { title: 'Casework', ownerTeamId: units.democratic }, councillors);
    const page = await post(admin, `/sections/${casework}/pages/new`, `/sections/${casework}/pages`, {
      title: 'Ward enquiries',
      body: 'Log every enquiry.',
      intent: 'save',
    });
    const pageId = /\/pages\/([0-9a-f-]{36})/.exec(page.headers.location ?? '')?.[1] as string;
    await post(admin, `/pages/${pageId}/manage`, `/pages/${pageId}/workflow`, { action: 'publish' });

    const staff = await signedIn(people.staff);
    for (const path of [`/sections/${councillors}`, `/sections/${casework}`, `/pages/${pageId}`, `/sections/${casework}/documents`]) {
      expect((await staff.get(path)).statusCode, path).toBe(404);
    }
    expect((await staff.get('/sections')).body).not.toContain('Councillors’ support');

    await post(admin, `/sections/${councillors}/roles`, `/sections/${councillors}/roles`, {
      granteeEmail: people.councillor.email,
      role: 'viewer',
    });
    const councillor = await signedIn(people.councillor);
    expect((await councillor.get('/sections')).body).toContain('Councillors’ support');
    expect((await councillor.get(`/pages/${pageId}`)).body).toContain('Log every enquiry.');
    expect((await councillor.get(`/sections/${casework}`)).body).not.toContain('Add a page');

    const grant = await t.database.db
      .selectFrom('role_grants')
      .select('id')
      .where('area_id', '=', councillors)
      .where('grantee_user_id', '=', people.councillor.id)
      .executeTakeFirstOrThrow();
    await post(admin, `/sections/${councillors}/roles`, `/sections/${councillors}/roles/${grant.id}/revoke`, {});
    expect((await councillor.get(`/pages/${pageId}`)).statusCode).toBe(404);
  });

  it('are deleted with everything in them, and restored within 30 days', async () => {
    const admin = await signedIn(people.admin);
    const staff = await signedIn(people.staff);
    const wellbeing = await makeSection(admin, { title: 'Wellbeing', ownerTeamId: units.ict });
    const created = await post(admin, `/sections/${wellbeing}/pages/new`, `/sections/${wellbeing}/pages`, {
      title: 'Employee assistance',
      body: 'Call any time.',
      intent: 'save',
    });
    const pageId = /\/pages\/([0-9a-f-]{36})/.exec(created.headers.location ?? '')?.[1] as string;
    await post(admin, `/pages/${pageId}/manage`, `/pages/${pageId}/workflow`, { action: 'publish' });
    expect((await staff.get(`/pages/${pageId}`)).statusCode).toBe(200);

    const deleted = await post(admin, `/sections/${wellbeing}/edit`, `/sections/${wellbeing}/delete`, {});
    expect(deleted.headers.location).toBe('/sections?deleted=1');
    expect((await admin.get('/sections?deleted=1')).body).toContain('It has been deleted. It can be restored');
    expect((await staff.get(`/pages/${pageId}`)).statusCode).toBe(404);
    expect((await admin.get('/sections/deleted')).body).toContain('Wellbeing');
    expect((await post(admin, '/sections/deleted', `/sections/${wellbeing}/restore`, {})).statusCode).toBe(303);
    expect((await staff.get(`/pages/${pageId}`)).statusCode).toBe(200);
  });

  it('explain what is wrong with a bad form and keep what was typed', async () => {
    const admin = await signedIn(people.admin);
    const response = await post(admin, '/sections/new', '/sections', { title: '', summary: 'Kept summary', ownerTeamId: 'nonsense' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Enter a title');
    expect(response.body).toContain('Choose the team that runs the section');
    expect(response.body).toContain('Kept summary');
  });
});

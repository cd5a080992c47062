import { beforeAll, describe, expect, it } from 'vitest';
import { signedInBrowser } from '../../testing/browser-client.ts';
import { makeOrganisation, makePerson, makeUnit, placePerson } from '../../testing/factories.ts';
import { useAppWithOrganisation } from '../../testing/test-app.ts';

const t = useAppWithOrganisation('Harbridge Borough Council');
type Person = Awaited<ReturnType<typeof makePerson>>;
let admin: Person;
let hr: Person;
let member: Person;
let teamId: string;

const signedIn = (person: Person) => signedInBrowser(t.app, person);

const newPerson = (overrides: Record<string, string> = {}) => ({
  displayName: 'Nia Newstarter',
  email: `nia.${Math.random().toString(36).slice(2)}@harbridge.example`,
  jobTitle: 'Library Assistant',
  staffGroup: 'frontline',
  teamId,
  managerEmail: '',
  skills: 'Welsh, first aid, Welsh',
  ...overrides,
});

beforeAll(async () => {
  const db = t.database.db;
  teamId = (await makeUnit(db, t.orgId, 'team', 'Central Library')).id;
  admin = await makePerson(db, t.orgId, { role: 'org_admin', name: 'Alex Admin' });
  hr = await makePerson(db, t.orgId, { name: 'Harriet HR' });
  member = await makePerson(db, t.orgId, { name: 'Mo Member' });
  await placePerson(db, member.id, teamId, admin.id);
  await db
    .insertInto('role_grants')
    .values({ org_id: t.orgId, area_type: 'directory', area_id: null, role: 'editor', grantee_user_id: hr.id })
    .execute();
});

describe('managing people', () => {
  it('adds a person, emails them a link to choose a password, and audits it', async () => {
    const client = await signedIn(admin);
    await client.get('/admin/people/new');
    const form = newPerson();
    const response = await client.post('/admin/people', form);
    expect(response.statusCode).toBe(303);
    const saved = await t.database.db.selectFrom('users').selectAll().where('email', '=', form.email).executeTakeFirstOrThrow();
    expect(saved).toMatchObject({
      display_name: 'Nia Newstarter',
      team_id: teamId,
      staff_group: 'frontline',
      role: 'member',
      password_hash: null,
      skills: ['Welsh', 'first aid'],
    });
    const mail = await t.database.db
      .selectFrom('outbox')
      .select(['subject', 'body_text'])
      .where('to_address', '=', form.email)
      .executeTakeFirstOrThrow();
    expect(mail.subject).toBe('Your Harbridge Borough Council intranet account');
    expect(mail.body_text).toMatch(/\/reset-password\?token=/);
    const audit = await t.database.db
      .selectFrom('audit_events')
      .select('actor_id')
      .where('action', '=', 'user.created')
      .where('subject_id', '=', saved.id)
      .executeTakeFirstOrThrow();
    expect(audit.actor_id).toBe(admin.id);
    const page = await client.get(response.headers.location as string);
    expect(page.body).toContain('Person added');
  });

  it('lets a directory editor manage people, but never appoint an admin', async () => {
    const client = await signedIn(hr);
    expect((await client.get('/admin/people')).statusCode).toBe(200);
    const form = await client.get('/admin/people/new');
    expect(form.body).not.toContain('name="orgAdmin"');
    expect((await client.post('/admin/people', newPerson())).statusCode).toBe(303);
    await client.get(`/admin/people/${member.id}`);
    expect(
      (await client.post(`/admin/people/${member.id}`, newPerson({ email: member.email, displayName: 'Mo Member', orgAdmin: 'yes' })))
        .statusCode,
    ).toBe(404);
    const unchanged = await t.database.db.selectFrom('users').select('role').where('id', '=', member.id).executeTakeFirstOrThrow();
    expect(unchanged.role).toBe('member');
  });

  it('lets only an organisation admin disable another admin', async () => {
    const otherAdmin = await makePerson(t.database.db, t.orgId, { role: 'org_admin' });
    const client = await signedIn(hr);
    await client.get(`/admin/people/${otherAdmin.id}`);
    expect((await client.post(`/admin/people/${otherAdmin.id}/disable`, {})).statusCode).toBe(404);
    const stored = await t.database.db.selectFrom('users').select('disabled_at').where('id', '=', otherAdmin.id).executeTakeFirstOrThrow();
    expect(stored.disabled_at).toBeNull();
  });

  it('answers 404 to staff without a role, and to another organisation’s admin', async () => {
    const staff = await signedIn(member);
    expect((await staff.get('/admin/people')).statusCode).toBe(404);
    expect((await staff.get(`/admin/people/${admin.id}`)).statusCode).toBe(404);
    const otherOrg = await makeOrganisation(t.database.db);
    const otherAdmin = await makePerson(t.database.db, otherOrg.id, { role: 'org_admin' });
    const outsider = await signedIn(otherAdmin);
    expect((await outsider.get(`/admin/people/${member.id}`)).statusCode).toBe(404);
    await outsider.get('/admin/people');
    expect((await outsider.post(`/admin/people/${member.id}/disable`, {})).statusCode).toBe(404);
    expect((await outsider.get('/admin/people')).body).not.toContain(member.email);
  });

  it('explains every problem and keeps what was typed', async () => {
    const client = await signedIn(admin);
    await client.get('/admin/people/new');
    const response = await client.post(
      '/admin/people',
      newPerson({
        email: admin.email,
        displayName: '',
        staffGroup: 'boss',
        managerEmail: 'nobody@nowhere.example',
        jobTitle: 'Keeper of the Keys',
        askMeAbout: 'x'.repeat(61),
        phone: 'the front desk',
      }),
    );
    expect(response.statusCode).toBe(400);
    for (const message of [
      "Enter the person's name",
      'Choose a staff group',
      'Enter up to 20 things to ask about, separated by commas, each 60 characters or fewer',
      'Enter a phone number using numbers, spaces, brackets, hyphens and +',
    ])
      expect(response.body).toContain(message.replace("'", '&#39;'));
    expect(response.body).toContain('value="the front desk"');
    expect(response.body).toContain('value="Keeper of the Keys"');
    expect(response.body).toMatch(/id="askMeAbout-error"[\s\S]*Enter up to 20/);
    const again = await client.post('/admin/people', newPerson({ email: admin.email, managerEmail: 'nobody@nowhere.example' }));
    expect(again.body).toContain('Someone already has this email address');
    expect(again.body).toContain('Nobody in your organisation has that email address');
  });

  it('records which fields an admin changed, and only those', async () => {
    const client = await signedIn(admin);
    await client.get(`/admin/people/${member.id}`);
    await client.post(
      `/admin/people/${member.id}`,
      newPerson({
        email: member.email,
        displayName: 'Mo Member',
        jobTitle: 'Senior Library Assistant',
        managerEmail: admin.email,
        skills: '',
      }),
    );
    const event = await t.database.db
      .selectFrom('audit_events')
      .select('details')
      .where('subject_id', '=', member.id)
      .where('action', '=', 'user.updated')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(event.details).toEqual({ fields: 'job_title,staff_group' });
  });

  it('refuses a manager loop', async () => {
    const client = await signedIn(admin);
    await client.get(`/admin/people/${admin.id}`);
    const response = await client.post(
      `/admin/people/${admin.id}`,
      newPerson({ email: admin.email, displayName: 'Alex Admin', managerEmail: member.email, orgAdmin: 'yes' }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('That would make a loop');
  });

  it('disables a person, ending their sessions at once, and enables them again', async () => {
    const person = await makePerson(t.database.db, t.orgId, { name: 'Dee Parting' });
    const theirs = await signedIn(person);
    expect((await theirs.get('/')).statusCode).toBe(200);
    const client = await signedIn(admin);
    await client.get(`/admin/people/${person.id}`);
    expect((await client.post(`/admin/people/${person.id}/disable`, {})).statusCode).toBe(303);
    expect((await theirs.get('/')).statusCode).toBe(303);
    const sessions = await t.database.db.selectFrom('sessions').select('token_hash').where('user_id', '=', person.id).execute();
    expect(sessions).toEqual([]);
    expect((await client.get('/admin/people?q=Dee')).body).toContain('Disabled');
    await client.get(`/admin/people/${person.id}`);
    await client.post(`/admin/people/${person.id}/enable`, {});
    expect((await signedIn(person).then((c) => c.get('/'))).statusCode).toBe(200);
    const actions = await t.database.db
      .selectFrom('audit_events')
      .select('action')
      .where('subject_id', '=', person.id)
      .orderBy('seq')
      .execute();
    expect(actions.map((row) => row.action)).toEqual(expect.arrayContaining(['user.disabled', 'user.enabled']));
  });

  it('applies a change to someone on their very next page, and shows it to colleagues at once', async () => {
    const deputy = await makePerson(t.database.db, t.orgId, { role: 'org_admin', name: 'Dana Deputy' });
    const theirs = await signedIn(deputy);
    const colleague = await signedIn(member);
    expect((await theirs.get('/admin')).statusCode).toBe(200);
    expect((await colleague.get(`/people/${deputy.id}`)).body).toContain('Dana Deputy');
    expect((await colleague.get(`/teams/${teamId}`)).body).not.toContain('Dana Deputy');

    const client = await signedIn(admin);
    await client.get(`/admin/people/${deputy.id}`);
    const edited = await client.post(`/admin/people/${deputy.id}`, newPerson({ email: deputy.email, displayName: 'Dana Demoted' }));
    expect(edited.statusCode).toBe(303);

    expect((await theirs.get('/admin')).statusCode).toBe(404);
    expect((await theirs.get('/')).body).toContain('Dana Demoted');
    expect((await colleague.get(`/people/${deputy.id}`)).body).toContain('Dana Demoted');
    expect((await colleague.get(`/teams/${teamId}`)).body).toContain('Dana Demoted');
  });

  it('finds people by name or email, a page at a time', async () => {
    const client = await signedIn(admin);
    const found = await client.get('/admin/people?q=harriet');
    expect(found.body).toContain('Harriet HR');
    expect(found.body).not.toContain('Mo Member');
    expect((await client.get('/admin/people?q=%25')).statusCode).toBe(200);
  });

  it('explains a search that is too long, and reads a page number it cannot use as the first page', async () => {
    const client = await signedIn(admin);
    const tooLong = await client.get(`/admin/people?q=${'x'.repeat(201)}`);
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.body).toContain('govuk-error-summary');
    expect(tooLong.body).toMatch(/id="q-error"[\s\S]*Search for 200 characters or fewer/);
    expect(tooLong.body).toContain(`value="${'x'.repeat(201)}"`);
    for (const page of ['0', 'abc', '99999', '1&page=2'])
      expect((await client.get(`/admin/people?q=harriet&page=${page}`)).body, page).toContain('Harriet HR');
    // Still only for those who may manage people.
    expect((await (await signedIn(member)).get(`/admin/people?q=${'x'.repeat(201)}`)).statusCode).toBe(404);
  });
});

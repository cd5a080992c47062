import { describe, expect, it } from 'vitest';
import { BrowserClient } from '../../testing/browser-client.ts';
import { makePerson } from '../../testing/factories.ts';
import { useAppWithOrganisation } from '../../testing/test-app.ts';

const t = useAppWithOrganisation('Harbridge Borough Council');

/** The fields the organisation lets its people edit themselves. */
const letPeopleEdit = (fields: string[]) =>
  t.database.db.updateTable('organisations').set({ self_editable_fields: fields }).where('id', '=', t.orgId).execute();

async function signedIn(ip: string) {
  const person = await makePerson(t.database.db, t.orgId, { name: 'Pat Profile' });
  const client = new BrowserClient(t.app, ip);
  await client.signIn(person.email, person.password);
  return { person, client };
}

describe('editing one’s own profile', () => {
  it('changes the fields the organisation allows', async () => {
    const { person, client } = await signedIn('10.2.7.1');
    const form = await client.get('/profile/edit');
    expect(form.statusCode).toBe(200);
    const saved = await client.post('/profile/edit', {
      job_title: 'Librarian',
      phone: '01234 567890',
      working_pattern: 'Mon–Thu',
      skills: 'BSL, Welsh',
      ask_me_about: 'Reading groups',
    });
    expect(saved.headers.location).toBe('/profile?saved=1');
    const stored = await t.database.db.selectFrom('users').selectAll().where('id', '=', person.id).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({
      job_title: 'Librarian',
      phone: '01234 567890',
      working_pattern: 'Mon–Thu',
      skills: ['BSL', 'Welsh'],
      ask_me_about: ['Reading groups'],
    });
    expect((await client.get('/profile?saved=1')).body).toContain('Changes saved.');
  });

  it('ignores fields the organisation does not allow, whatever is posted', async () => {
    await letPeopleEdit(['phone']);
    const { person, client } = await signedIn('10.2.7.2');
    const form = await client.get('/profile/edit');
    expect(form.body).toContain('name="phone"');
    expect(form.body).not.toContain('name="job_title"');
    await client.post('/profile/edit', { phone: '999', job_title: 'Chief Executive' });
    const stored = await t.database.db
      .selectFrom('users')
      .select(['phone', 'job_title'])
      .where('id', '=', person.id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ phone: '999', job_title: null });
    await letPeopleEdit([]);
    expect((await client.get('/profile')).body).not.toContain('/profile/edit');
  });

  it('explains an over-long value and keeps what was typed', async () => {
    await letPeopleEdit(['phone', 'location']);
    const { client } = await signedIn('10.2.7.3');
    await client.get('/profile/edit');
    const response = await client.post('/profile/edit', { phone: '1'.repeat(60), location: 'Harbridge Civic Centre' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('This must be 50 characters or fewer');
    expect(response.body).toContain('value="Harbridge Civic Centre"');
  });

  it('explains a phone number that is no number, and keeps what was typed', async () => {
    await letPeopleEdit(['phone', 'location']);
    const { person, client } = await signedIn('10.2.7.6');
    await client.get('/profile/edit');
    const response = await client.post('/profile/edit', { phone: 'ask reception', location: 'Harbridge Civic Centre' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toMatch(/id="phone-error"[\s\S]*Enter a phone number using numbers, spaces, brackets, hyphens and \+/);
    expect(response.body).toContain('value="ask reception"');
    expect(response.body).toContain('value="Harbridge Civic Centre"');
    expect((await client.post('/profile/edit', { phone: '+44 (0)1632 960001 ext 12', location: '' })).statusCode).toBe(303);
    const stored = await t.database.db.selectFrom('users').select('phone').where('id', '=', person.id).executeTakeFirstOrThrow();
    expect(stored.phone).toBe('+44 (0)1632 960001 ext 12');
  });

  it('says when a list of skills is too long, rather than cut it short unseen', async () => {
    await letPeopleEdit(['skills', 'ask_me_about']);
    const { person, client } = await signedIn('10.2.7.5');
    const skills = (count: number) => Array.from({ length: count }, (_, index) => `Skill ${index + 1}`).join(', ');
    await client.get('/profile/edit');
    const tooMany = await client.post('/profile/edit', { skills: skills(21), ask_me_about: 'a'.repeat(61) });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.body).toContain('href="#skills"');
    expect(tooMany.body).toContain('href="#ask_me_about"');
    expect(tooMany.body).toContain('Enter up to 20 skills, separated by commas, each 60 characters or fewer');
    expect(tooMany.body).toContain('Enter up to 20 things to ask about, separated by commas, each 60 characters or fewer');
    expect(tooMany.body).toContain('Skill 21');
    expect(tooMany.body).toMatch(/id="skills-error"[\s\S]*Enter up to 20/);
    // As many as fit, repeats and spaces aside, are kept whole.
    expect((await client.post('/profile/edit', { skills: `${skills(20)}, skill 1, `, ask_me_about: 'a'.repeat(60) })).statusCode).toBe(303);
    const stored = await t.database.db
      .selectFrom('users')
      .select(['skills', 'ask_me_about'])
      .where('id', '=', person.id)
      .executeTakeFirstOrThrow();
    expect(stored.skills).toHaveLength(20);
    expect(stored.ask_me_about).toEqual(['a'.repeat(60)]);
  });

  it('follows the settings an organisation admin chooses, audited', async () => {
    const admin = await makePerson(t.database.db, t.orgId, { role: 'org_admin' });
    const client = new BrowserClient(t.app, '10.2.7.4');
    await client.signIn(admin.email, admin.password);
    await client.get('/admin/settings');
    expect((await client.post('/admin/settings', { selfEditable: 'skills', _csrf: client.lastCsrfToken as string })).statusCode).toBe(303);
    const org = await t.database.db
      .selectFrom('organisations')
      .select('self_editable_fields')
      .where('id', '=', t.orgId)
      .executeTakeFirstOrThrow();
    expect(org.self_editable_fields).toEqual(['skills']);
    const event = await t.database.db
      .selectFrom('audit_events')
      .select('details')
      .where('org_id', '=', t.orgId)
      .where('action', '=', 'settings.changed')
      .executeTakeFirstOrThrow();
    expect(event.details).toEqual({ self_editable_fields: 'skills' });
    const { client: staff } = await signedIn('10.2.7.5');
    expect((await staff.get('/admin/settings')).statusCode).toBe(404);
  });
});

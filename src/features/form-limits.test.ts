import { beforeAll, describe, expect, it } from 'vitest';
import { BrowserClient, signedInBrowser } from '../testing/browser-client.ts';
import { makeSection } from '../testing/content-fixtures.ts';
import { makePerson, makeUnit } from '../testing/factories.ts';
import { useAppWithOrganisation } from '../testing/test-app.ts';

const t = useAppWithOrganisation('Harbridge Borough Council');
let teamId: string;
let sectionId: string;
let admin: Awaited<ReturnType<typeof signedInBrowser>>;

beforeAll(async () => {
  const db = t.database.db;
  teamId = (await makeUnit(db, t.orgId, 'team', 'Libraries')).id;
  sectionId = await makeSection(db, t.orgId, { title: 'Working here', ownerTeamId: teamId });
  admin = await signedInBrowser(t.app, await makePerson(db, t.orgId, { role: 'org_admin', name: 'Alex Admin' }));
});

/** Far longer than any form allows, as when someone pastes a document into the wrong box. */
const pasted = 'Pasted '.repeat(1000).trim();

describe('a field typed far too long', () => {
  // [the form, where it posts, the fields posted, the field too long, what its message says]
  const forms: Array<[string, () => string, Record<string, string>, string, string]> = [
    ['/profile/edit', () => '/profile/edit', {}, 'job_title', 'characters or fewer'],
    [
      '/admin/people/new',
      () => '/admin/people',
      { email: 'nia@harbridge.example', staffGroup: 'frontline', teamId: '' },
      'displayName',
      'characters or fewer',
    ],
    ['/teams/new', () => '/teams', { kind: 'team', parentId: '' }, 'name', 'characters or fewer'],
    ['/sections/new', () => '/sections', { ownerTeamId: '' }, 'title', 'characters or fewer'],
    ['/news/new', () => '/news', { body: 'News.', intent: 'save' }, 'summary', 'characters or fewer'],
    ['/sections/:id/documents', () => `/sections/${sectionId}/folders`, {}, 'name', 'characters or fewer'],
  ];

  it.each(forms)('on %s is explained next to it, keeping everything typed', async (formPath, postPath, fields, field, message) => {
    // The page form and the document library live under their section.
    const form = formPath === '/sections/new' ? `/sections/new?parent=${sectionId}` : formPath.replace(':id', sectionId);
    expect((await admin.get(form)).statusCode, form).toBe(200);
    const response = await admin.post(postPath(), { ...fields, [field]: pasted });
    expect(response.statusCode, form).toBe(400);
    expect(response.body, form).toContain('There is a problem');
    expect(response.body, form).toContain(`href="#${field}"`);
    expect(response.body, form).toContain(message);
    // Kept in full, to be cut down rather than typed again.
    expect(response.body, form).toContain(pasted);
  });

  it("in a document's title is explained next to it, keeping the title typed", async () => {
    await admin.get(`/sections/${sectionId}/documents`);
    const response = await admin.upload(
      `/sections/${sectionId}/documents`,
      { title: pasted },
      { field: 'file', filename: 'notes.txt', content: 'Notes.', contentType: 'text/plain' },
    );
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('href="#title"');
    expect(response.body).toContain('The title must be 200 characters or fewer');
    expect(response.body).toContain(pasted);
  });

  // An email address is kept as it will be read: in lower case.
  const pastedEmail = `${'pasted '.repeat(60)}@harbridge.example`;
  // [the form, where it posts, the fields posted, the email field, what its message says]
  const emailForms: Array<[string, string, Record<string, string>, string, string]> = [
    ['/admin/people/new', '/admin/people', { displayName: 'Nia', staffGroup: 'frontline', teamId: '' }, 'email', 'in the correct format'],
    [
      '/admin/people/new',
      '/admin/people',
      { displayName: 'Nia', email: 'nia@harbridge.example', staffGroup: 'frontline' },
      'managerEmail',
      'manager',
    ],
    ['/news/new', '/news', { title: 'Owned', body: 'News.', intent: 'save' }, 'ownerEmail', 'email'],
    ['/forgot-password', '/forgot-password', {}, 'email', 'email'],
  ];

  it.each(emailForms)(
    'in an email address on %s (%s) is explained next to it, keeping it',
    async (formPath, postPath, fields, field, message) => {
      const client = formPath === '/forgot-password' ? new BrowserClient(t.app, '10.9.0.1') : admin;
      await client.get(formPath);
      const response = await client.post(postPath, { ...fields, [field]: pastedEmail });
      expect(response.statusCode, field).toBe(400);
      expect(response.body, field).toContain(`href="#${field}"`);
      expect(response.body.toLowerCase(), field).toContain(message);
      expect(response.body, field).toContain(pastedEmail.trim());
    },
  );

  it('in the email address to sign in with is a failed sign-in, not a broken page', async () => {
    const visitor = new BrowserClient(t.app, '10.9.0.2');
    await visitor.get('/sign-in');
    const response = await visitor.post('/sign-in', { email: pastedEmail, password: 'a password' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Enter a correct email address and password');
  });

  it('on a new page is explained next to it, keeping everything typed', async () => {
    await admin.get(`/sections/${sectionId}/pages/new`);
    const response = await admin.post(`/sections/${sectionId}/pages`, { title: pasted, summary: pasted, body: 'Body.', intent: 'save' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('href="#title"');
    expect(response.body).toContain('href="#summary"');
    expect(response.body.split(pasted)).toHaveLength(3);
  });

  it('on a page is the longest page there may be: 200,000 characters, Welsh ones too, save; one more is explained', async () => {
    const longest = 'ŵ'.repeat(200_000);
    await admin.get(`/sections/${sectionId}/pages/new`);
    const saved = await admin.post(`/sections/${sectionId}/pages`, {
      title: 'Y polisi hir',
      body: longest,
      language: 'cy',
      intent: 'save',
    });
    expect(saved.statusCode).toBe(303);
    const page = await t.database.db.selectFrom('content_items').select('id').where('title', '=', 'Y polisi hir').executeTakeFirstOrThrow();
    expect(page.id).toBeTruthy();
    await admin.get(`/sections/${sectionId}/pages/new`);
    const tooLong = await admin.post(`/sections/${sectionId}/pages`, {
      title: 'Hirach',
      body: `${longest}ŵ`,
      language: 'cy',
      intent: 'save',
    });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.body).toContain('href="#body"');
  });

  it("in a news story's categories, too many or one too long, is explained rather than cut short", async () => {
    await admin.get('/news/new');
    const categories = Array.from({ length: 21 }, (_, index) => `Category ${index + 1}`).join(', ');
    const response = await admin.post('/news', { title: 'Categorised', body: 'News.', categories, intent: 'save' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('href="#categories"');
    expect(response.body).toContain('Enter up to 20 categories, separated by commas, each 60 characters or fewer');
    expect(response.body).toContain('Category 21');
    expect(response.body).toMatch(/id="categories-error"[\s\S]*Enter up to 20/);
  });
});

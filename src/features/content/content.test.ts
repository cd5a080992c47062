import { beforeAll, describe, expect, it } from 'vitest';
import { type BrowserClient, signedInBrowser } from '../../testing/browser-client.ts';
import { makeOrganisation, makePerson, makeUnit, placePerson } from '../../testing/factories.ts';
import { useAppWithOrganisation } from '../../testing/test-app.ts';
import { createViewCounter } from './content.views.ts';

const t = useAppWithOrganisation('Harbridge Borough Council');
type Person = Awaited<ReturnType<typeof makePerson>>;
const people = {} as Record<'admin' | 'editor' | 'writer' | 'reader' | 'outsider', Person>;
let sectionId: string;

const signedIn = (person: Person) => signedInBrowser(t.app, person);
const idFrom = (location: string | undefined) => /\/(?:pages|news)\/([0-9a-f-]{36})/.exec(location ?? '')?.[1] as string;

async function post(client: BrowserClient, formPage: string, action: string, form: Record<string, string>) {
  await client.get(formPage);
  return client.post(action, form);
}

async function draftPage(client: BrowserClient, title: string, body = 'Book leave in self-service.') {
  const response = await post(client, `/sections/${sectionId}/pages/new`, `/sections/${sectionId}/pages`, {
    title,
    summary: `About ${title}`,
    body,
    intent: 'save',
  });
  expect(response.statusCode).toBe(303);
  return idFrom(response.headers.location);
}

const step = (client: BrowserClient, id: string, form: Record<string, string>) =>
  post(client, `/pages/${id}/manage`, `/pages/${id}/workflow`, form);

beforeAll(async () => {
  const db = t.database.db;
  const hr = await makeUnit(db, t.orgId, 'team', 'HR Advisory');
  people.admin = await makePerson(db, t.orgId, { role: 'org_admin', name: 'Alex Admin' });
  people.editor = await makePerson(db, t.orgId, { name: 'Eda Editor' });
  people.writer = await makePerson(db, t.orgId, { name: 'Wyn Writer' });
  people.reader = await makePerson(db, t.orgId, { name: 'Rhi Reader', staffGroup: 'frontline' });
  people.outsider = await makePerson(db, (await makeOrganisation(db)).id, { name: 'Olly Outsider' });
  await placePerson(db, people.editor.id, hr.id);
  const admin = await signedIn(people.admin);
  const made = await post(admin, '/sections/new', '/sections', {
    title: 'Pay and leave',
    ownerTeamId: hr.id,
    summary: 'Pay, leave and pensions',
  });
  sectionId = /\/sections\/([0-9a-f-]{36})/.exec(made.headers.location ?? '')?.[1] as string;
  await post(admin, `/sections/${sectionId}/roles`, `/sections/${sectionId}/roles`, {
    granteeEmail: people.writer.email,
    role: 'contributor',
  });
});

describe('a page’s workflow', () => {
  it('goes from a contributor’s draft, through review with a comment, to a page readers see', async () => {
    const writer = await signedIn(people.writer);
    const reader = await signedIn(people.reader);
    const editor = await signedIn(people.editor);
    const id = await draftPage(writer, 'Annual leave', '## Booking\n\n* Ask your manager\n\n:::warning\nBook two weeks ahead.\n:::');
    expect((await reader.get(`/pages/${id}`)).statusCode).toBe(404);
    expect((await reader.get(`/pages/${id}/draft`)).statusCode).toBe(404);

    const publishAsWriter = await step(writer, id, { action: 'publish' });
    expect(publishAsWriter.statusCode).toBe(404);
    expect((await step(writer, id, { action: 'submit', comment: 'Ready for a look' })).statusCode).toBe(303);

    const noComment = await step(editor, id, { action: 'reject' });
    expect(noComment.statusCode).toBe(400);
    expect(noComment.body).toContain('Say what needs to change');
    expect((await step(editor, id, { action: 'reject', comment: 'Add the carry-over rule' })).statusCode).toBe(303);
    expect((await writer.get(`/pages/${id}/history`)).body).toContain('Add the carry-over rule');

    await post(writer, `/pages/${id}/edit`, `/pages/${id}/edit`, {
      title: 'Annual leave',
      body: 'You may carry over five days.',
      intent: 'save',
    });
    await step(writer, id, { action: 'submit' });
    expect((await step(editor, id, { action: 'approve' })).statusCode).toBe(303);

    const page = await reader.get(`/pages/${id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('You may carry over five days.');
    expect(page.body).toContain('Wyn Writer');
  });

  it('keeps the published version for readers while a change is drafted, and shows the change as a diff', async () => {
    const editor = await signedIn(people.editor);
    const reader = await signedIn(people.reader);
    const id = await draftPage(editor, 'Sickness absence', 'Call your manager before 9am.');
    await step(editor, id, { action: 'publish' });
    await post(editor, `/pages/${id}/edit`, `/pages/${id}/edit`, {
      title: 'Sickness absence',
      body: 'Call your manager before 8am.',
      intent: 'save',
    });
    expect((await reader.get(`/pages/${id}`)).body).toContain('before 9am');
    const diff = await editor.get(`/pages/${id}/history/2`);
    expect(diff.body).toMatch(/<del>.*9am.*<\/del>/);
    expect(diff.body).toMatch(/<ins>.*8am.*<\/ins>/);
    await step(editor, id, { action: 'publish' });
    expect((await reader.get(`/pages/${id}`)).body).toContain('before 8am');

    expect((await post(editor, `/pages/${id}/history/1`, `/pages/${id}/history/1/restore`, {})).statusCode).toBe(303);
    await step(editor, id, { action: 'publish' });
    expect((await reader.get(`/pages/${id}`)).body).toContain('before 9am');
    const versions = await t.database.db.selectFrom('content_versions').select('version').where('item_id', '=', id).execute();
    expect(versions).toHaveLength(3);
  });

  it('refuses a step the workflow does not allow, saying why, and changes nothing', async () => {
    const editor = await signedIn(people.editor);
    const id = await draftPage(editor, 'Expenses');
    for (const action of ['approve', 'reject', 'reopen']) {
      const refused = await step(editor, id, { action, comment: 'no' });
      expect(refused.statusCode).toBe(400);
      expect(refused.body).toContain('That cannot be done now');
    }
    expect((await step(editor, id, { action: 'nonsense' })).statusCode).toBe(400);
    const row = await t.database.db.selectFrom('content_items').select('status').where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.status).toBe('draft');
  });

  it('offers the form for a new page or news story only to those who may save it', async () => {
    const reader = await signedIn(people.reader);
    expect((await reader.get(`/sections/${sectionId}/pages/new`)).statusCode).toBe(404);
    expect((await reader.get('/news/new')).statusCode).toBe(404);
    expect((await (await signedIn(people.writer)).get(`/sections/${sectionId}/pages/new`)).statusCode).toBe(200);
    expect((await (await signedIn(people.admin)).get('/news/new')).statusCode).toBe(200);
  });

  it('archives a page out of readers’ sight and reopens it as a draft', async () => {
    const editor = await signedIn(people.editor);
    const reader = await signedIn(people.reader);
    const id = await draftPage(editor, 'Old policy');
    await step(editor, id, { action: 'publish' });
    await step(editor, id, { action: 'archive' });
    expect((await reader.get(`/pages/${id}`)).statusCode).toBe(404);
    expect((await reader.get(`/sections/${sectionId}`)).body).not.toContain('Old policy');
    // Its manager is told so, not that readers still see version 1.
    const manage = (await editor.get(`/pages/${id}/manage`)).body;
    expect(manage).toContain('Nothing: it is archived.');
    expect(manage).not.toContain('See the published page');
    await step(editor, id, { action: 'reopen' });
    const row = await t.database.db.selectFrom('content_items').select('status').where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.status).toBe('draft');
  });

  it('publishes at a chosen time and comes down at another', async () => {
    const editor = await signedIn(people.editor);
    const reader = await signedIn(people.reader);
    const later = await draftPage(editor, 'Christmas opening hours');
    await step(editor, later, { action: 'publish', liveFrom: '2099-12-20T09:00' });
    expect((await reader.get(`/pages/${later}`)).statusCode).toBe(404);
    const events = await t.database.db.selectFrom('content_events').select('event').where('item_id', '=', later).execute();
    expect(events.map((row) => row.event)).toContain('scheduled');

    // Never earlier than asked: the hour the clocks skip in March is refused, not read an hour early.
    const skipped = await step(editor, later, { action: 'publish', liveFrom: '2099-03-29T01:30' });
    expect(skipped.statusCode).toBe(400);
    expect(skipped.body).toContain('the clocks go forward from 1am to 2am that night');
    expect(skipped.body).toContain('href="#liveFrom"');

    const brief = await draftPage(editor, 'Road closure');
    const bad = await step(editor, brief, { action: 'publish', liveUntil: '2001-01-01T09:00' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('must be after it is published');
    await step(editor, brief, { action: 'publish', liveUntil: '2099-01-01T09:00' });
    expect((await reader.get(`/pages/${brief}`)).statusCode).toBe(200);
    await t.database.db
      .updateTable('content_items')
      .set({ live_from: new Date(Date.now() - 120_000), live_until: new Date(Date.now() - 1000) })
      .where('id', '=', brief)
      .execute();
    await t.app.changes.caughtUp();
    expect((await reader.get(`/pages/${brief}`)).statusCode).toBe(404);
  });

  it('shows readers what another instance changed in a page they have already read', async () => {
    const editor = await signedIn(people.editor);
    const reader = await signedIn(people.reader);
    const linked = await draftPage(editor, 'Pension choices');
    await step(editor, linked, { action: 'publish' });
    const id = await post(editor, `/sections/${sectionId}/pages/new`, `/sections/${sectionId}/pages`, {
      title: 'Retiring',
      body: 'Tell HR six months ahead.',
      related: `/pages/${linked}`,
      intent: 'save',
    }).then((response) => idFrom(response.headers.location));
    await step(editor, id, { action: 'publish' });
    const first = (await reader.get(`/pages/${id}`)).body;
    expect(first).toContain('Pension choices');
    expect(first).toContain('Eda Editor');

    // Another instance (or a tool) writes to the database; this one hears of it and reads the page again.
    const db = t.database.db;
    await db.updateTable('users').set({ display_name: 'Eda Evans' }).where('id', '=', people.editor.id).execute();
    await t.app.changes.caughtUp();
    expect((await reader.get(`/pages/${id}`)).body).toContain('Eda Evans');
    await db.updateTable('content_items').set({ live_title: 'Pensions explained' }).where('id', '=', linked).execute();
    await t.app.changes.caughtUp();
    expect((await reader.get(`/pages/${id}`)).body).toContain('Pensions explained');

    await db.updateTable('content_items').set({ status: 'archived' }).where('id', '=', id).execute();
    await t.app.changes.caughtUp();
    expect((await reader.get(`/pages/${id}`)).statusCode).toBe(404);
    await db.updateTable('users').set({ display_name: 'Eda Editor' }).where('id', '=', people.editor.id).execute();
  });

  it('deletes softly: gone for everyone, restorable by an editor, audited throughout', async () => {
    const editor = await signedIn(people.editor);
    const reader = await signedIn(people.reader);
    const id = await draftPage(editor, 'Parking permits');
    await step(editor, id, { action: 'publish' });
    const deleted = await post(editor, `/pages/${id}/manage`, `/pages/${id}/delete`, {});
    expect(deleted.headers.location).toBe(`/sections/${sectionId}?deleted=1`);
    expect((await editor.get(deleted.headers.location as string)).body).toContain('It has been deleted. It can be restored');
    expect((await editor.get(`/sections/${sectionId}`)).body).not.toContain('It has been deleted');
    expect((await reader.get(`/pages/${id}`)).statusCode).toBe(404);
    expect((await editor.get(`/sections/${sectionId}/deleted`)).body).toContain('Parking permits');
    expect((await reader.get(`/sections/${sectionId}/deleted`)).statusCode).toBe(404);
    expect((await post(editor, `/sections/${sectionId}/deleted`, `/content/${id}/restore`, {})).statusCode).toBe(303);
    expect((await reader.get(`/pages/${id}`)).statusCode).toBe(200);
    const actions = await t.database.db.selectFrom('audit_events').select('action').where('subject_id', '=', id).orderBy('seq').execute();
    expect(actions.map((row) => row.action)).toEqual(['content.created', 'content.published', 'content.deleted', 'content.restored']);
  });

  it('answers 404 to another organisation, and explains bad input keeping what was typed', async () => {
    const outsider = await signedIn(people.outsider);
    const editor = await signedIn(people.editor);
    const id = await draftPage(editor, 'Flexible working');
    await step(editor, id, { action: 'publish' });
    for (const path of [`/pages/${id}`, `/pages/${id}/manage`, `/sections/${sectionId}`, `/sections/${sectionId}/pages/new`]) {
      expect((await outsider.get(path)).statusCode, path).toBe(404);
    }
    const bad = await post(editor, `/sections/${sectionId}/pages/new`, `/sections/${sectionId}/pages`, {
      title: '',
      body: 'Kept text',
      reviewDue: '2027-02-30',
      related: 'not a page',
      intent: 'save',
    });
    expect(bad.statusCode).toBe(400);
    for (const message of ['Enter a title', 'Enter the review date as a real date', 'Enter the address of a page'])
      expect(bad.body).toContain(message);
    expect(bad.body).toContain('Kept text');
  });

  it('previews without saving, and collects "was this page useful?" without names', async () => {
    const editor = await signedIn(people.editor);
    const reader = await signedIn(people.reader);
    const preview = await post(editor, `/sections/${sectionId}/pages/new`, `/sections/${sectionId}/pages`, {
      title: 'Preview me',
      body: '## A heading\n\n<script>alert(1)</script>',
      intent: 'preview',
    });
    expect(preview.statusCode).toBe(200);
    expect(preview.body).toContain('<h2 id="a-heading" class="govuk-heading-m">A heading</h2>');
    expect(preview.body).not.toContain('<script>alert(1)');
    expect(await t.database.db.selectFrom('content_items').select('id').where('title', '=', 'Preview me').execute()).toEqual([]);

    const id = await draftPage(editor, 'Payslips');
    await step(editor, id, { action: 'publish' });
    await reader.get(`/pages/${id}`);
    const answered = await reader.post(`/pages/${id}/feedback`, { useful: 'no', comment: 'Missing the pay dates' });
    expect(answered.headers.location).toBe(`/pages/${id}?feedback=1#feedback-heading`);
    expect((await reader.get(answered.headers.location as string)).body).toContain('Thank you for your feedback');
    const answers = await editor.get(`/pages/${id}/feedback`);
    expect(answers.body).toContain('Missing the pay dates');
    expect(answers.body).not.toContain('Rhi Reader');
    expect((await reader.get(`/pages/${id}/feedback`)).statusCode).toBe(404);
  });
});

describe('view counts', () => {
  it('adds what was counted in memory to the item’s count, leaving out items deleted for good meanwhile', async () => {
    const editor = await signedIn(people.editor);
    const id = await draftPage(editor, 'Car mileage rates');
    const gone = await draftPage(editor, 'Old mileage rates');
    const db = t.database.db;
    const failures: unknown[] = [];
    const counter = createViewCounter(db, (error) => failures.push(error));
    const viewsOf = async (itemId: string) =>
      (await db.selectFrom('content_views').select('views').where('item_id', '=', itemId).executeTakeFirst())?.views;
    for (let i = 0; i < 3; i++) counter.count(t.orgId, id);
    counter.count(t.orgId, gone);
    await db.deleteFrom('content_items').where('id', '=', gone).execute();
    await counter.flush();
    expect(Number(await viewsOf(id))).toBe(3);
    expect(await viewsOf(gone)).toBeUndefined();
    counter.count(t.orgId, id);
    counter.count(t.orgId, id);
    await counter.stop();
    expect(Number(await viewsOf(id))).toBe(5);
    expect(failures).toEqual([]);
  });
});

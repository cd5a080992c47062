import { readFile } from 'node:fs/promises';
import { sql } from 'kysely';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { toUkLocalInput } from '../../platform/formats.ts';
import { outboxMailer } from '../../platform/mail.ts';
import { type BrowserClient, signedInBrowser } from '../../testing/browser-client.ts';
import { makePerson, makeUnit, placePerson } from '../../testing/factories.ts';
import { useAppWithOrganisation } from '../../testing/test-app.ts';
import { createContentDaily } from './content.daily.ts';

const t = useAppWithOrganisation('Harbridge Borough Council');
type Person = Awaited<ReturnType<typeof makePerson>>;
const people: Record<'admin' | 'editor' | 'staff', Person> = {} as never;
let sectionId = '';
let editor: BrowserClient;
let admin: BrowserClient;
let staff: BrowserClient;

/** The daily round as the job queue runs it, on the test's database and file store. */
const runDaily = () =>
  createContentDaily({ db: t.database.db, mailer: outboxMailer, files: t.files, baseUrl: 'http://guildhall.test' }).run();

function idFrom(response: LightMyRequestResponse, pattern: RegExp): string {
  const id = pattern.exec(String(response.headers.location))?.[1];
  if (!id) throw new Error(`unexpected answer ${response.statusCode} ${String(response.headers.location)}`);
  return id;
}

/** A page made and (unless `publish` is null) published by the editor, through the forms. */
async function newPage(title: string, publish: Record<string, string> | null = {}): Promise<string> {
  await editor.get(`/sections/${sectionId}/pages/new`);
  const created = await editor.post(`/sections/${sectionId}/pages`, {
    title,
    summary: `About ${title}`,
    body: `${title}.`,
    intent: 'save',
  });
  const id = idFrom(created, /^\/pages\/([0-9a-f-]{36})\/manage\?saved=1$/);
  if (publish) {
    await editor.get(`/pages/${id}/manage`);
    expect((await editor.post(`/pages/${id}/workflow`, { action: 'publish', ...publish })).statusCode).toBe(303);
  }
  return id;
}

/** Time passing, as far as one item is concerned: its review date so many days from today. */
async function reviewDueIn(id: string, days: number) {
  await t.database.db
    .updateTable('content_items')
    .set({ review_due: sql<string>`current_date + ${days}::int` })
    .where('id', '=', id)
    .execute();
}

const daysAgo = (days: number) => sql<Date>`now() - make_interval(days => ${days})`;

const item = (id: string) => t.database.db.selectFrom('content_items').selectAll().where('id', '=', id).executeTakeFirst();

const mailsAbout = (title: string) =>
  t.database.db
    .selectFrom('outbox')
    .select(['to_address', 'subject', 'body_text'])
    .where('org_id', '=', t.orgId)
    .where('subject', 'like', `%${title}%`)
    .execute();

const eventsOf = async (id: string, event: string) =>
  (await t.database.db.selectFrom('content_events').select('actor_id').where('item_id', '=', id).where('event', '=', event).execute())
    .length;

const auditOf = (action: string, subjectId: string) =>
  t.database.db
    .selectFrom('audit_events')
    .select(['actor_id'])
    .where('org_id', '=', t.orgId)
    .where('action', '=', action)
    .where('subject_id', '=', subjectId)
    .execute();

beforeAll(async () => {
  const db = t.database.db;
  const team = await makeUnit(db, t.orgId, 'team', 'Communications');
  people.admin = await makePerson(db, t.orgId, { role: 'org_admin', name: 'Alex Admin' });
  people.editor = await makePerson(db, t.orgId, { name: 'Eira Editor' });
  people.staff = await makePerson(db, t.orgId, { name: 'Sam Staff' });
  await placePerson(db, people.editor.id, team.id);
  admin = await signedInBrowser(t.app, people.admin);
  await admin.get('/sections/new');
  sectionId = idFrom(await admin.post('/sections', { title: 'Working here', ownerTeamId: team.id }), /^\/sections\/([0-9a-f-]{36})$/);
  editor = await signedInBrowser(t.app, people.editor);
  staff = await signedInBrowser(t.app, people.staff);
});

describe('review reminders', () => {
  it('email the owner once about a review due within 30 days, linking to the page’s management', async () => {
    const soon = await newPage('Parking permits');
    const later = await newPage('Pension scheme');
    await reviewDueIn(soon, 20);
    await reviewDueIn(later, 60);
    await runDaily();
    const mails = await mailsAbout('Parking permits');
    expect(mails).toHaveLength(1);
    expect(mails[0]?.to_address).toBe(people.editor.email);
    expect(mails[0]?.subject).toBe('Please review: Parking permits');
    expect(mails[0]?.body_text).toContain(`http://guildhall.test/pages/${soon}/manage`);
    expect(await eventsOf(soon, 'review_reminder')).toBe(1);
    expect((await item(soon))?.review_reminded_at).toBeInstanceOf(Date);
    await runDaily();
    expect(await mailsAbout('Parking permits')).toHaveLength(1);
    expect(await mailsAbout('Pension scheme')).toHaveLength(0);
  });

  it('mark a page whose review date has passed as overdue, once, and show it in the admins’ report only', async () => {
    const id = await newPage('Expenses policy');
    await reviewDueIn(id, -1);
    await runDaily();
    await runDaily();
    expect((await item(id))?.review_overdue).toBe(true);
    expect(await eventsOf(id, 'marked_overdue')).toBe(1);
    await t.app.changes.caughtUp();
    for (const query of ['', '?state=overdue']) {
      const report = await admin.get(`/admin/content-review${query}`);
      expect(report.statusCode).toBe(200);
      expect(report.body).toMatch(new RegExp(`href="/pages/${id}/manage">Expenses policy</a>[\\s\\S]*?Review overdue`));
    }
    expect((await admin.get('/admin/content-review?state=soon')).body).not.toContain('Expenses policy');
    expect((await staff.get('/admin/content-review')).statusCode).toBe(404);
    expect((await staff.get('/admin/content-review?state=overdue')).statusCode).toBe(404);
  });

  it('start again when the owner edits the page to a new review date: no stale overdue mark, and a reminder next time', async () => {
    const id = await newPage('Flexible working');
    await reviewDueIn(id, -1);
    await runDaily();
    expect(await mailsAbout('Flexible working')).toHaveLength(1);
    await editor.get(`/pages/${id}/edit`);
    const nextYear = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);
    const saved = await editor.post(`/pages/${id}/edit`, {
      title: 'Flexible working',
      summary: 'Checked',
      body: 'Still right.',
      reviewDue: nextYear,
    });
    expect(saved.statusCode).toBe(303);
    expect((await editor.get(`/pages/${id}/manage`)).body).not.toContain('Review overdue');
    // A year on, the new date comes near: the owner should hear of it as they did of the last one.
    await reviewDueIn(id, 20);
    await runDaily();
    expect(await mailsAbout('Flexible working')).toHaveLength(2);
  });
});

describe('scheduled unpublishing', () => {
  it('hides a page from readers once its live_until passes, and the daily job then archives it', async () => {
    const inAWeek = toUkLocalInput(new Date(Date.now() + 7 * 86_400_000));
    const id = await newPage('Christmas opening hours', { liveUntil: inAWeek });
    expect((await staff.get(`/pages/${id}`)).statusCode).toBe(200);
    await t.database.db
      .updateTable('content_items')
      .set({ live_from: daysAgo(2), live_until: daysAgo(1) })
      .where('id', '=', id)
      .execute();
    await t.app.changes.caughtUp();
    // Before the job: readers are told nothing is there; editors are sent to the draft.
    expect((await staff.get(`/pages/${id}`)).statusCode).toBe(404);
    expect((await staff.get(`/sections/${sectionId}`)).body).not.toContain('Christmas opening hours');
    const forEditor = await editor.get(`/pages/${id}`);
    expect(forEditor.statusCode).toBe(303);
    expect(forEditor.headers.location).toBe(`/pages/${id}/draft`);
    expect((await item(id))?.status).toBe('published');

    await runDaily();
    expect((await item(id))?.status).toBe('archived');
    expect(await eventsOf(id, 'archived')).toBe(1);
    expect(await auditOf('content.archived', id)).toEqual([{ actor_id: null }]);
    expect((await staff.get(`/pages/${id}`)).statusCode).toBe(404);
    await runDaily();
    expect(await auditOf('content.archived', id)).toHaveLength(1);
  });
});

describe('removing what was deleted', () => {
  async function deletePage(id: string, ago: number) {
    await editor.get(`/pages/${id}/manage`);
    expect((await editor.post(`/pages/${id}/delete`, {})).statusCode).toBe(303);
    await t.database.db
      .updateTable('content_items')
      .set({ deleted_at: daysAgo(ago) })
      .where('id', '=', id)
      .execute();
  }

  it('removes pages deleted over 30 days ago for good, and keeps newer ones restorable', async () => {
    const old = await newPage('Old canteen menu');
    const recent = await newPage('Summer fete');
    await deletePage(old, 31);
    await deletePage(recent, 10);
    await runDaily();
    expect(await item(old)).toBeUndefined();
    expect(await t.database.db.selectFrom('content_versions').select('version').where('item_id', '=', old).execute()).toEqual([]);
    expect(await auditOf('content.purged', old)).toEqual([{ actor_id: null }]);
    expect(await item(recent)).toBeDefined();
    expect(await auditOf('content.purged', recent)).toEqual([]);

    const trash = await editor.get(`/sections/${sectionId}/deleted`);
    expect(trash.body).toContain('Summer fete');
    expect(trash.body).not.toContain('Old canteen menu');
    expect((await editor.post(`/content/${recent}/restore`, {})).statusCode).toBe(303);
    expect((await staff.get(`/pages/${recent}`)).statusCode).toBe(200);
  });

  it('removes a document deleted over 30 days ago, its file included', async () => {
    await editor.get(`/sections/${sectionId}/documents`);
    const pdf = await readFile(new URL('../../testing/fixtures/sample.pdf', import.meta.url));
    const upload = await editor.upload(
      `/sections/${sectionId}/documents`,
      {},
      { field: 'file', filename: 'old-rota.pdf', content: pdf, contentType: 'application/pdf' },
    );
    const id = idFrom(upload, /^\/documents\/([0-9a-f-]{36})\?uploaded=1$/);
    await t.jobs.settled();
    const { file_key } = await t.database.db
      .selectFrom('document_versions')
      .select('file_key')
      .where('document_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(await t.files.get(file_key)).not.toBeNull();
    await editor.get(`/documents/${id}`);
    expect((await editor.post(`/documents/${id}/delete`, {})).statusCode).toBe(303);
    await t.database.db
      .updateTable('documents')
      .set({ deleted_at: daysAgo(31) })
      .where('id', '=', id)
      .execute();
    await runDaily();
    expect(await t.database.db.selectFrom('documents').select('id').where('id', '=', id).executeTakeFirst()).toBeUndefined();
    expect(await t.database.db.selectFrom('document_versions').select('version').where('document_id', '=', id).execute()).toEqual([]);
    expect(await t.files.get(file_key)).toBeNull();
    expect(await auditOf('document.purged', id)).toEqual([{ actor_id: null }]);
  });

  it('removes a news item’s picture from the file store when the item is removed for good', async () => {
    await admin.get('/news/new');
    const png = await readFile(new URL('../../testing/fixtures/sample.png', import.meta.url));
    const fields = { title: 'Bin collections move', summary: 'New days', body: 'From Monday.', imageAlt: 'A bin lorry', intent: 'save' };
    const created = await admin.upload('/news', fields, { field: 'image', filename: 'lorry.png', content: png, contentType: 'image/png' });
    const id = idFrom(created, /^\/news\/([0-9a-f-]{36})\/manage\?saved=1$/);
    const { image_key } = await t.database.db
      .selectFrom('content_versions')
      .select('image_key')
      .where('item_id', '=', id)
      .executeTakeFirstOrThrow();
    if (!image_key) throw new Error('the news item kept no picture');
    expect(await t.files.get(image_key)).not.toBeNull();
    await admin.get(`/news/${id}/manage`);
    expect((await admin.post(`/news/${id}/delete`, {})).statusCode).toBe(303);
    await t.database.db
      .updateTable('content_items')
      .set({ deleted_at: daysAgo(31) })
      .where('id', '=', id)
      .execute();
    await runDaily();
    expect(await item(id)).toBeUndefined();
    expect(await t.files.get(image_key)).toBeNull();
  });
});

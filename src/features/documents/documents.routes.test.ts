import { request as httpRequest } from 'node:http';
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserClient, signedInBrowser } from '../../testing/browser-client.ts';
import { makeOrganisation, makePerson, makeUnit, placePerson } from '../../testing/factories.ts';
import { createTestApp, type TestApp, useAppWithOrganisation } from '../../testing/test-app.ts';

const t = useAppWithOrganisation('Harbridge Borough Council');
type Person = Awaited<ReturnType<typeof makePerson>>;
type Fields = Record<string, string>;
const people: Record<'editor' | 'secondEditor' | 'staff' | 'viewer' | 'outsider', Person> = {} as never;
const sections: Record<'open' | 'restricted', string> = {} as never;
const signedIn = (person: Person) => signedInBrowser(t.app, person);
const fixture = (name: string) => readFile(new URL(`../../testing/fixtures/${name}`, import.meta.url));
const pdf = await fixture('sample.pdf');
const png = await fixture('sample.png');
const sentence = 'Lone workers must check in with the duty manager every two hours.';
const browserTypes: Record<string, string> = { pdf: 'application/pdf', png: 'image/png', txt: 'text/plain', html: 'text/html' };
/** The page's text with the entities Nunjucks writes for quotes and ampersands turned back. */
const decoded = (html: string) =>
  html
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** An organisation admin makes a section through its form: its owner team then edits there. */
async function makeSection(app: TestApp['app'], admin: Person, ownerTeamId: string, form: Record<string, string>) {
  const client = await signedInBrowser(app, admin);
  await client.get('/sections/new');
  const response = await client.post('/sections', { ownerTeamId, summary: 'Guidance and forms', ...form });
  const id = /^\/sections\/([0-9a-f-]{36})$/.exec(String(response.headers.location))?.[1];
  if (!id) throw new Error(`no section made: ${response.statusCode}`);
  return { id, admin: client };
}

/** Uploads through the library's form as a browser does: the page first, for its token. */
async function upload(client: BrowserClient, section: string, filename: string, content: Buffer | string, fields: Fields = {}) {
  await client.get(`/sections/${section}/documents${fields.folderId ? `?folder=${fields.folderId}` : ''}`);
  const contentType = browserTypes[filename.split('.').at(-1) ?? ''] ?? 'application/octet-stream';
  return client.upload(`/sections/${section}/documents`, fields, { field: 'file', filename, content, contentType });
}

function documentIdOf(response: LightMyRequestResponse): string {
  const id = /^\/documents\/([0-9a-f-]{36})\?uploaded=1$/.exec(String(response.headers.location))?.[1];
  if (!id) throw new Error(`no document made: ${response.statusCode}`);
  return id;
}

async function uploaded(client: BrowserClient, section: string, name: string, filename = name, fields: Fields = {}) {
  const response = await upload(client, section, filename, await fixture(name), fields);
  expect(response.statusCode).toBe(303);
  return documentIdOf(response);
}

const documentRows = async (database = t.database) => (await database.db.selectFrom('documents').select('id').execute()).length;

const versionOf = (id: string, version = 1) =>
  t.database.db
    .selectFrom('document_versions')
    .selectAll()
    .where('document_id', '=', id)
    .where('version', '=', version)
    .executeTakeFirstOrThrow();

const auditActors = async (action: string, subjectId: string) =>
  (
    await t.database.db
      .selectFrom('audit_events')
      .select('actor_id')
      .where('org_id', '=', t.orgId)
      .where('action', '=', action)
      .where('subject_id', '=', subjectId)
      .orderBy('seq')
      .execute()
  ).map((row) => row.actor_id);

beforeAll(async () => {
  const db = t.database.db;
  const team = await makeUnit(db, t.orgId, 'team', 'Health and Safety');
  const admin = await makePerson(db, t.orgId, { role: 'org_admin', name: 'Alex Admin' });
  people.editor = await makePerson(db, t.orgId, { name: 'Nerys Editor' });
  people.secondEditor = await makePerson(db, t.orgId, { name: 'Gareth Second' });
  people.staff = await makePerson(db, t.orgId, { name: 'Sam Staff' });
  people.viewer = await makePerson(db, t.orgId, { name: 'Vic Viewer' });
  people.outsider = await makePerson(db, (await makeOrganisation(db)).id, { role: 'org_admin' });
  for (const person of [people.editor, people.secondEditor]) await placePerson(db, person.id, team.id);
  sections.open = (await makeSection(t.app, admin, team.id, { title: 'Health and safety' })).id;
  const restricted = await makeSection(t.app, admin, team.id, { title: 'Staff casework', restricted: 'yes' });
  sections.restricted = restricted.id;
  await restricted.admin.get(`/sections/${restricted.id}/roles`);
  const granted = await restricted.admin.post(`/sections/${restricted.id}/roles`, { granteeEmail: people.viewer.email, role: 'viewer' });
  expect(granted.statusCode).toBe(303);
});

describe('uploading to a section’s library', () => {
  it('reads the text of a PDF and a DOCX once the job has run, and makes a JPEG thumbnail of a PNG', async () => {
    const editor = await signedIn(people.editor);
    const policy = await uploaded(editor, sections.open, 'sample.pdf', 'lone-working.pdf', { title: 'Lone working policy' });
    const docx = await uploaded(editor, sections.open, 'sample.docx');
    const picture = await uploaded(editor, sections.open, 'sample.png');
    await t.jobs.settled();
    expect(await versionOf(policy)).toMatchObject({ text_status: 'done', text: expect.stringContaining(sentence) });
    const emails = 'Report suspicious emails to the ICT Service Desk before opening any attachment.';
    expect(await versionOf(docx)).toMatchObject({ text_status: 'done', text: expect.stringContaining(emails) });
    const page = (await editor.get(`/documents/${policy}`)).body;
    expect(page).toContain('<h1 class="govuk-heading-l">Lone working policy</h1>');
    // A way back to the library it is in, and to its section.
    expect(page).toContain(`<a class="govuk-breadcrumbs__link" href="/sections/${sections.open}/documents">`);
    expect(page).toContain(`<a class="govuk-breadcrumbs__link" href="/sections/${sections.open}">`);
    const image = await versionOf(picture);
    expect(image.thumbnail_key).toMatch(/\/thumbnails\/.+\.jpg$/);
    const thumbnail = await editor.get(`/documents/${picture}/thumbnail`);
    expect(thumbnail.statusCode).toBe(200);
    expect(thumbnail.headers['content-type']).toBe('image/jpeg');
    expect([...thumbnail.rawPayload.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    expect((await editor.get(`/documents/${policy}/thumbnail`)).statusCode).toBe(404);
  });

  const mismatch = "The file's contents do not match its name: it is not really the kind of file its name says";
  const unsupported = 'The file must be a PDF, DOCX, XLSX, ODT, PNG, JPEG or TXT file';
  const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
  const refusals = [
    { what: 'a PNG named report.pdf', filename: 'report.pdf', content: png, message: mismatch },
    { what: 'an SVG with a script', filename: 'picture.svg', content: svg, message: unsupported },
    { what: 'an HTML file', filename: 'notes.html', content: '<!doctype html><p>Hello</p>', message: unsupported },
    { what: 'HTML named notes.txt', filename: 'notes.txt', content: '<html><script>alert(1)</script></html>', message: mismatch },
    // A chosen file of no bytes: the form should say so, not ask for a file (uploadedFile() treats it as none).
    { what: 'an empty file (“The file is empty”)', filename: 'notes.txt', content: '', message: 'The file is empty' },
    // What a browser sends when no file was chosen: a part with no name and nothing in it.
    { what: 'no file chosen', filename: '', content: '', message: 'Choose a file to upload' },
  ];

  it.each(refusals)('refuses $what with 400 and a message saying why, storing nothing', async ({ filename, content, message }) => {
    const editor = await signedIn(people.editor);
    const before = await documentRows();
    const response = await upload(editor, sections.open, filename, content);
    expect(response.statusCode).toBe(400);
    expect(decoded(response.body)).toContain(message);
    expect(await documentRows()).toBe(before);
  });
});

describe('an upload over the limit (UPLOAD_LIMIT_MB=1)', () => {
  let small: TestApp;
  let sectionId: string;
  let client: BrowserClient;
  beforeAll(async () => {
    small = await createTestApp({ UPLOAD_LIMIT_MB: '1' });
    const db = small.database.db;
    const orgId = (await makeOrganisation(db)).id;
    const team = await makeUnit(db, orgId, 'team', 'Records');
    const editor = await makePerson(db, orgId);
    await placePerson(db, editor.id, team.id);
    sectionId = (await makeSection(small.app, await makePerson(db, orgId, { role: 'org_admin' }), team.id, { title: 'Records' })).id;
    client = await signedInBrowser(small.app, editor);
  });
  afterAll(() => small.close());

  it('answers 413 with the “too large” page and stores nothing', async () => {
    const twoMegabytes = Buffer.concat([pdf, Buffer.alloc(2 * 1024 * 1024, 0x20)]);
    const response = await upload(client, sectionId, 'big.pdf', twoMegabytes);
    expect(response.statusCode).toBe(413);
    expect(response.body).toContain('<h1 class="govuk-heading-l">What you sent is too large</h1>');
    expect(response.body).toContain('Go back and send less.');
    expect(await documentRows(small.database)).toBe(0);
    // Under the limit, the same editor and section upload fine: the 413 was the size.
    expect((await upload(client, sectionId, 'sample.pdf', pdf)).statusCode).toBe(303);
  });

  it('stops reading the request soon after the limit, rather than draining the whole body', async () => {
    // Over a real socket, as a browser sends it: 32 MB from a stream that counts what was written. A server that
    // read on to the end would take all of it; one that stops at the limit closes the connection after its 413,
    // having taken 1 MB and what the two sockets' buffers hold (a few MB on loopback).
    await client.get(`/sections/${sectionId}/documents`);
    const address = await small.app.listen({ port: 0, host: '127.0.0.1' });
    const { stream, pulled } = countingUpload(String(client.lastCsrfToken), 32 * 1024 * 1024);
    const before = await documentRows(small.database);
    const status = await new Promise<number>((resolve, reject) => {
      const request = httpRequest(`${address}/sections/${sectionId}/documents`, {
        method: 'POST',
        headers: {
          cookie: [...client.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
          'content-type': 'multipart/form-data; boundary=limit-test',
        },
      });
      request.on('response', (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      // The server closes the connection after its answer, so the rest of the upload cannot be written.
      request.on('error', (error) => (pulled() < 32 * 1024 * 1024 ? undefined : reject(error)));
      stream.pipe(request);
    });
    expect(status).toBe(413);
    expect(await documentRows(small.database)).toBe(before);
    expect(pulled()).toBeLessThan(16 * 1024 * 1024);
  });
});

describe('downloads', () => {
  const quoted = `attachment; filename="Rota _final_.pdf"; filename*=UTF-8''Rota%20%22final%22.pdf`;
  const dispositions = [
    { name: 'quotes escaped as \\"', sent: 'Rota \\"final\\".pdf', expected: quoted },
    // The HTML standard has browsers send a filename's quotes as %22 (multipart/form-data encoding algorithm).
    { name: 'quotes that browsers send as %22', sent: 'Rota %22final%22.pdf', expected: quoted },
    {
      name: 'Welsh letters and a dash',
      sent: 'Canllawiau Ŵyl Dewi – ysgolion.pdf',
      expected: `attachment; filename="Canllawiau Wyl Dewi _ ysgolion.pdf"; filename*=UTF-8''Canllawiau%20%C5%B4yl%20Dewi%20%E2%80%93%20ysgolion.pdf`,
    },
    { name: 'a Windows path', sent: '..\\..\\evil.pdf', expected: `attachment; filename="evil.pdf"; filename*=UTF-8''evil.pdf` },
  ];

  it.each(dispositions)(
    'download a file named with $name as an attachment under a safe name, with its type, nosniff and a sandbox',
    async ({ sent, expected }) => {
      const editor = await signedIn(people.editor);
      const id = await uploaded(editor, sections.open, 'sample.pdf', sent);
      const download = await editor.get(`/documents/${id}/download`);
      expect(download.statusCode).toBe(200);
      expect(download.rawPayload.equals(pdf)).toBe(true);
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(download.headers['content-disposition']).toBe(expected);
      expect(download.headers['x-content-type-options']).toBe('nosniff');
      expect(download.headers['content-security-policy']).toContain('sandbox');
      expect((await versionOf(id)).filename).not.toMatch(/[\\/]/);
    },
  );

  it('send plain text as UTF-8, still as an attachment', async () => {
    const editor = await signedIn(people.editor);
    const id = await uploaded(editor, sections.open, 'sample.txt', 'gritting.txt');
    const download = await editor.get(`/documents/${id}/download`);
    expect(download.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename="gritting\.txt"/);
    expect(download.body).toContain('Croeso i Gyngor Bwrdeistref Harbridge – diolch yn fawr.');
  });

  it('keep version 1 downloadable after version 2, and list both with who uploaded them', async () => {
    const id = await uploaded(await signedIn(people.editor), sections.open, 'sample.txt', 'rota-v1.txt');
    const second = await signedIn(people.secondEditor);
    await second.get(`/documents/${id}`);
    const version2 = 'Rota, second edition.';
    const response = await second.upload(
      `/documents/${id}/versions`,
      {},
      { field: 'file', filename: 'rota-v2.txt', content: version2, contentType: 'text/plain' },
    );
    expect(response.statusCode).toBe(303);
    expect((await second.get(`/documents/${id}/download`)).body).toBe(version2);
    expect((await second.get(`/documents/${id}/versions/2/download`)).body).toBe(version2);
    expect((await second.get(`/documents/${id}/versions/1/download`)).rawPayload.equals(await fixture('sample.txt'))).toBe(true);
    expect((await second.get(`/documents/${id}/versions/3/download`)).statusCode).toBe(404);
    const page = (await second.get(`/documents/${id}`)).body;
    expect(page).toMatch(/<td class="govuk-table__cell">2<\/td>[\s\S]*?rota-v2\.txt[\s\S]*?Gareth Second,/);
    expect(page).toMatch(/<td class="govuk-table__cell">1<\/td>[\s\S]*?rota-v1\.txt[\s\S]*?Nerys Editor,/);
    expect(await auditActors('document.uploaded', id)).toEqual([people.editor.id, people.secondEditor.id]);
  });
});

describe('folders', () => {
  async function addFolder(client: BrowserClient, name: string) {
    await client.get(`/sections/${sections.open}/documents`);
    expect((await client.post(`/sections/${sections.open}/folders`, { name })).statusCode).toBe(303);
    const row = await t.database.db.selectFrom('document_folders').select('id').where('name', '=', name).executeTakeFirstOrThrow();
    return row.id;
  }

  it('hold uploads, and only an empty one can be deleted', async () => {
    const editor = await signedIn(people.editor);
    const full = await addFolder(editor, 'Risk assessments');
    const id = await uploaded(editor, sections.open, 'sample.pdf', 'ladders.pdf', { folderId: full, title: 'Working at height' });
    expect((await editor.get(`/sections/${sections.open}/documents?folder=${full}`)).body).toContain(
      `href="/documents/${id}">Working at height</a>`,
    );
    expect((await editor.get(`/sections/${sections.open}/documents`)).body).not.toContain(`/documents/${id}"`);

    const refused = await editor.post(`/sections/${sections.open}/folders/${full}/delete`, {});
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Only an empty folder can be deleted: move or delete what is in it first');
    const kept = await t.database.db.selectFrom('document_folders').select('deleted_at').where('id', '=', full).executeTakeFirstOrThrow();
    expect(kept.deleted_at).toBeNull();

    const empty = await addFolder(editor, 'Old forms');
    await editor.get(`/sections/${sections.open}/documents?folder=${empty}`);
    expect((await editor.post(`/sections/${sections.open}/folders/${empty}/delete`, {})).statusCode).toBe(303);
    const library = (await editor.get(`/sections/${sections.open}/documents`)).body;
    expect(library).toContain('Risk assessments');
    expect(library).not.toContain('Old forms');
    expect((await editor.get(`/sections/${sections.open}/documents?folder=${empty}`)).statusCode).toBe(404);
  });

  it('answer 404, not a server error, to a folder id that is not one (a tampered hidden field)', async () => {
    const editor = await signedIn(people.editor);
    const before = await documentRows();
    for (const folderId of ['4b8f2a8e-0c4e-4a57-9a53-0d7c6a1f2b3c', 'not-a-folder']) {
      expect((await upload(editor, sections.open, 'sample.pdf', pdf, { folderId })).statusCode).toBe(404);
      await editor.get(`/sections/${sections.open}/documents`);
      expect((await editor.post(`/sections/${sections.open}/folders`, { name: 'Stray', parentId: folderId })).statusCode).toBe(404);
    }
    expect(await documentRows()).toBe(before);
  });
});

describe('who may do what', () => {
  it('lets staff with no role download from an open section, but not upload or delete', async () => {
    const id = await uploaded(await signedIn(people.editor), sections.open, 'sample.pdf', 'open.pdf');
    const staff = await signedIn(people.staff);
    expect((await staff.get(`/sections/${sections.open}/documents`)).statusCode).toBe(200);
    expect((await staff.get(`/documents/${id}`)).statusCode).toBe(200);
    expect((await staff.get(`/documents/${id}/download`)).statusCode).toBe(200);
    const before = await documentRows();
    expect((await upload(staff, sections.open, 'sample.pdf', pdf)).statusCode).toBe(404);
    expect(await documentRows()).toBe(before);
    await staff.get(`/documents/${id}`);
    expect((await staff.post(`/documents/${id}/delete`, {})).statusCode).toBe(404);
    expect((await staff.get(`/documents/${id}`)).statusCode).toBe(200);
  });

  it('hides a restricted section’s library from staff without a role, but not from its viewers', async () => {
    const id = await uploaded(await signedIn(people.editor), sections.restricted, 'sample.pdf', 'casework.pdf');
    const staff = await signedIn(people.staff);
    for (const path of [`/sections/${sections.restricted}/documents`, `/documents/${id}`, `/documents/${id}/download`])
      expect((await staff.get(path)).statusCode).toBe(404);
    const viewer = await signedIn(people.viewer);
    expect((await viewer.get(`/documents/${id}/download`)).statusCode).toBe(200);
    expect((await upload(viewer, sections.restricted, 'sample.pdf', pdf)).statusCode).toBe(404);
  });

  it('shows another organisation nothing, and sends the signed-out to sign in', async () => {
    const id = await uploaded(await signedIn(people.editor), sections.open, 'sample.png', 'site-map.png');
    await t.jobs.settled();
    const paths = [`/sections/${sections.open}/documents`, `/documents/${id}`, `/documents/${id}/download`, `/documents/${id}/thumbnail`];
    const outsider = await signedIn(people.outsider);
    for (const path of paths) expect((await outsider.get(path)).statusCode).toBe(404);
    expect((await upload(outsider, sections.open, 'sample.pdf', pdf)).statusCode).toBe(404);
    expect((await outsider.post(`/documents/${id}/delete`, {})).statusCode).toBe(404);
    const anonymous = new BrowserClient(t.app, '10.77.0.1');
    for (const path of paths) {
      const response = await anonymous.get(path);
      expect(response.statusCode).toBe(303);
      expect(response.headers.location).toBe(`/sign-in?returnTo=${encodeURIComponent(path)}`);
    }
  });
});

describe('deleting and restoring', () => {
  it('hides a deleted document, lists it with the deleted things, puts it back, and audits each step', async () => {
    const editor = await signedIn(people.editor);
    const id = await uploaded(editor, sections.open, 'sample.pdf', 'fire-drill.pdf', { title: 'Fire drill record' });
    await editor.get(`/documents/${id}`);
    const deleted = await editor.post(`/documents/${id}/delete`, {});
    expect(deleted.statusCode).toBe(303);
    expect(deleted.headers.location).toBe(`/sections/${sections.open}/documents?deleted=1`);
    expect((await editor.get(deleted.headers.location as string)).body).toContain('It has been deleted. It can be restored');
    expect((await editor.get(`/documents/${id}`)).statusCode).toBe(404);
    expect((await editor.get(`/documents/${id}/download`)).statusCode).toBe(404);
    const trash = await editor.get(`/sections/${sections.open}/deleted`);
    expect(trash.body).toContain('Fire drill record');
    expect(trash.body).toContain(`/documents/${id}/restore`);
    const restored = await editor.post(`/documents/${id}/restore`, {});
    expect(restored.statusCode).toBe(303);
    expect((await editor.get(`/documents/${id}/download`)).statusCode).toBe(200);
    expect((await editor.get(`/sections/${sections.open}/deleted`)).body).not.toContain('Fire drill record');
    for (const action of ['document.uploaded', 'document.deleted', 'document.restored'])
      expect(await auditActors(action, id)).toEqual([people.editor.id]);
  });
});

/** A multipart body made as it is read, `size` bytes of file in all, and how many bytes have been read so far. */
function countingUpload(csrfToken: string, size: number) {
  const head = Buffer.from(
    `--limit-test\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${csrfToken}\r\n` +
      `--limit-test\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n`,
  );
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  const parts = [head, ...Array.from({ length: Math.ceil(size / chunk.length) }, () => chunk), Buffer.from('\r\n--limit-test--\r\n')];
  let read = 0;
  let next = 0;
  const stream = new Readable({
    read() {
      const part = parts[next++];
      if (part) read += part.length;
      this.push(part ?? null);
    },
  });
  return { stream, pulled: () => read };
}

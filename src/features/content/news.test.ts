import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BrowserClient, signedInBrowser } from '../../testing/browser-client.ts';
import { makePerson, makeUnit, placePerson } from '../../testing/factories.ts';
import { useAppWithOrganisation } from '../../testing/test-app.ts';

const t = useAppWithOrganisation('Harbridge Borough Council');
type Person = Awaited<ReturnType<typeof makePerson>>;
const people = {} as Record<'comms' | 'crew' | 'librarian' | 'manager', Person>;
const units = {} as Record<'place' | 'waste' | 'crew' | 'libraries', string>;
const fixture = (name: string) => readFileSync(new URL(`../../testing/fixtures/${name}`, import.meta.url));

const signedIn = (person: Person) => signedInBrowser(t.app, person);

/** Writes and publishes a story as the comms officer; `form` adds its audience and options. */
async function publishStory(comms: BrowserClient, title: string, form: Record<string, string> = {}) {
  await comms.get('/news/new');
  const made = await comms.post('/news', { title, summary: `${title} in brief`, body: `All about ${title}.`, intent: 'save', ...form });
  expect(made.statusCode, made.body.slice(0, 300)).toBe(303);
  const id = /\/news\/([0-9a-f-]{36})/.exec(made.headers.location ?? '')?.[1] as string;
  await comms.get(`/news/${id}/manage`);
  expect((await comms.post(`/news/${id}/workflow`, { action: 'publish' })).statusCode).toBe(303);
  return id;
}

beforeAll(async () => {
  const db = t.database.db;
  units.place = (await makeUnit(db, t.orgId, 'directorate', 'Place and Environment')).id;
  units.waste = (await makeUnit(db, t.orgId, 'service', 'Waste and Recycling', units.place)).id;
  units.crew = (await makeUnit(db, t.orgId, 'team', 'North Collection Crew', units.waste)).id;
  units.libraries = (await makeUnit(db, t.orgId, 'team', 'Libraries')).id;
  people.comms = await makePerson(db, t.orgId, { name: 'Cari Comms' });
  people.crew = await makePerson(db, t.orgId, { name: 'Colin Crew', staffGroup: 'frontline' });
  people.librarian = await makePerson(db, t.orgId, { name: 'Lowri Library', staffGroup: 'frontline' });
  people.manager = await makePerson(db, t.orgId, { name: 'Mo Manager', staffGroup: 'manager' });
  await placePerson(db, people.crew.id, units.crew);
  await placePerson(db, people.librarian.id, units.libraries);
  await placePerson(db, people.manager.id, units.libraries);
  await db
    .insertInto('role_grants')
    .values({ org_id: t.orgId, area_type: 'news', area_id: null, role: 'editor', grantee_user_id: people.comms.id })
    .execute();
});

describe('news', () => {
  it('reaches the people it is for: everyone, a directorate and everything below it, or a staff group', async () => {
    const comms = await signedIn(people.comms);
    await publishStory(comms, 'Staff survey results');
    await publishStory(comms, 'New electric bin lorries', { audienceUnits: units.place });
    await publishStory(comms, 'Managers’ briefing', { audienceGroups: 'manager' });
    const read = async (person: Person) => (await (await signedIn(person)).get('/news')).body;

    const crew = await read(people.crew);
    expect(crew).toContain('Staff survey results');
    expect(crew).toContain('New electric bin lorries');
    expect(crew).not.toContain('Managers’ briefing');
    const librarian = await read(people.librarian);
    expect(librarian).toContain('Staff survey results');
    expect(librarian).not.toContain('New electric bin lorries');
    expect(await read(people.manager)).toContain('Managers’ briefing');
  });

  it('puts pinned stories first, shows featured ones at the top of the home page, and filters by category', async () => {
    const comms = await signedIn(people.comms);
    await publishStory(comms, 'Winter gritting starts', { pinned: 'yes', categories: 'Operations, Winter' });
    await publishStory(comms, 'Long service awards', { featured: 'yes', categories: 'Staff news' });
    const librarian = await signedIn(people.librarian);
    const list = (await librarian.get('/news')).body;
    expect(list.indexOf('Winter gritting starts')).toBeLessThan(list.indexOf('Long service awards'));
    const home = (await librarian.get('/')).body;
    expect(home.indexOf('Featured')).toBeLessThan(home.indexOf('Long service awards'));
    const winter = (await librarian.get('/news?category=Winter')).body;
    expect(winter).toContain('Winter gritting starts');
    expect(winter).not.toContain('Long service awards');
  });

  it('heads each story one level below the list it is in: under the page title for readers, under "Published" beside drafts', async () => {
    const comms = await signedIn(people.comms);
    await publishStory(comms, 'Heading levels checked');
    const levelsOfStories = (html: string) =>
      [...html.matchAll(/<h(\d) class="govuk-heading-s[^"]*"><a class="govuk-link" href="\/news\/[0-9a-f-]{36}">/g)].map((m) => m[1]);
    const forReader = (await (await signedIn(people.librarian)).get('/news')).body;
    expect(forReader).not.toContain('<h2 class="govuk-heading-m">Published</h2>');
    expect(levelsOfStories(forReader).length).toBeGreaterThan(0);
    expect(new Set(levelsOfStories(forReader))).toEqual(new Set(['2']));

    await comms.get('/news/new');
    expect((await comms.post('/news', { title: 'A draft', summary: 'Not yet', body: 'Soon.', intent: 'save' })).statusCode).toBe(303);
    const forEditor = (await comms.get('/news')).body;
    expect(forEditor).toContain('<h2 class="govuk-heading-m">Published</h2>');
    expect(new Set(levelsOfStories(forEditor))).toEqual(new Set(['3']));
    // The home page lists them under its own h2s.
    expect(new Set(levelsOfStories((await comms.get('/')).body))).toEqual(new Set(['3']));
  });

  it('takes comments when they are on, and lets authors and editors take them down', async () => {
    const comms = await signedIn(people.comms);
    const open = await publishStory(comms, 'Bake sale', { commentsEnabled: 'yes' });
    const closed = await publishStory(comms, 'Budget statement');
    const crew = await signedIn(people.crew);
    await crew.get(`/news/${open}`);
    const empty = await crew.post(`/news/${open}/comments`, { comment: '   ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Write your comment');
    expect((await crew.post(`/news/${open}/comments`, { comment: 'Count me in <b>please</b>' })).statusCode).toBe(303);
    const page = (await crew.get(`/news/${open}`)).body;
    expect(page).toContain('Count me in &lt;b&gt;please&lt;/b&gt;');
    await crew.get(`/news/${closed}`);
    expect((await crew.post(`/news/${closed}/comments`, { comment: 'Hello' })).statusCode).toBe(404);

    const comment = await t.database.db.selectFrom('content_comments').select('id').where('item_id', '=', open).executeTakeFirstOrThrow();
    const librarian = await signedIn(people.librarian);
    await librarian.get(`/news/${open}`);
    expect((await librarian.post(`/news/${open}/comments/${comment.id}/delete`, {})).statusCode).toBe(404);
    await comms.get(`/news/${open}`);
    expect((await comms.post(`/news/${open}/comments/${comment.id}/delete`, {})).statusCode).toBe(303);
    expect((await crew.get(`/news/${open}`)).body).not.toContain('Count me in');
  });

  it('needs a description for a picture, refuses what is not one, and serves it re-encoded without its metadata', async () => {
    const comms = await signedIn(people.comms);
    await comms.get('/news/new');
    const base = { title: 'New depot', body: 'Opening soon.', intent: 'save' };
    const noAlt = await comms.upload('/news', base, {
      field: 'image',
      filename: 'depot.jpg',
      content: fixture('sample.jpg'),
      contentType: 'image/jpeg',
    });
    expect(noAlt.statusCode).toBe(400);
    expect(noAlt.body).toContain('Describe the picture for people who cannot see it');
    // The browser cannot keep the chosen file: the form says to choose it again, unless the picture itself was wrong.
    expect(noAlt.body).toContain('Choose the picture again');
    const notAPicture = await comms.upload(
      '/news',
      { ...base, imageAlt: 'The depot' },
      { field: 'image', filename: 'depot.jpg', content: fixture('sample.pdf'), contentType: 'image/jpeg' },
    );
    expect(notAPicture.statusCode).toBe(400);
    expect(notAPicture.body).toContain('The picture must be a PNG or JPEG image');
    expect(notAPicture.body).not.toContain('Choose the picture again');

    const made = await comms.upload(
      '/news',
      { ...base, imageAlt: 'The new depot at dawn' },
      { field: 'image', filename: 'depot.jpg', content: fixture('sample.jpg'), contentType: 'image/jpeg' },
    );
    expect(made.statusCode).toBe(303);
    const id = /\/news\/([0-9a-f-]{36})/.exec(made.headers.location ?? '')?.[1] as string;
    await comms.get(`/news/${id}/manage`);
    await comms.post(`/news/${id}/workflow`, { action: 'publish' });
    const reader = await signedIn(people.crew);
    expect((await reader.get(`/news/${id}`)).body).toContain('alt="The new depot at dawn"');
    const image = await reader.get(`/news/${id}/image`);
    expect(image.headers['content-type']).toBe('image/jpeg');
    expect((await sharp(image.rawPayload).metadata()).exif).toBeUndefined();
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { type BrowserClient, signedInBrowser } from '../../testing/browser-client.ts';
import { makeDocument, makeSection, publishItem, publishItems } from '../../testing/content-fixtures.ts';
import { hostileQueries } from '../../testing/hostile-queries.ts';
import { searchPage } from '../../testing/search-page.ts';
import { rankedCandidates } from './search.sql.ts';
import { maxPage } from './search.service.ts';
import { makePerson, makeUnit, placePerson } from '../../testing/factories.ts';
import { useAppWithOrganisation } from '../../testing/test-app.ts';

const t = useAppWithOrganisation('Harbridge Borough Council');
type Person = Awaited<ReturnType<typeof makePerson>>;
let reader: Person;
let author: Person;
let browser: BrowserClient;
const ids = {} as Record<string, string>;
const units = {} as Record<'resources' | 'payroll' | 'waste', string>;
const sections = {} as Record<'hr' | 'pay' | 'waste', string>;

const searchFor = (query: string, extra = '') => searchPage(browser, query, extra);

beforeAll(async () => {
  const db = t.database.db;
  units.resources = (await makeUnit(db, t.orgId, 'directorate', 'Resources')).id;
  units.payroll = (await makeUnit(db, t.orgId, 'team', 'Payroll Team', units.resources)).id;
  units.waste = (await makeUnit(db, t.orgId, 'team', 'Waste Collection', null)).id;
  reader = await makePerson(db, t.orgId, { name: 'Rhian Reader' });
  author = await makePerson(db, t.orgId, { name: 'John Smith' });
  await db
    .updateTable('users')
    .set({ job_title: 'Payroll officer', skills: ['Pensions', 'Salary sacrifice'] })
    .where('id', '=', author.id)
    .execute();
  await placePerson(db, author.id, units.payroll);
  sections.hr = await makeSection(db, t.orgId, { title: 'HR', ownerTeamId: units.resources });
  sections.pay = await makeSection(db, t.orgId, { title: 'Pay', ownerTeamId: units.payroll, parentId: sections.hr });
  sections.waste = await makeSection(db, t.orgId, { title: 'Bins', ownerTeamId: units.waste });
  const publish = (title: string, options: Partial<Parameters<typeof publishItem>[2]> = {}) =>
    publishItem(db, t.orgId, { title, ownerId: author.id, sectionId: sections.pay, ...options });
  ids.leave = await publish('Annual leave', { summary: 'How much holiday you get', body: 'Book your leave early. Carry over five days.' });
  ids.sickness = await publish('Sickness absence', { body: 'If you are ill, phone your manager. Annual leave is not affected.' });
  ids.leaving = await publish('Leaving the council', { body: 'Resigning: give notice in writing to your manager.' });
  ids.report = await publish('Annual report', { body: 'What the council did this year.' });
  ids.welsh = await publish('Gwyliau blynyddol', { language: 'cy', body: 'Archebwch eich gwyliau yn gynnar.' });
  ids.welshBread = await publish('Bara a menyn', { language: 'cy', body: 'Bara a menyn i bawb.' });
  ids.carPark = await publish('Car park permits', { body: 'Apply for a permit for the multistorey car park. Send the form by email.' });
  ids.yard = await publish('Yard parking', { body: 'Crews may park vans in the yard car-park overnight, with a permit.' });
  ids.bins = await publish('Bin collection rounds', { sectionId: sections.waste, body: 'Rounds start at 6am from the depot.' });
  ids.oldNews = await publishItem(db, t.orgId, {
    kind: 'news',
    title: 'Depot reopens',
    body: 'The depot has reopened after repairs.',
    ownerId: author.id,
    liveFrom: new Date(Date.now() - 400 * 86_400_000),
  });
  ids.script = await publish('Escaping check', {
    body: 'A page that mentions <script>alert(1)</script> \uE000no match\uE001 zebracrossing.',
  });
  ids.document = await makeDocument(db, t.orgId, {
    sectionId: sections.pay,
    title: 'Pay scales 2026',
    filename: 'pay-scales-2026.pdf',
    text: 'Spinal column points and the grades they belong to, agreed with the unions.',
    createdBy: author.id,
  });
  browser = await signedInBrowser(t.app, reader);
});

describe('search', () => {
  it('has a box in the header of every page', async () => {
    const home = await browser.get('/');
    expect(home.body).toMatch(/<form method="get" action="\/search" role="search"/);
    expect(home.body).toContain('for="header-search"');
  });

  it('finds pages, news, documents by the text inside them, people by name, job title, team and skills, and teams', async () => {
    expect((await searchFor('carry over')).titles).toContain('Annual leave');
    expect((await searchFor('depot reopened')).titles).toContain('Depot reopens');
    expect((await searchFor('spinal column points')).titles).toContain('Pay scales 2026');
    for (const query of ['John Smith', 'payroll officer', 'salary sacrifice', 'pensions']) {
      expect((await searchFor(query)).titles, query).toContain('John Smith');
    }
    expect((await searchFor('waste collection')).titles).toContain('Waste Collection');
    // A person is found by their team's name too.
    expect((await searchFor('payroll team')).titles).toEqual(expect.arrayContaining(['Payroll Team', 'John Smith']));
  });

  it('puts matches in the title first, and the exact phrase before scattered words', async () => {
    const leave = await searchFor('annual leave');
    expect(leave.titles[0]).toBe('Annual leave');
    expect(leave.titles).toContain('Sickness absence');
    expect(leave.titles.indexOf('Annual leave')).toBeLessThan(leave.titles.indexOf('Sickness absence'));
  });

  it('stems English ("leaving" finds "leave") and searches Welsh word for word', async () => {
    const leaving = await searchFor('leaving');
    expect(leaving.titles).toEqual(expect.arrayContaining(['Leaving the council', 'Annual leave']));
    expect((await searchFor('gwyliau')).titles).toContain('Gwyliau blynyddol');
    expect((await searchFor('blynyddol')).html).toContain('lang="cy"');
  });

  it('takes quotes, OR and -word as people type them', async () => {
    const phrase = await searchFor('"annual leave"');
    expect(phrase.titles).toEqual(expect.arrayContaining(['Annual leave', 'Sickness absence']));
    expect(phrase.titles).not.toContain('Leaving the council');
    const either = await searchFor('depot OR resigning');
    expect(either.titles).toEqual(expect.arrayContaining(['Depot reopens', 'Leaving the council']));
    const without = await searchFor('leave -sickness');
    expect(without.titles).toContain('Annual leave');
    expect(without.titles).not.toContain('Sickness absence');
    // Left out however it is read: as English ("leav", which English entries hold) and word for word ("leave").
    const notLeave = await searchFor('annual -leave');
    expect(notLeave.titles).toEqual(['Annual report']);
    expect((await searchFor('annual -"annual leave"')).titles).toEqual(['Annual report']);
    // Names found by likeness are left out too.
    expect((await searchFor('smith')).titles).toContain('John Smith');
    expect((await searchFor('smith -john')).titles).not.toContain('John Smith');
    // A word English reading drops ("a", Welsh for "and") is still looked for word for word beside a minus.
    expect((await searchFor('a -gwyliau')).titles).toEqual(['Bara a menyn']);
    // Leaving out alone looks for nothing (rather than listing everything else).
    const onlyLeftOut = await searchFor('-leave');
    expect(onlyLeftOut.titles).toEqual([]);
    expect(onlyLeftOut.html).toContain('0 results');
  });

  it('finds words joined by a hyphen, slash or dot however they are written', async () => {
    expect((await searchFor('car-park')).titles).toEqual(expect.arrayContaining(['Car park permits', 'Yard parking']));
    expect((await searchFor('car park')).titles).toEqual(expect.arrayContaining(['Car park permits', 'Yard parking']));
    expect((await searchFor('e-mail')).titles).toEqual(['Car park permits']);
    expect((await searchFor('sickness/absence')).titles).toContain('Sickness absence');
    // Left out however it is written too.
    expect((await searchFor('permit -car-park')).titles).toEqual([]);
    expect((await searchFor('permit -multistorey')).titles).toEqual(['Yard parking']);
  });

  it('finds people by misspelt and partial names', async () => {
    expect((await searchFor('jon smth')).titles).toContain('John Smith');
    expect((await searchFor('jhon smith')).titles).toContain('John Smith');
    expect((await searchFor('smit')).titles).toContain('John Smith');
  });

  it('shows snippets with the matched words marked, and everything else escaped', async () => {
    const { html } = await searchFor('zebracrossing');
    expect(html).toContain('<mark>zebracrossing</mark>');
    expect(html).not.toContain('<script>alert(1)</script>');
    // The characters the database marks matches with, written into a page, mark nothing.
    expect(html).toContain('no match <mark>zebracrossing</mark>');
    expect(html.match(/<mark>/g)).toHaveLength(1);
  });

  it('filters by type, section, organisation unit and date, and pages through results', async () => {
    const documents = await searchFor('pay', '&type=document');
    expect(documents.titles).toEqual(['Pay scales 2026']);
    const inHr = await searchFor('rounds OR leave', `&section=${sections.hr}`);
    expect(inHr.titles).toContain('Annual leave');
    expect(inHr.titles).not.toContain('Bin collection rounds');
    const inWaste = await searchFor('rounds OR leave', `&unit=${units.waste}`);
    expect(inWaste.titles).toEqual(['Bin collection rounds']);
    expect(inWaste.html).toContain(`<option value="${units.waste}" selected>Waste Collection</option>`);
    const recent = await searchFor('depot', '&period=year');
    expect(recent.titles).not.toContain('Depot reopens');
    expect(recent.titles).toContain('Bin collection rounds');
    // A section or unit that is not this person's to choose (another council's, or gone) is no filter, as the form shows it.
    const anywhere = (await searchFor('rounds OR leave')).titles;
    for (const unknown of [`&section=${crypto.randomUUID()}`, `&unit=${crypto.randomUUID()}`]) {
      const ignored = await searchFor('rounds OR leave', unknown);
      expect(ignored.titles, unknown).toEqual(anywhere);
      expect(ignored.html, unknown).not.toMatch(/<option value="[^"]+" selected>/);
    }

    for (let index = 0; index < 25; index++)
      await publishItem(t.database.db, t.orgId, { title: `Pothole report ${index}`, ownerId: author.id, sectionId: sections.waste });
    const first = await searchFor('pothole');
    expect(first.html).toContain('25 results');
    expect(first.titles).toHaveLength(20);
    // Paging of the same shape is rendered once: each search's links are its own.
    const pagingLinks = (html: string) => [...html.matchAll(/govuk-pagination__link" href="([^"]*)"/g)].map((m) => m[1]);
    expect(pagingLinks(first.html)).toEqual([
      expect.stringMatching(/^\/search\?q=pothole&amp;s=[^&]+$/),
      expect.stringMatching(/^\/search\?q=pothole&amp;page=2&amp;s=[^&]+$/),
      expect.stringMatching(/^\/search\?q=pothole&amp;page=2&amp;s=[^&]+$/),
    ]);
    const reports = await searchFor('report "pothole"', '&period=year');
    expect(pagingLinks(reports.html)).toEqual([
      expect.stringMatching(/^\/search\?q=report\+%22pothole%22&amp;period=year&amp;s=[^&]+$/),
      expect.stringMatching(/^\/search\?q=report\+%22pothole%22&amp;period=year&amp;page=2&amp;s=[^&]+$/),
      expect.stringMatching(/^\/search\?q=report\+%22pothole%22&amp;period=year&amp;page=2&amp;s=[^&]+$/),
    ]);
    // GOV.UK's paging speaks the page's language.
    const welsh = await signedInBrowser(t.app, await makePerson(t.database.db, t.orgId));
    await welsh.post('/language', { lang: 'cy', returnTo: '/' });
    const tudalen = (await welsh.get('/search?q=pothole')).body;
    expect(tudalen).toContain('aria-label="Tudalen 2"');
    expect(tudalen).toMatch(/>\s*Nesaf\s*</);
    expect(tudalen).not.toMatch(/Page 2|>\s*Next|> page</);
    const second = await searchFor('pothole', '&page=2');
    expect(second.titles).toHaveLength(5);
    expect(new Set([...first.titles, ...second.titles]).size).toBe(25);
    // Past the last page the total is unknown (it comes with the rows): the page says so, rather than "0 results".
    const past = await searchFor('pothole', '&page=9');
    expect(past.titles).toEqual([]);
    expect(past.html).toContain('No results on page 9');
    expect(past.html).toContain('<a class="govuk-link" href="/search?q=pothole">Go to the first page of results</a>');
    expect(past.html).not.toMatch(/\b0 results/);
    // However far past the last page there could be, the page asked for is the one named.
    const farPast = await searchFor('pothole', `&page=${maxPage + 1}`);
    expect(farPast.titles).toEqual([]);
    expect(farPast.html).toContain(`No results on page ${maxPage + 1}`);
    expect((await searchFor('pothole', '&page=99999')).html).toContain('No results on page 99999');
  });

  it('favours what is fresher and more read, other things being equal', async () => {
    const db = t.database.db;
    const resultIds = async () =>
      [...(await searchFor('gritting')).html.matchAll(/\/search\/open\?[^"]*id=([0-9a-f-]{36})/g)].map((m) => m[1]);
    const older = await publishItem(db, t.orgId, {
      title: 'Gritting routes',
      ownerId: author.id,
      sectionId: sections.waste,
      liveFrom: new Date(Date.now() - 300 * 86_400_000),
    });
    const newer = await publishItem(db, t.orgId, { title: 'Gritting routes', ownerId: author.id, sectionId: sections.waste });
    expect(await resultIds()).toEqual([newer, older]);
    await db.insertInto('content_views').values({ org_id: t.orgId, item_id: older, views: 5000 }).execute();
    expect(await resultIds()).toEqual([older, newer]);
  });

  it('puts a title match first even when more entries match than are ranked, and counts them all', async () => {
    const db = t.database.db;
    // Older than every body match, so that only its title can bring it into the ranked candidates.
    await publishItem(db, t.orgId, {
      title: 'Quarry safety',
      ownerId: author.id,
      sectionId: sections.waste,
      liveFrom: new Date(Date.now() - 200 * 86_400_000),
    });
    const bodyMatches = rankedCandidates + 20;
    await publishItems(
      db,
      t.orgId,
      Array.from({ length: bodyMatches }, (_, index) => ({
        title: `Site note ${index}`,
        body: 'Lorries leave the quarry before noon.',
        ownerId: author.id,
        sectionId: sections.waste,
      })),
    );
    const found = await searchFor('quarry');
    expect(found.titles[0]).toBe('Quarry safety');
    expect(found.html).toContain(`${(bodyMatches + 1).toLocaleString('en-GB')} results`);
    // Paging stops where the ranking does.
    expect(found.html).toMatch(new RegExp(`page=${maxPage}[&"]`));
    expect(found.html).not.toMatch(new RegExp(`page=${maxPage + 1}[&"]`));
  });

  it('searches any string up to 500 characters without error, and refuses a longer one clearly', async () => {
    for (const query of hostileQueries) {
      const response = await browser.get(`/search?q=${encodeURIComponent(query)}`);
      expect(response.statusCode, query).toBe(200);
      expect(response.body).not.toContain('<script>alert(1)</script>');
    }
    // The page is rendered around its results (reply.pageAround): typing the mark where they go changes nothing.
    const slot = await browser.get(`/search?q=${encodeURIComponent('<!--guildhall:slot--> leave')}`);
    expect(slot.statusCode).toBe(200);
    expect(slot.body).toContain('value="&lt;!--guildhall:slot--&gt; leave"');
    expect(slot.body.match(/id="results-heading"/g)).toHaveLength(1);
    expect(slot.body.indexOf('id="results-heading"')).toBeGreaterThan(slot.body.indexOf('</details>'));
    expect(slot.body.trimEnd()).toMatch(/<\/html>$/);
    // A hand-edited address is searched as far as it makes sense: the first of a repeated value, filters it does not know ignored.
    const junk = [
      'q=leave&q=annual',
      `q=leave&page=${'9'.repeat(25)}`,
      `q=leave&type=${'x'.repeat(30)}`,
      `q=leave&${Array.from({ length: 25 }, () => 'type=page').join('&')}`,
      `q=leave&section=${'x'.repeat(150)}&unit=${'y'.repeat(150)}&period=${'z'.repeat(30)}`,
      'q=leave&section=a&section=b&period=week&period=year&s=1&s=2',
    ];
    for (const query of junk) {
      const response = await browser.get(`/search?${query}`);
      expect(response.statusCode, query).toBe(200);
      expect(response.body, query).toMatch(/results for ‘leave’/);
    }
    // A control character is searched as a space, and shown as one; a NUL, taken out of every address, is no HTML.
    const bell = await searchFor('leave\u0007x');
    expect(bell.html).not.toContain('\u0007');
    expect(bell.html).toContain('results for ‘leave x’');
    expect(bell.html).toContain('value="leave x"');
    const nul = await searchFor('leave\u0000 x');
    expect(nul.html).not.toContain('\u0000');
    expect(nul.html).toContain('results for ‘leave x’');
    const tooLong = await browser.get(`/search?q=${'x'.repeat(501)}`);
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.body).toContain('Search for 500 characters or fewer');
    expect(tooLong.body).toContain('govuk-error-summary');
    // What was typed is kept in the box, to be shortened.
    expect(tooLong.body).toContain(`value="${'x'.repeat(501)}"`);
  });

  it('says why nothing was found when the query itself tells', async () => {
    const tips = /Check the spelling\.[\s\S]*Try fewer or different words\./;
    const because = {
      tooCommon: 'Words such as ‘the’, ‘and’ and ‘of’ are too common to search for on their own.',
      onlyLeftOut: 'A minus sign leaves a word out of the results. Add a word to look for as well.',
      noWords: 'Search for a word, a name or a phrase.',
    };
    const cases: Array<[string, keyof typeof because | null]> = [
      ['the and of', 'tooCommon'],
      ['"to be or not to be"', 'tooCommon'],
      ['the -leave', 'tooCommon'],
      ['-leave', 'onlyLeftOut'],
      ['-"annual leave" -report', 'onlyLeftOut'],
      ['😀 !!!', 'noWords'],
      ['""', 'noWords'],
      // A word nobody wrote: only the usual tips.
      ['zxqvbnm', null],
      ['the zxqvbnm', null],
    ];
    for (const [query, expected] of cases) {
      const { html, titles: found } = await searchFor(query);
      expect(found, query).toEqual([]);
      expect(html, query).toContain('Nothing matched your search.');
      for (const [cause, text] of Object.entries(because)) {
        if (cause === expected) expect(html, query).toContain(text);
        else expect(html, query).not.toContain(text.slice(0, 20));
      }
      if (expected) expect(html, query).not.toMatch(tips);
      else expect(html, query).toMatch(tips);
    }
    // Where something is found, no reason is given for finding nothing.
    const found = await searchFor('the leave');
    expect(found.titles).toContain('Annual leave');
    expect(found.html).not.toContain('Nothing matched your search.');
    // In Welsh too.
    const welsh = await signedInBrowser(t.app, await makePerson(t.database.db, t.orgId));
    await welsh.post('/language', { lang: 'cy', returnTo: '/' });
    expect((await welsh.get('/search?q=-leave')).body).toContain('Mae arwydd minws yn gadael gair allan');
  });

  it('suggests people and titles as you type, as JSON', async () => {
    const response = await browser.get('/search/suggest?q=john');
    expect(response.statusCode).toBe(200);
    const { suggestions } = response.json() as { suggestions: Array<{ title: string; url: string }> };
    expect(suggestions[0]).toMatchObject({ title: 'John Smith', url: `/people/${author.id}` });
    const titlesFound = (await browser.get('/search/suggest?q=annual')).json() as { suggestions: Array<{ title: string }> };
    expect(titlesFound.suggestions.map((each) => each.title)).toContain('Annual leave');
    // A Welsh title on an English page is marked as Welsh; English ones are not marked.
    const welsh = (await browser.get('/search/suggest?q=gwyliau')).json() as { suggestions: Array<{ title: string; lang: string | null }> };
    expect(welsh.suggestions).toContainEqual(expect.objectContaining({ title: 'Gwyliau blynyddol', lang: 'cy' }));
    expect(titlesFound.suggestions).toContainEqual(expect.objectContaining({ title: 'Annual leave', lang: null }));
    expect(((await browser.get('/search/suggest?q=%25')).json() as { suggestions: unknown[] }).suggestions).toEqual([]);
    // A repeated value counts as its first, as on the search page.
    const repeated = (await browser.get('/search/suggest?q=john&q=x')).json() as { suggestions: Array<{ title: string }> };
    expect(repeated.suggestions[0]).toMatchObject({ title: 'John Smith' });
    // Two characters match too much to suggest from, and no index finds them.
    expect(((await browser.get('/search/suggest?q=jo')).json() as { suggestions: unknown[] }).suggestions).toEqual([]);
    expect(((await browser.get('/search/suggest?q=joh')).json() as { suggestions: unknown[] }).suggestions).not.toEqual([]);
  });

  it('counts which result was opened, and opens only Guildhall pages', async () => {
    const { html } = await searchFor('annual leave');
    const link = /href="(\/search\/open\?[^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&') as string;
    const opened = await browser.get(link);
    expect(opened.statusCode).toBe(303);
    expect(opened.headers.location).toBe(`/pages/${ids.leave}`);
    const searchId = new URLSearchParams(link.split('?')[1]).get('s') as string;
    const logged = await t.database.db.selectFrom('search_log').selectAll().where('id', '=', searchId).executeTakeFirstOrThrow();
    expect(logged).toMatchObject({ org_id: t.orgId, query: 'annual leave', clicked_position: 1 });
    expect(Object.keys(logged).sort()).toEqual(['at', 'clicked_position', 'id', 'org_id', 'query', 'results']);
    const elsewhere = await browser.get(`/search/open?s=${searchId}&p=1&kind=https://evil.example&id=${ids.leave}`);
    expect(elsewhere.statusCode).toBe(400);
  });

  it('asks people to sign in first', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/search?q=leave' });
    expect(response.statusCode).toBe(303);
  });
});

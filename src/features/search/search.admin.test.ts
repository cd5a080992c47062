import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/database.ts';
import { type BrowserClient, signedInBrowser } from '../../testing/browser-client.ts';
import { makeSection, publishItem } from '../../testing/content-fixtures.ts';
import { makeOrganisation, makePerson, makeUnit } from '../../testing/factories.ts';
import { useAppWithOrganisation } from '../../testing/test-app.ts';
import { renderBody } from '../content/content.queries.ts';
import { checkPeriod, parseTarget } from './search.admin.forms.ts';

const t = useAppWithOrganisation('Harbridge Borough Council');
type Person = Awaited<ReturnType<typeof makePerson>>;
const people = {} as Record<'admin' | 'member' | 'otherAdmin', Person>;
const ids = {} as Record<'payrollPage' | 'leavePage' | 'payrollTeam' | 'otherPage', string>;
let otherOrgId = '';

const signedIn = (person: Person) => signedInBrowser(t.app, person);
const day = 86_400_000;
const adminUrls = ['/admin/search', '/admin/search/export.csv', '/admin/search/best-bets', '/admin/search/synonyms'];

let sectionsMade = 0;

/** A published page in a section open to everyone, written as the content feature would leave it; the triggers index it. */
async function publishPage(db: Db, orgId: string, author: Person, teamId: string, title: string, body: string) {
  const section = await db
    .insertInto('sections')
    .values({ org_id: orgId, title: `Section ${(sectionsMade += 1)}`, owner_team_id: teamId })
    .returning('id')
    .executeTakeFirstOrThrow();
  const published = new Date(Date.now() - day);
  const item = await db
    .insertInto('content_items')
    .values({
      org_id: orgId,
      kind: 'page',
      section_id: section.id,
      status: 'published',
      title,
      live_version: 1,
      live_title: title,
      live_summary: '',
      live_from: published,
      first_published_at: published,
      owner_id: author.id,
      created_by: author.id,
      updated_by: author.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('content_versions')
    .values({
      org_id: orgId,
      item_id: item.id,
      version: 1,
      title,
      body,
      body_html: renderBody(body, 'en'),
      saved_by: author.id,
      saved_at: published,
    })
    .execute();
  return item.id;
}

/** The links a search page gives its results, as /search/open addresses. */
function resultLinks(html: string): string[] {
  return [...html.matchAll(/href="(\/search\/open\?[^"]+)"/g)].map((match) => (match[1] as string).replaceAll('&amp;', '&'));
}

async function searchFor(client: BrowserClient, query: string) {
  const response = await client.get(`/search?${new URLSearchParams({ q: query }).toString()}`);
  expect(response.statusCode, query).toBe(200);
  return response;
}

/** Opens the result at `position` from a search's page; `claimed` is the position the link says, for positions past the page. */
async function openResult(client: BrowserClient, html: string, position: number, claimed = position) {
  const link = new URL(resultLinks(html)[position - 1] as string, 'http://localhost');
  link.searchParams.set('p', String(claimed));
  const response = await client.get(`${link.pathname}${link.search}`);
  expect(response.statusCode).toBe(303);
}

async function exportCsv(client: BrowserClient, query = '') {
  const response = await client.get(`/admin/search/export.csv${query}`);
  expect(response.statusCode).toBe(200);
  return { response, rows: parse(response.body, { columns: true }) as Array<Record<string, string>> };
}

beforeAll(async () => {
  const db = t.database.db;
  people.admin = await makePerson(db, t.orgId, { role: 'org_admin', name: 'Alex Admin' });
  people.member = await makePerson(db, t.orgId, { name: 'Sam Staff' });
  ids.payrollTeam = (await makeUnit(db, t.orgId, 'team', 'Payroll and Pensions')).id;
  ids.payrollPage = await publishPage(db, t.orgId, people.admin, ids.payrollTeam, 'Pay dates and payroll', 'When you are paid each month.');
  ids.leavePage = await publishPage(
    db,
    t.orgId,
    people.admin,
    ids.payrollTeam,
    'Booking time off',
    'How to book annual leave with your manager.',
  );
  otherOrgId = (await makeOrganisation(db, { name: 'Elsewhere Council' })).id;
  people.otherAdmin = await makePerson(db, otherOrgId, { role: 'org_admin', name: 'Olive Other' });
  const otherTeam = await makeUnit(db, otherOrgId, 'team', 'Elsewhere payroll');
  ids.otherPage = await publishPage(db, otherOrgId, people.otherAdmin, otherTeam.id, 'Elsewhere payslips', 'Their payslips.');
});

describe('search analytics', () => {
  it('count searches, no-result and no-click queries, and clicks by position, for the chosen period', async () => {
    // An organisation of its own, so that every count is this test's.
    const db = t.database.db;
    const orgId = (await makeOrganisation(db, { name: 'Counting Council' })).id;
    const admin = await signedIn(await makePerson(db, orgId, { role: 'org_admin' }));
    const pat = await makePerson(db, orgId, { name: 'Payroll Pat' });
    const staff = await signedIn(pat);
    const payroll = await makeUnit(db, orgId, 'team', 'Payroll and Pensions');
    // Enough that a result can be opened from the second page.
    for (let index = 0; index < 12; index++) await publishPage(db, orgId, pat, payroll.id, `Payroll note ${index}`, 'Pay.');

    const first = await searchFor(staff, 'payroll');
    expect(resultLinks(first.body).length).toBeGreaterThanOrEqual(2);
    await openResult(staff, first.body, 1);
    await openResult(staff, (await searchFor(staff, 'Payroll')).body, 2);
    await searchFor(staff, 'payroll  ');
    // Opened from far down (a link past the first page says so): counted as "11 or later".
    await openResult(staff, (await searchFor(staff, 'PAYROLL')).body, 1, 12);
    await searchFor(staff, 'zzqx nothing');
    await searchFor(staff, 'zzqx nothing');
    // A position past the search's results is no result opened (a link made by hand): not counted.
    const pensions = (await searchFor(staff, 'pensions')).body;
    expect(pensions).toMatch(/\b[1-9] results? for/);
    await openResult(staff, pensions, 1, 12);

    const page = await admin.get('/admin/search');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Top queries');
    expect(page.body).toMatch(/<td class="govuk-table__cell guildhall-table__cell--query">payroll<\/td>[\s\S]*?>4<\/td>[\s\S]*?>75%<\/td>/);
    expect(page.body).toContain('zzqx nothing');
    expect(page.body).toContain('11 or later');

    const { response, rows } = await exportCsv(admin);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="search-org-[^"]+-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const section = (name: string) => rows.filter((row) => row.section === name);
    expect(section('totals')).toEqual([expect.objectContaining({ searches: '7', clicks: '3', click_through_percent: '42.9' })]);
    expect(section('top_queries').map((row) => [row.query, row.searches, row.clicks, row.click_through_percent])).toEqual([
      ['payroll', '4', '3', '75'],
      ['zzqx nothing', '2', '0', '0'],
      ['pensions', '1', '0', '0'],
    ]);
    expect(section('no_results').map((row) => [row.query, row.searches])).toEqual([['zzqx nothing', '2']]);
    expect(section('no_click').map((row) => [row.query, row.searches, row.unopened])).toEqual([
      ['payroll', '4', '1'],
      ['pensions', '1', '1'],
    ]);
    const positions = section('click_position').map((row) => [row.position, row.clicks, row.share_of_searches_percent]);
    expect(positions).toHaveLength(11);
    expect(positions.filter(([, clicks]) => clicks !== '0')).toEqual([
      ['1', '1', '14.3'],
      ['2', '1', '14.3'],
      ['11+', '1', '14.3'],
    ]);

    // A period without searches says so, and nothing else in the organisation leaks in.
    const past = await admin.get('/admin/search?from=2020-01-01&to=2020-01-31');
    expect(past.statusCode).toBe(200);
    expect(past.body).toContain('Nobody searched in this period.');
    expect((await exportCsv(admin, '?from=2020-01-01&to=2020-01-31')).rows.filter((row) => row.section === 'top_queries')).toEqual([]);
  });

  it('count a result opened from a later page for the search it continues', async () => {
    const db = t.database.db;
    const orgId = (await makeOrganisation(db, { name: 'Paging Council' })).id;
    const author = await makePerson(db, orgId);
    const team = await makeUnit(db, orgId, 'team', 'Depot');
    for (let index = 0; index < 25; index++) await publishPage(db, orgId, author, team.id, `Gritting rota ${index}`, 'Who grits when.');
    const staff = await signedIn(await makePerson(db, orgId));

    const first = (await searchFor(staff, 'gritting')).body;
    const toSecond = /href="([^"]*page=2[^"]*)"/.exec(first)?.[1]?.replaceAll('&amp;', '&') as string;
    expect(toSecond).toMatch(/[?&]s=[0-9a-f-]{36}/);
    const second = await staff.get(toSecond);
    expect(second.statusCode).toBe(200);
    // Its links go through /search/open for the same search, at positions after the first page's.
    const link = new URL(resultLinks(second.body)[0] as string, 'http://localhost');
    const token = new URL(toSecond, 'http://localhost').searchParams.get('s') as string;
    expect(token.split('.')[0]).toBe(link.searchParams.get('s'));
    expect(link.searchParams.get('p')).toBe('21');
    expect((await staff.get(`${link.pathname}${link.search}`)).statusCode).toBe(303);
    // Back to the first page from the second: the same search, not another.
    const back = /href="([^"]*)" rel="prev"/.exec(second.body)?.[1]?.replaceAll('&amp;', '&') as string;
    expect((await staff.get(back)).statusCode).toBe(200);

    // Other filters for the same query (the form carries the token) are the same search too.
    expect(first).toContain(`<input type="hidden" name="s" value="${token}">`);
    expect((await staff.get(`/search?q=gritting&type=page&s=${encodeURIComponent(token)}`)).statusCode).toBe(200);

    const logged = await db.selectFrom('search_log').select(['query', 'clicked_position']).where('org_id', '=', orgId).execute();
    expect(logged).toEqual([{ query: 'gritting', clicked_position: 21 }]);

    // A token for another query, a forged one, or another organisation's counts for nothing: the search is new.
    const elsewhere = await signedIn(await makePerson(db, t.orgId));
    for (const [who, address] of [
      [staff, `/search?q=depot&s=${encodeURIComponent(token)}`],
      [staff, `/search?q=gritting&s=${token.split('.')[0]}.AAAAAAAAAAAAAAAAAAAAAA`],
      [elsewhere, `/search?q=gritting&s=${encodeURIComponent(token)}`],
    ] as const) {
      const page = (await who.get(address)).body;
      const carried = /name="s" value="([^"]+)"/.exec(page)?.[1] ?? '';
      expect(carried, address).not.toBe(token);
      expect(carried, address).toMatch(/^[0-9a-f-]{36}\./);
    }
    // The analytics page writes the searches noted so far.
    await (await signedIn(await makePerson(db, orgId, { role: 'org_admin' }))).get('/admin/search');
    const counted = await db.selectFrom('search_log').select('query').where('org_id', '=', orgId).orderBy('query').execute();
    expect(counted.map((row) => row.query)).toEqual(['depot', 'gritting', 'gritting']);
  });

  it('refuse dates that are not dates, or out of order, and keep what was typed', async () => {
    const admin = await signedIn(people.admin);
    const bad = await admin.get('/admin/search?from=2026-02-30&to=last%20week');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('There is a problem');
    expect(bad.body).toContain('Enter the start date as a real date');
    expect(bad.body).toContain('Enter the end date as a real date');
    expect(bad.body).toContain('value="2026-02-30"');
    expect(bad.body).toContain('value="last week"');
    expect(bad.body).not.toContain('Top queries');

    const pasted = await admin.get(`/admin/search?from=${'9'.repeat(150)}`);
    expect(pasted.statusCode).toBe(400);
    expect(pasted.body).toContain('Enter the start date as a real date');
    expect(pasted.body).toContain(`value="${'9'.repeat(150)}"`);
    // A repeated date (a hand-edited address): the first is read.
    const twice = await admin.get('/admin/search?from=2026-03-01&from=2026-03-05&to=2026-03-10');
    expect(twice.statusCode).toBe(200);
    expect(twice.body).toContain('value="2026-03-01"');
    const backwards = await admin.get('/admin/search?from=2026-03-10&to=2026-03-01');
    expect(backwards.statusCode).toBe(400);
    expect(backwards.body).toContain('The end date must be the same as or after the start date');
    expect((await admin.get('/admin/search?from=2020-01-01&to=2026-01-01')).body).toContain('Choose a period of 366 days or fewer');

    const csv = await admin.get('/admin/search/export.csv?from=2026-02-30');
    expect(csv.statusCode).toBe(303);
    expect(csv.headers.location).toBe('/admin/search?from=2026-02-30');
  });

  it('default to the last 30 days, and understand days as the UK does', () => {
    const say = (key: string) => key;
    expect(checkPeriod({}, '2026-03-31', say)).toEqual({ period: { from: '2026-03-02', to: '2026-03-31' }, errors: [] });
    expect(checkPeriod({ to: '2026-01-10' }, '2026-03-31', say).period).toEqual({ from: '2025-12-12', to: '2026-01-10' });
    expect(checkPeriod({ from: '2026-02-29' }, '2026-03-31', say).errors).toEqual([
      { field: 'from', text: 'searchAdmin.errors.fromInvalid' },
    ]);
  });

  it('export queries so that a spreadsheet never runs one as a formula', async () => {
    const staff = await signedIn(people.member);
    const typed = ['=HYPERLINK("http://evil.example","x")', '+441234', '-2+3', '@SUM(A1)'];
    for (const query of typed) await searchFor(staff, query);
    const admin = await signedIn(people.admin);
    const { response, rows } = await exportCsv(admin);
    const queries = rows.map((row) => row.query);
    expect(queries).toEqual(expect.arrayContaining([`'=hyperlink("http://evil.example","x")`, "'+441234", "'-2+3", "'@sum(a1)"]));
    for (const row of rows) for (const value of Object.values(row)) expect(value).not.toMatch(/^[=+\-@\t\r]/);
    expect(response.body).not.toMatch(/(^|,)=/m);
    // The page shows them as typed, escaped.
    expect((await admin.get('/admin/search')).body).toContain('=hyperlink(&quot;http://evil.example&quot;,&quot;x&quot;)');
  });
});

describe('best bets', () => {
  it('put a result first for a query at once, and stop when removed', async () => {
    const admin = await signedIn(people.admin);
    const staff = await signedIn(people.member);
    expect((await searchFor(staff, 'payslip')).body).not.toContain('Recommended');

    await admin.get('/admin/search/best-bets');
    const added = await admin.post('/admin/search/best-bets', { query: '  PaySlip ', target: `/pages/${ids.payrollPage}` });
    expect(added.statusCode, added.body.slice(0, 500)).toBe(303);
    expect(added.headers.location).toBe('/admin/search/best-bets?done=added');
    const list = await admin.get('/admin/search/best-bets?done=added');
    expect(list.body).toContain('Best bet added');
    expect(list.body).toContain('Pay dates and payroll');
    const bet = await t.database.db
      .selectFrom('search_best_bets')
      .select(['id', 'query', 'kind', 'ref_id'])
      .where('org_id', '=', t.orgId)
      .executeTakeFirstOrThrow();
    expect(bet).toMatchObject({ query: 'payslip', kind: 'page', ref_id: ids.payrollPage });

    const found = (await searchFor(staff, 'Payslip')).body;
    expect(found).toContain('Recommended');
    const recommended = found.slice(found.indexOf('Recommended'));
    expect(recommended.indexOf('Pay dates and payroll')).toBeGreaterThan(0);
    expect(resultLinks(found)[0]).toContain(`id=${ids.payrollPage}`);

    await admin.get('/admin/search/best-bets');
    const removed = await admin.post(`/admin/search/best-bets/${bet.id}/remove`, {});
    expect(removed.headers.location).toBe('/admin/search/best-bets?done=removed');
    expect((await searchFor(staff, 'payslip')).body).not.toContain('Recommended');

    const audited = await t.database.db
      .selectFrom('audit_events')
      .select('action')
      .where('org_id', '=', t.orgId)
      .where('subject_id', '=', bet.id)
      .orderBy('seq')
      .execute();
    expect(audited.map((event) => event.action)).toEqual(['search.best_bet_added', 'search.best_bet_removed']);
  });

  it('are counted with the results, follow the chosen filters, and answer for synonyms of their query', async () => {
    const db = t.database.db;
    const admin = await signedIn(people.admin);
    const staff = await signedIn(people.member);
    const elsewhere = (await makeUnit(db, t.orgId, 'team', 'Street Cleansing')).id;
    const oldGuide = await publishItem(db, t.orgId, {
      title: 'Old P60 guide',
      ownerId: people.admin.id,
      sectionId: await makeSection(db, t.orgId, { title: 'Archive of pay', ownerTeamId: ids.payrollTeam }),
      liveFrom: new Date(Date.now() - 400 * day),
    });
    for (const target of [`/teams/${ids.payrollTeam}`, `/pages/${oldGuide}`]) {
      await admin.get('/admin/search/best-bets');
      expect((await admin.post('/admin/search/best-bets', { query: 'p60', target })).statusCode).toBe(303);
    }
    const recommended = (html: string) => {
      const start = html.indexOf('Recommended');
      return start < 0 ? '' : html.slice(start, html.indexOf('</div>', start));
    };

    // The team is pinned but does not match "p60"; the guide matches it: two shown, two counted.
    const all = (await searchFor(staff, 'p60')).body;
    expect(recommended(all)).toContain('Payroll and Pensions');
    expect(recommended(all)).toContain('Old P60 guide');
    expect(all).toContain('2 results for ‘p60’');
    // A filter the search obeys, its best bets obey too.
    const recent = (await staff.get('/search?q=p60&period=year')).body;
    expect(recommended(recent)).toContain('Payroll and Pensions');
    expect(recommended(recent)).not.toContain('Old P60 guide');
    expect(recent).toContain('1 result for ‘p60’');
    const inUnit = (await staff.get(`/search?q=p60&unit=${elsewhere}`)).body;
    expect(inUnit).not.toContain('Recommended');
    expect(inUnit).toContain('0 results for ‘p60’');

    // Nor is a best bet shown that mentions what the query leaves out.
    expect(recommended((await searchFor(staff, 'p60 -guide')).body)).not.toContain('Old P60 guide');
    expect(recommended((await searchFor(staff, 'p60 -guide')).body)).toContain('Payroll and Pensions');
    // A search for a synonym of the pinned query gets its best bets too.
    await admin.get('/admin/search/synonyms');
    expect((await admin.post('/admin/search/synonyms', { terms: 'p60, end of year certificate' })).statusCode).toBe(303);
    expect(recommended((await searchFor(staff, 'end of year certificate')).body)).toContain('Payroll and Pensions');

    // Left as the other tests expect.
    await db.deleteFrom('search_best_bets').where('org_id', '=', t.orgId).where('query', '=', 'p60').execute();
    await db.deleteFrom('search_synonyms').where('org_id', '=', t.orgId).execute();
  });

  it('take the target as a full address on this site, or a link copied from the search page', async () => {
    const admin = await signedIn(people.admin);
    await admin.get('/admin/search/best-bets');
    const full = await admin.post('/admin/search/best-bets', { query: 'pay team', target: `http://localhost/teams/${ids.payrollTeam}/` });
    expect(full.statusCode).toBe(303);
    const staff = await signedIn(people.member);
    const copied = resultLinks((await searchFor(staff, 'booking time off')).body)[0] as string;
    await admin.get('/admin/search/best-bets');
    expect((await admin.post('/admin/search/best-bets', { query: 'holidays', target: `http://localhost${copied}` })).statusCode).toBe(303);
    const targets = await t.database.db
      .selectFrom('search_best_bets')
      .select(['query', 'kind', 'ref_id'])
      .where('org_id', '=', t.orgId)
      .orderBy('query')
      .execute();
    expect(targets).toEqual([
      { query: 'holidays', kind: 'page', ref_id: ids.leavePage },
      { query: 'pay team', kind: 'team', ref_id: ids.payrollTeam },
    ]);
    expect(parseTarget(`/PEOPLE/${ids.payrollTeam}`, 'localhost')).toBeNull();
    expect(parseTarget(`//evil.example/pages/${ids.payrollPage}`, 'localhost')).toBeNull();
    expect(parseTarget(`/pages/${ids.payrollPage.toUpperCase()}?from=home#top`, 'localhost:80')).toEqual({
      kind: 'page',
      refId: ids.payrollPage,
    });
  });

  it('explain what is wrong, keeping what was typed', async () => {
    const admin = await signedIn(people.admin);
    const attempt = async (form: Record<string, string>) => {
      await admin.get('/admin/search/best-bets');
      const response = await admin.post('/admin/search/best-bets', form);
      expect(response.statusCode, String(response.headers.location)).toBe(400);
      expect(response.body).toContain('There is a problem');
      return response.body;
    };
    const empty = await attempt({ query: '', target: '' });
    expect(empty).toContain('Enter what someone searches for');
    expect(empty).toContain('Enter the address of what to show first');
    const elsewhere = await attempt({ query: 'council tax', target: `https://evil.example/pages/${ids.payrollPage}` });
    expect(elsewhere).toContain('Enter the address of a page, news story, document, person or team on this intranet');
    expect(elsewhere).toContain('value="council tax"');
    expect(elsewhere).toContain(`value="https://evil.example/pages/${ids.payrollPage}"`);
    expect(await attempt({ query: 'council tax', target: '/pages/00000000-0000-4000-8000-000000000000' })).toContain(
      'Search cannot find anything at that address',
    );
    // However long, what was typed comes back with the reason.
    const pasted = await attempt({ query: 'q'.repeat(2500), target: `/pages/${'x'.repeat(2500)}` });
    expect(pasted).toContain('Enter a search of 200 characters or fewer');
    expect(pasted).toContain(`value="${'q'.repeat(2500)}"`);
    expect(pasted).toContain(`value="/pages/${'x'.repeat(2500)}"`);
    // Another organisation's page is not this one's to pin.
    expect(await attempt({ query: 'payslip', target: `/pages/${ids.otherPage}` })).toContain('Search cannot find anything at that address');
    expect(await attempt({ query: 'x'.repeat(201), target: `/pages/${ids.payrollPage}` })).toContain(
      'Enter a search of 200 characters or fewer',
    );
    expect(await attempt({ query: 'Pay  Team', target: `/teams/${ids.payrollTeam}` })).toContain(
      'That is already a best bet for this search',
    );
  });
});

describe('synonyms', () => {
  it('make a search for one word find what holds only another, at once, until removed', async () => {
    const admin = await signedIn(people.admin);
    const staff = await signedIn(people.member);
    const findsLeavePage = async () =>
      resultLinks((await searchFor(staff, 'holiday')).body).some((link) => link.endsWith(`id=${ids.leavePage}`));
    expect(await findsLeavePage()).toBe(false);

    await admin.get('/admin/search/synonyms');
    const added = await admin.post('/admin/search/synonyms', { terms: 'Annual Leave, holiday,  annual leave ' });
    expect(added.headers.location).toBe('/admin/search/synonyms?done=added');
    const group = await t.database.db
      .selectFrom('search_synonyms')
      .select(['id', 'terms'])
      .where('org_id', '=', t.orgId)
      .executeTakeFirstOrThrow();
    expect(group.terms).toEqual(['annual leave', 'holiday']);
    expect((await admin.get('/admin/search/synonyms?done=added')).body).toContain('annual leave, holiday');

    expect(await findsLeavePage()).toBe(true);

    await admin.get('/admin/search/synonyms');
    expect((await admin.post(`/admin/search/synonyms/${group.id}/remove`, {})).headers.location).toBe(
      '/admin/search/synonyms?done=removed',
    );
    expect(await findsLeavePage()).toBe(false);
  });

  it('explain what is wrong, keeping what was typed', async () => {
    const admin = await signedIn(people.admin);
    const attempt = async (terms: string) => {
      await admin.get('/admin/search/synonyms');
      const response = await admin.post('/admin/search/synonyms', { terms });
      expect(response.statusCode).toBe(400);
      expect(response.body).toContain('There is a problem');
      return response.body;
    };
    expect(await attempt('holiday')).toContain('Enter at least 2 different words or phrases');
    expect(await attempt('Holiday, holiday ,')).toContain('value="Holiday, holiday ,"');
    expect(await attempt(Array.from({ length: 21 }, (_, index) => `word${index}`).join(','))).toContain(
      'Enter 20 words or phrases or fewer',
    );
    expect(await attempt(`leave, ${'l'.repeat(101)}`)).toContain('Enter each word or phrase in 100 characters or fewer');
    expect(await attempt(`leave, ${'l'.repeat(6000)}`)).toContain('Enter each word or phrase in 100 characters or fewer');
    // A query's own syntax is no word to reword: such a term would never apply.
    for (const terms of ['"quoted", plain', 'leave, -minus', 'sick (leave), absence', 'leave, !!!'])
      expect(await attempt(terms), terms).toContain('Enter each word or phrase as people type it in a search');
    await admin.get('/admin/search/synonyms');
    expect((await admin.post('/admin/search/synonyms', { terms: 'well-being, wellbeing, 3-day week' })).statusCode).toBe(303);

    await admin.get('/admin/search/synonyms');
    expect((await admin.post('/admin/search/synonyms', { terms: 'car park, parking' })).statusCode).toBe(303);
    expect(await attempt('Parking, car park')).toContain('These synonyms are already listed');
  });
});

describe('search administration', () => {
  it('is for organisation admins alone, linked from the admin front page', async () => {
    const admin = await signedIn(people.admin);
    const front = await admin.get('/admin');
    expect(front.body).toContain('href="/admin/search"');

    const staff = await signedIn(people.member);
    for (const url of adminUrls) expect((await staff.get(url)).statusCode, url).toBe(404);
    await staff.get('/');
    const bet = await t.database.db.selectFrom('search_best_bets').select('id').where('org_id', '=', t.orgId).executeTakeFirstOrThrow();
    const group = await t.database.db.selectFrom('search_synonyms').select('id').where('org_id', '=', t.orgId).executeTakeFirstOrThrow();
    const posts = [
      ['/admin/search/best-bets', { query: 'payslip', target: `/pages/${ids.payrollPage}` }],
      [`/admin/search/best-bets/${bet.id}/remove`, {}],
      ['/admin/search/synonyms', { terms: 'a, b' }],
      [`/admin/search/synonyms/${group.id}/remove`, {}],
    ] as const;
    for (const [url, form] of posts) expect((await staff.post(url, form)).statusCode, url).toBe(404);
    expect(await t.database.db.selectFrom('search_best_bets').select('id').where('id', '=', bet.id).executeTakeFirst()).toBeDefined();
  });

  it('keeps each organisation to its own best bets, synonyms and searches', async () => {
    const other = await signedIn(people.otherAdmin);
    const bet = await t.database.db
      .selectFrom('search_best_bets')
      .select(['id', 'query'])
      .where('org_id', '=', t.orgId)
      .executeTakeFirstOrThrow();
    const group = await t.database.db.selectFrom('search_synonyms').select('id').where('org_id', '=', t.orgId).executeTakeFirstOrThrow();

    const bets = await other.get('/admin/search/best-bets');
    expect(bets.statusCode).toBe(200);
    expect(bets.body).toContain('There are no best bets yet.');
    expect(bets.body).not.toContain(bet.id);
    expect((await other.get('/admin/search/synonyms')).body).toContain('There are no synonyms yet.');
    const analytics = await other.get('/admin/search');
    expect(analytics.body).toContain('Nobody searched in this period.');
    expect(analytics.body).not.toContain('payroll');

    await other.get('/admin/search/best-bets');
    expect((await other.post(`/admin/search/best-bets/${bet.id}/remove`, {})).statusCode).toBe(404);
    expect((await other.post(`/admin/search/synonyms/${group.id}/remove`, {})).statusCode).toBe(404);
    expect(await t.database.db.selectFrom('search_best_bets').select('id').where('id', '=', bet.id).executeTakeFirst()).toBeDefined();
    expect(await t.database.db.selectFrom('search_synonyms').select('id').where('id', '=', group.id).executeTakeFirst()).toBeDefined();
  });
});

import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BrowserClient, signedInBrowser } from '../../testing/browser-client.ts';
import { makeDocument, makeSection, publishItem } from '../../testing/content-fixtures.ts';
import { makeOrganisation, makePerson, makeUnit, placePerson } from '../../testing/factories.ts';
import { useAppWithOrganisation } from '../../testing/test-app.ts';

/**
 * Search never shows what the searcher may not open. Every combination of
 * where an item lives, what state it is in and who searches is generated below
 * and judged against a plain statement of the rules (`mayFind`), written apart
 * from the code under test.
 */
const t = useAppWithOrganisation('Harbridge Borough Council');

const placements = ['open', 'restricted', 'belowRestricted', 'deletedSection', 'otherCouncil', 'news'] as const;
const states = ['live', 'archived', 'deleted', 'scheduled', 'expired', 'draft'] as const;
const kinds = ['page', 'document'] as const;
const searchers = ['member', 'grantee', 'teamGrantee', 'orgAdmin', 'revoked', 'otherCouncilAdmin'] as const;
type Placement = (typeof placements)[number];
type State = (typeof states)[number];
type Kind = (typeof kinds)[number];
type Searcher = (typeof searchers)[number];

interface Case {
  placement: Placement;
  state: State;
  kind: Kind;
  /** A made-up word only this item contains. */
  word: string;
}

/** The rules, as a council would state them. */
function mayFind(searcher: Searcher, item: Case): boolean {
  const otherCouncil = item.placement === 'otherCouncil';
  if ((searcher === 'otherCouncilAdmin') !== otherCouncil) return false;
  if (item.state !== 'live' || item.placement === 'deletedSection') return false;
  if (item.placement === 'restricted' || item.placement === 'belowRestricted')
    return searcher === 'orgAdmin' || searcher === 'grantee' || searcher === 'teamGrantee';
  return true;
}

const wordFor = (index: number) =>
  `zq${index
    .toString(26)
    .split('')
    .map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 26)))
    .join('')}xv`;

const cases: Case[] = placements
  .flatMap((placement) =>
    states.flatMap((state) =>
      (placement === 'news' ? (['page'] as const) : kinds)
        // Documents have no live window or draft of their own: they are there until deleted.
        .filter((kind) => kind === 'page' || state === 'live' || state === 'deleted')
        .map((kind) => ({ placement, state, kind, word: '' })),
    ),
  )
  .map((each, index) => ({ ...each, word: wordFor(index + 1) }));

const browsers = {} as Record<Searcher, BrowserClient>;
const sections = {} as Record<Exclude<Placement, 'news'>, string>;
let otherOrgId: string;

async function create(item: Case, owner: { id: string }, otherOwner: { id: string }) {
  const db = t.database.db;
  const orgId = item.placement === 'otherCouncil' ? otherOrgId : t.orgId;
  const ownerId = item.placement === 'otherCouncil' ? otherOwner.id : owner.id;
  const title = `Item ${item.word}`;
  const sectionId = item.placement === 'news' ? null : sections[item.placement];
  if (item.kind === 'document') {
    const id = await makeDocument(db, orgId, { sectionId: sectionId as string, title, text: `About ${item.word}.`, createdBy: ownerId });
    if (item.state === 'deleted')
      await db.updateTable('documents').set({ deleted_at: new Date(), deleted_by: ownerId }).where('id', '=', id).execute();
    return;
  }
  const day = 86_400_000;
  const id = await publishItem(db, orgId, {
    kind: item.placement === 'news' ? 'news' : 'page',
    sectionId,
    title,
    body: `Text about ${item.word}.`,
    ownerId,
    status: item.state === 'archived' ? 'archived' : 'published',
    liveFrom: item.state === 'scheduled' ? new Date(Date.now() + day) : new Date(Date.now() - 2 * day),
    liveUntil: item.state === 'expired' ? new Date(Date.now() - day) : null,
  });
  if (item.state === 'deleted')
    await db.updateTable('content_items').set({ deleted_at: new Date(), deleted_by: ownerId }).where('id', '=', id).execute();
  if (item.state === 'draft')
    await db
      .updateTable('content_items')
      .set({ status: 'draft', live_version: null, live_title: null, live_summary: null, live_from: null, first_published_at: null })
      .where('id', '=', id)
      .execute();
}

beforeAll(async () => {
  const db = t.database.db;
  otherOrgId = (await makeOrganisation(db, { name: 'Aberlyn County Council' })).id;
  const directorate = (await makeUnit(db, t.orgId, 'directorate', 'Resources')).id;
  const team = (await makeUnit(db, t.orgId, 'team', 'Investigations', directorate)).id;
  const subTeam = (await makeUnit(db, t.orgId, 'team', 'Fraud', team)).id;
  const otherTeam = (await makeUnit(db, otherOrgId, 'team', 'Comms')).id;
  const people = {
    member: await makePerson(db, t.orgId, { name: 'Morgan Member' }),
    grantee: await makePerson(db, t.orgId, { name: 'Gwen Grantee' }),
    teamGrantee: await makePerson(db, t.orgId, { name: 'Tom Team' }),
    orgAdmin: await makePerson(db, t.orgId, { name: 'Ada Admin', role: 'org_admin' }),
    revoked: await makePerson(db, t.orgId, { name: 'Rob Revoked' }),
    otherCouncilAdmin: await makePerson(db, otherOrgId, { name: 'Olwen Other', role: 'org_admin' }),
  };
  await placePerson(db, people.teamGrantee.id, subTeam);
  sections.open = await makeSection(db, t.orgId, { title: 'Open', ownerTeamId: directorate });
  sections.restricted = await makeSection(db, t.orgId, { title: 'Investigations', ownerTeamId: team, restricted: true });
  sections.belowRestricted = await makeSection(db, t.orgId, { title: 'Cases', ownerTeamId: team, parentId: sections.restricted });
  sections.deletedSection = await makeSection(db, t.orgId, { title: 'Old', ownerTeamId: directorate });
  sections.otherCouncil = await makeSection(db, otherOrgId, { title: 'Open', ownerTeamId: otherTeam });
  const grant = (values: { grantee_user_id?: string; grantee_team_id?: string; include_subteams?: boolean }) =>
    db
      .insertInto('role_grants')
      .values({ org_id: t.orgId, area_type: 'section', area_id: sections.restricted, role: 'viewer', ...values })
      .execute();
  await grant({ grantee_user_id: people.grantee.id });
  await grant({ grantee_team_id: team, include_subteams: true });
  await grant({ grantee_user_id: people.revoked.id });
  await db.deleteFrom('role_grants').where('grantee_user_id', '=', people.revoked.id).execute();
  for (const item of cases) await create(item, people.member, people.otherCouncilAdmin);
  await db
    .updateTable('sections')
    .set({ deleted_at: new Date(), deleted_by: people.orgAdmin.id })
    .where('id', '=', sections.deletedSection)
    .execute();
  await t.app.changes.caughtUp();
  for (const searcher of searchers) browsers[searcher] = await signedInBrowser(t.app, people[searcher]);
});

describe('search permissions', () => {
  it(`are judged across ${cases.length * searchers.length} generated cases`, () => {
    expect(cases.length * searchers.length).toBeGreaterThanOrEqual(50);
    // Every searcher has something to find and something they must not.
    for (const searcher of searchers) {
      expect(cases.some((item) => mayFind(searcher, item))).toBe(true);
      expect(cases.some((item) => !mayFind(searcher, item))).toBe(true);
    }
  });

  for (const searcher of searchers)
    it(`shows ${searcher} exactly what they may open, in results, counts and suggestions`, async () => {
      const wrong: string[] = [];
      for (const item of cases) {
        const page = await browsers[searcher].get(`/search?q=${item.word}`);
        expect(page.statusCode).toBe(200);
        const found = page.body.includes(`Item ${item.word}`);
        const counted = !page.body.includes('0 results for');
        const suggested =
          ((await browsers[searcher].get(`/search/suggest?q=${item.word}`)).json() as { suggestions: unknown[] }).suggestions.length > 0;
        const expected = mayFind(searcher, item);
        if (found !== expected || counted !== expected || (item.kind === 'page' && suggested !== expected))
          wrong.push(
            `${item.kind} ${item.placement}/${item.state}: expected ${expected}, found ${found}, counted ${counted}, suggested ${suggested}`,
          );
      }
      expect(wrong).toEqual([]);
    });

  it('lists in the section filter only the sections each searcher may read', async () => {
    // The options are rendered once and shared by everyone who may read the same sections (reply.fragment).
    const listed = async (searcher: Searcher) => {
      const body = (await browsers[searcher].get(`/search?q=anything&section=${sections.restricted}`)).body;
      const select = body.slice(body.indexOf('id="section"'), body.indexOf('</select>', body.indexOf('id="section"')));
      return Object.entries(sections)
        .filter(([, id]) => select.includes(`value="${id}"`))
        .map(([placement]) => placement)
        .sort();
    };
    const mayRead: Record<Searcher, string[]> = {
      member: ['open'],
      revoked: ['open'],
      grantee: ['belowRestricted', 'open', 'restricted'],
      teamGrantee: ['belowRestricted', 'open', 'restricted'],
      orgAdmin: ['belowRestricted', 'open', 'restricted'],
      // Their own council's section, never Harbridge's (and never a deleted one).
      otherCouncilAdmin: ['otherCouncil'],
    };
    for (const searcher of searchers) expect(await listed(searcher), searcher).toEqual(mayRead[searcher]);
    expect((await browsers.grantee.get(`/search?q=anything&section=${sections.restricted}`)).body).toContain(
      `<option value="${sections.restricted}" selected>Investigations</option>`,
    );
    // One who may not read it is not shown it as chosen either.
    expect((await browsers.member.get(`/search?q=anything&section=${sections.restricted}`)).body).not.toContain(
      `value="${sections.restricted}"`,
    );
  });

  it('applies a revoked grant, a restriction, archiving and deletion on the very next search', async () => {
    const db = t.database.db;
    const word = `zq${randomUUID()
      .replace(/[^a-f]/g, '')
      .slice(0, 6)}qz`;
    const owner = await db.selectFrom('users').select('id').where('org_id', '=', t.orgId).executeTakeFirstOrThrow();
    const id = await publishItem(db, t.orgId, { title: `Item ${word}`, sectionId: sections.restricted, ownerId: owner.id });
    const finds = async (searcher: Searcher) => (await browsers[searcher].get(`/search?q=${word}`)).body.includes(`Item ${word}`);
    expect(await finds('grantee')).toBe(true);

    const grantee = await db.selectFrom('users').select('id').where('display_name', '=', 'Gwen Grantee').executeTakeFirstOrThrow();
    await db.deleteFrom('role_grants').where('grantee_user_id', '=', grantee.id).execute();
    await t.app.changes.caughtUp();
    expect(await finds('grantee')).toBe(false);
    expect(await finds('teamGrantee')).toBe(true);

    await db.updateTable('sections').set({ restricted: false }).where('id', '=', sections.restricted).execute();
    await t.app.changes.caughtUp();
    expect(await finds('member')).toBe(true);
    await db.updateTable('sections').set({ restricted: true }).where('id', '=', sections.restricted).execute();
    await t.app.changes.caughtUp();
    expect(await finds('member')).toBe(false);

    await db.updateTable('content_items').set({ status: 'archived' }).where('id', '=', id).execute();
    expect(await finds('teamGrantee')).toBe(false);
    await db.updateTable('content_items').set({ status: 'published' }).where('id', '=', id).execute();
    expect(await finds('teamGrantee')).toBe(true);
    await db.updateTable('content_items').set({ deleted_at: new Date(), deleted_by: owner.id }).where('id', '=', id).execute();
    expect(await finds('teamGrantee')).toBe(false);
    expect(await finds('orgAdmin')).toBe(false);
  });
});

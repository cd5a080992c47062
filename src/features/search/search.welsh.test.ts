import { beforeAll, describe, expect, it } from 'vitest';
import { type BrowserClient, signedInBrowser } from '../../testing/browser-client.ts';
import { makeSection, publishItem } from '../../testing/content-fixtures.ts';
import { makeOrganisation, makePerson, makeUnit, placePerson } from '../../testing/factories.ts';
import { hostileQueries } from '../../testing/hostile-queries.ts';
import { searchPage } from '../../testing/search-page.ts';
import { useAppWithOrganisation } from '../../testing/test-app.ts';

// An organisation that works in English, and another in Welsh (it has a Welsh name), each with the same pages.
const t = useAppWithOrganisation('Harbridge Borough Council');
let browser: BrowserClient;
let englishBrowser: BrowserClient;
let welshOrgId: string;

const searchFor = (query: string) => searchPage(browser, query);

/** The pages, and someone signed in to read them. */
async function councilWithPages(orgId: string): Promise<BrowserClient> {
  const db = t.database.db;
  const team = (await makeUnit(db, orgId, 'team', 'Tîm Cyfathrebu')).id;
  const author = await makePerson(db, orgId, { name: 'Siân Awdur' });
  const sectionId = await makeSection(db, orgId, { title: 'Newyddion', ownerTeamId: team });
  const publish = (title: string, body: string, language: 'cy' | 'en' = 'cy') =>
    publishItem(db, orgId, { title, body, language, ownerId: author.id, sectionId });
  await publish('Swyddfa newydd', 'Mae ein swyddfa newydd yng Nghaerdydd, ger yr orsaf.');
  await publish('Teithio', 'Mae bws bob awr i Gaerdydd o’r depo.');
  await publish('Parcio', 'Parcio am ddim yng nghanol Caerdydd i staff.');
  await publish('Dysgu’r Gymraeg', 'Gwersi i staff bob wythnos.');
  await publish('Cyrsiau Cymraeg', 'Gwersi i ddechreuwyr.');
  await publish('Anifeiliaid anwes', 'Ni chaiff y gath ddod i’r swyddfa.');
  await publish('Ffonau', 'Mae ffôn ar bob desg.');
  await publish('Team chat', 'Use the chat for quick questions.', 'en');
  return signedInBrowser(t.app, await makePerson(db, orgId, { name: 'Rhys Darllenydd' }));
}

beforeAll(async () => {
  const welsh = await makeOrganisation(t.database.db, { name: 'Aberlyn County Council', nameCy: 'Cyngor Sir Aberlyn' });
  welshOrgId = welsh.id;
  browser = await councilWithPages(welsh.id);
  englishBrowser = await councilWithPages(t.orgId);
});

// Welsh changes a word's first sound after certain words (migration 0010): "Caerdydd" is "i Gaerdydd" and "yng Nghaerdydd".
describe('searching Welsh', () => {
  it('finds a word however it is mutated, and a mutated word as it is written without', async () => {
    expect((await searchFor('Caerdydd')).titles.sort()).toEqual(['Parcio', 'Swyddfa newydd', 'Teithio']);
    expect((await searchFor('Gaerdydd')).titles.sort()).toEqual(['Parcio', 'Swyddfa newydd', 'Teithio']);
    expect((await searchFor('Nghaerdydd')).titles.sort()).toEqual(['Parcio', 'Swyddfa newydd', 'Teithio']);
    expect((await searchFor('cath')).titles).toEqual(['Anifeiliaid anwes']);
    // Within a phrase too: "ger yr orsaf" is "gorsaf" mutated.
    expect((await searchFor('"ger yr gorsaf"')).titles).toEqual(['Swyddfa newydd']);
  });

  it('ranks the form as typed above its other forms', async () => {
    expect((await searchFor('Gymraeg')).titles).toEqual(['Dysgu’r Gymraeg', 'Cyrsiau Cymraeg']);
    expect((await searchFor('Cymraeg')).titles).toEqual(['Cyrsiau Cymraeg', 'Dysgu’r Gymraeg']);
  });

  it('finds a word with or without its accents, where the organisation works in Welsh (migration 0013)', async () => {
    expect((await searchFor('ffon')).titles).toEqual(['Ffonau']);
    expect((await searchFor('ffôn')).titles).toEqual(['Ffonau']);
    expect((await searchPage(englishBrowser, 'ffon')).titles).toEqual([]);
  });

  it('leaves out every form of a word left out', async () => {
    expect((await searchFor('staff -Caerdydd')).titles).toEqual(['Dysgu’r Gymraeg']);
  });

  it('marks the forms that matched in the snippet', async () => {
    const { html } = await searchFor('Caerdydd');
    expect(html).toContain('<mark>Nghaerdydd</mark>');
    expect(html).toContain('<mark>Gaerdydd</mark>');
    expect(html).toContain('<mark>Caerdydd</mark>');
  });

  it('reads English as before: "cat" does not find an English "chat"', async () => {
    expect((await searchFor('cat')).titles).toEqual([]);
    expect((await searchFor('chat')).titles).toEqual(['Team chat']);
  });

  it('reads Welsh word for word only where the organisation works in English', async () => {
    expect((await searchPage(englishBrowser, 'Caerdydd')).titles).toEqual(['Parcio']);
    expect((await searchPage(englishBrowser, 'Gymraeg')).titles).toEqual(['Dysgu’r Gymraeg']);
  });

  it('reads any string up to 500 characters the Welsh way without error', async () => {
    const wordsOfThree = Array.from({ length: 125 }, (_, index) => `g${(index * 7919).toString(36).slice(-2)}`).join(' ');
    const welshHostile = ["yng'Nghaerdydd", 'yng\\Nghaerdydd', "'cy_caerdydd'", 'cy_caerdydd', 'caer:* & dydd', 'ŵ ŷ â h', wordsOfThree];
    for (const query of [...hostileQueries, ...welshHostile]) await searchFor(query);
    // The marks are not words anyone can type: "cy_caerdydd" is two words, and no page has "cy".
    expect((await searchFor('cy_caerdydd')).titles).toEqual([]);
  });

  it('finds a team by its Welsh name however it is mutated, and the people in it (migration 0012)', async () => {
    const db = t.database.db;
    const unit = await makeUnit(db, welshOrgId, 'team', 'Welsh Language Unit');
    await db.updateTable('org_units').set({ name_cy: 'Uned y Gymraeg' }).where('id', '=', unit.id).execute();
    await placePerson(db, (await makePerson(db, welshOrgId, { name: 'Geraint Owen' })).id, unit.id);
    await t.app.changes.caughtUp();
    for (const form of ['Cymraeg', 'Gymraeg', 'uned cymraeg']) {
      expect((await searchPage(browser, form, '&type=team')).titles).toEqual(['Welsh Language Unit']);
      expect((await searchPage(browser, form, '&type=person')).titles).toEqual(['Geraint Owen']);
    }
  });
});

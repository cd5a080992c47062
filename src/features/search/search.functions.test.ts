import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/database.ts';
import { loadMigrations, migrate } from '../../db/migrate.ts';
import { makeDocument, makeSection, publishItem } from '../../testing/content-fixtures.ts';
import { makeOrganisation, makePerson, makeUnit, placePerson } from '../../testing/factories.ts';
import { openTestDatabase } from '../../testing/test-database.ts';
import { searchTerms } from './search.query.ts';

/** Queries as people type them, synonyms beside some, and what the bad-input rule lists. */
const typed: Array<{ q: string; synonyms?: string[] }> = [
  { q: 'annual leave' },
  { q: 'annual leave', synonyms: ['holiday'] },
  { q: '"annual leave" OR holiday -sickness' },
  { q: 'annual -"annual leave"' },
  { q: '-leave' },
  { q: 'a -gwyliau' },
  { q: 'the and of' },
  { q: 'gwyliau blynyddol' },
  { q: '"unbalanced quote' },
  { q: "'; DROP TABLE search_entries; --" },
  { q: 'OR OR - " -' },
  { q: 'payslip 😀 ✓' },
  { q: 'שלום עולם مرحبا' },
  { q: 'leave' },
  { q: '?!' },
];

/** Queries that both ways read alike (Welsh, or words English leaves as they are): read once since 0009, not ORed with themselves. */
const readOnce: Record<string, { query: string; mentions?: string }> = {
  'annual -"annual leave"': { query: "'annual' & !( 'annual' <-> 'leav' | 'annual' <-> 'leave' )" },
  'a -gwyliau': { query: "'a' & !'gwyliau'", mentions: "'gwyliau'" },
  'gwyliau blynyddol': { query: "'gwyliau' & 'blynyddol'" },
  'payslip 😀 ✓': { query: "'payslip'" },
  'שלום עולם مرحبا': { query: "'שלום' & 'עולם' & 'مرحبا'" },
};

/** How each typed query reads, as the search statement reads it: in an organisation that works in Welsh (`welsh`), or not (null: before 0010). */
async function readingsIn(database: DatabaseHandle, welsh: boolean | null = null) {
  const read = [];
  for (const { q, synonyms = [] } of typed) {
    const { texts, excluded } = searchTerms(q, [[q, ...synonyms]]);
    const result = await (
      welsh === null
        ? sql<{ query: string | null; mentions: string }>`
          SELECT search_query(${texts}::text[], ${excluded}::text[])::text AS query, search_mentions(${excluded}::text[])::text AS mentions`
        : sql<{ query: string | null; mentions: string }>`
          SELECT search_query(${texts}::text[], ${excluded}::text[], ${welsh}::boolean)::text AS query,
                 search_mentions(${excluded}::text[], ${welsh}::boolean)::text AS mentions`
    ).execute(database.db);
    read.push({ q, texts, excluded, ...result.rows[0] });
  }
  return read;
}

// 0009 rewrote search_query and search_mentions (0006, 0007) to plan faster;
// every query must read as before, but once where both ways read it alike.
describe('the query functions after 0009', () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await openTestDatabase({ migrations: loadMigrations().filter((migration) => migration.version <= 8) });
  });
  afterAll(() => database.close());

  const readings = () => readingsIn(database);

  it('read every query, its synonyms and what it leaves out as 0006 and 0007 did, but once where both ways read it alike', async () => {
    const before = await readings();
    expect(
      await migrate(
        database,
        loadMigrations().filter((migration) => migration.version <= 9),
      ),
    ).toEqual(['0009-search-query-once.sql']);
    const after = await readings();
    for (const [index, was] of before.entries()) expect(after[index], was.q).toEqual({ ...was, ...readOnce[was.q] });
    // Before, such a query was itself OR itself.
    expect(before.find((each) => each.q === 'payslip 😀 ✓')?.query).toBe("'payslip' | 'payslip'");
    expect(before.find((each) => each.q === 'a -gwyliau')?.mentions).toBe("'gwyliau' | 'gwyliau'");
    // The battery reaches every branch: only leaving out, leaving out, nothing to look for, stop words that only
    // the word-for-word reading keeps, and two readings that differ.
    const queries = before.map((each) => each.query);
    expect(queries).toContain(null);
    expect(queries.some((each) => each?.includes('& !'))).toBe(true);
    expect(queries).toContain('');
    expect(queries).toContain("'the' & 'and' & 'of'");
    expect(queries).toContain("'leav' | 'leave'");
  });
});

// 0010 reads Welsh words as any of the words they may be mutations of (Caerdydd, Gaerdydd, Nghaerdydd).
describe('the Welsh reading after 0010', () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await openTestDatabase({ migrations: loadMigrations().filter((migration) => migration.version <= 9) });
  });
  afterAll(() => database.close());

  const column = async <T>(query: ReturnType<typeof sql<{ value: T }>>) => (await query.execute(database.db)).rows.map((row) => row.value);

  it('marks the entries already written, Welsh ones only, and every one written after', async () => {
    const org = await sql<{ id: string }>`INSERT INTO organisations (code, name) VALUES ('aberlyn', 'Aberlyn') RETURNING id`.execute(
      database.db,
    );
    const orgId = org.rows[0]?.id;
    const entry = (language: string, text: string) =>
      sql`
      INSERT INTO search_entries (org_id, kind, ref_id, language, title, title_words, head_words, words)
      VALUES (${orgId}, 'page', gen_random_uuid(), ${language}, ${text}, to_tsvector('simple', ${text}), to_tsvector('simple', ${text}),
              to_tsvector('simple', ${text}))`.execute(database.db);
    await entry('cy', 'yng Nghaerdydd');
    await entry('en', 'Nghaerdydd chat');
    const before = await readingsIn(database);
    expect(
      await migrate(
        database,
        loadMigrations().filter((migration) => migration.version <= 10),
      ),
    ).toEqual(['0010-search-welsh-mutations.sql']);
    // Where the organisation works in English, every query reads as before, by the old functions and the new.
    expect(await readingsIn(database)).toEqual(before);
    expect(await readingsIn(database, false)).toEqual(before);
    await entry('cy', 'i Gaerdydd');
    const found = (q: string) =>
      column<string>(sql`
      SELECT title AS value FROM search_entries WHERE words @@ search_query(ARRAY[${q}], '{}', true) ORDER BY title`);
    expect(await found('Caerdydd')).toEqual(['i Gaerdydd', 'yng Nghaerdydd']);
    expect(await found('Gaerdydd')).toEqual(['i Gaerdydd', 'yng Nghaerdydd']);
    // An English entry holds its words only: as written ("Nghaerdydd"), never as mutations.
    expect(await found('Nghaerdydd')).toEqual(['Nghaerdydd chat', 'i Gaerdydd', 'yng Nghaerdydd']);
    expect(await found('cat')).toEqual([]);
    // In place, each mark where its word is, with its weight.
    const words = await column<string>(sql`SELECT words::text AS value FROM search_entries WHERE title = 'yng Nghaerdydd'`);
    expect(words).toEqual(["'cy_caerdydd':2 'cy_gyng':1 'cy_nghaerdydd':2 'cy_yng':1 'nghaerdydd':2 'yng':1"]);
    expect(await column<string>(sql`SELECT search_welsh_marks(setweight(to_tsvector('simple', 'y Gymraeg'), 'A'))::text AS value`)).toEqual(
      ["'cy_cymraeg':2A 'cy_gy':1A 'cy_gymraeg':2A 'cy_y':1A 'gymraeg':2A 'y':1A"],
    );
  });

  it('keeps a text whose marks would not fit found by its title and first words the Welsh way, and the rest word for word', async () => {
    // 12,000 different words of 33 letters: 400 KB of lexemes, three times that marked, past a tsvector's 1 MB.
    const long = await sql<{ id: string }>`
      INSERT INTO search_entries (org_id, kind, ref_id, language, title, title_words, head_words, words)
      SELECT id, 'page', gen_random_uuid(), 'cy', 'Gwersi Cymraeg', to_tsvector('simple', 'Gwersi Cymraeg'),
             to_tsvector('simple', 'Gwersi Cymraeg'), to_tsvector('simple', 'Gwersi Cymraeg ' || text)
        FROM organisations, (SELECT string_agg('b' || md5(i::text), ' ') AS text FROM generate_series(1, 12000) i) words
       RETURNING ref_id AS id`.execute(database.db);
    const entry = long.rows[0]?.id ?? '';
    const holds = (words: 'title_words' | 'words', lexeme: string) =>
      sql<{ value: boolean }>`SELECT ${sql.ref(words)} @@ ${lexeme}::tsquery AS value FROM search_entries WHERE ref_id = ${entry}`;
    expect(await column(holds('title_words', 'cy_gwersi'))).toEqual([true]);
    expect(await column(holds('words', 'cy_gwersi'))).toEqual([false]);
    expect(await column(holds('words', 'gwersi'))).toEqual([true]);
  });

  it('knows the mutations: soft, nasal, aspirate and an h before a vowel', async () => {
    const forms = (word: string) => column<string[]>(sql`SELECT search_welsh_forms(${word}) AS value`);
    const mutations = (word: string) => column<string[]>(sql`SELECT search_welsh_mutations(${word}) AS value`);
    const expected: Record<string, string[]> = {
      nghaerdydd: ['nghaerdydd', 'caerdydd'],
      gymraeg: ['gymraeg', 'cymraeg'],
      chomisiynydd: ['chomisiynydd', 'comisiynydd'],
      mhen: ['mhen', 'pen'],
      thad: ['thad', 'tad'],
      ddinas: ['ddinas', 'dinas'],
      fam: ['fam', 'bam', 'mam'],
      lyfr: ['lyfr', 'llyfr', 'glyfr'],
      waith: ['waith', 'gwaith'],
      henw: ['henw', 'enw'],
      ffordd: ['ffordd'],
      llyfr: ['llyfr'],
      rhaid: ['rhaid'],
      '2011': ['2011'],
    };
    for (const [word, radicals] of Object.entries(expected)) expect(await forms(word), word).toEqual([radicals]);
    expect(await mutations('caerdydd')).toEqual([['caerdydd', 'gaerdydd', 'nghaerdydd', 'chaerdydd']]);
    expect(await mutations('gwaith')).toEqual([['gwaith', 'waith', 'ngwaith']]);
    expect(await mutations('enw')).toEqual([['enw', 'henw']]);
    expect(await mutations('chwarae')).toEqual([['chwarae']]);
  });

  it('reads a query where the organisation works in Welsh in English, word for word and the Welsh way; left out, and in a snippet, the Welsh way too', async () => {
    const read = (texts: string[], excluded: string[] = []) =>
      column<string>(sql`SELECT search_query(${texts}::text[], ${excluded}::text[], true)::text AS value`);
    expect(await read(['annual leave'])).toEqual([
      "'annual' & 'leav' | 'annual' & 'leave' | ( 'cy_annual' | 'cy_gannual' ) & ( 'cy_leave' | 'cy_lleave' | 'cy_gleave' )",
    ]);
    expect(await read(['swyddfa'], ['Gaerdydd'])).toEqual([
      "( 'swyddfa' | 'cy_swyddfa' ) & !( 'gaerdydd' | 'cy_gaerdydd' | 'cy_caerdydd' )",
    ]);
    expect(await read(['the and of'])).toEqual([
      "'the' & 'and' & 'of' | ( 'cy_the' | 'cy_te' ) & ( 'cy_and' | 'cy_gand' ) & ( 'cy_of' | 'cy_gof' )",
    ]);
    expect(await read(['😀'])).toEqual(['']);
    const snippet = await column<string>(sql`SELECT search_welsh_reading(search_any('simple', ARRAY['Caerdydd']), false)::text AS value`);
    expect(snippet).toEqual(["'caerdydd' | 'gaerdydd' | 'nghaerdydd' | 'chaerdydd'"]);
  });
});

// 0011 joins the words on either side of a tag inside a line of text (a link, emphasis), as the page shows them,
// and takes the characters snippets mark matches with out of every entry's text.
describe('the text of a page after 0011', () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await openTestDatabase({ migrations: loadMigrations().filter((migration) => migration.version <= 10) });
  });
  afterAll(() => database.close());

  const bodyOf = async (id: string) =>
    (await database.db.selectFrom('search_entries').select('body').where('ref_id', '=', id).executeTakeFirstOrThrow()).body;
  const markdown =
    'See the [payroll page](https://example.org/pay). It is *un*likely to \uE000**change**\uE001.\n\n## Who to ask\n\n- Your manager\n- HR';

  it('indexes the pages written before it again, and every page after it the same way', async () => {
    const db = database.db;
    const org = await makeOrganisation(db);
    const author = await makePerson(db, org.id, { name: 'Ada Author' });
    const sectionId = await makeSection(db, org.id, { title: 'Pay', ownerTeamId: (await makeUnit(db, org.id, 'team', 'Payroll')).id });
    const page = (title: string) => publishItem(db, org.id, { title, body: markdown, ownerId: author.id, sectionId });
    const before = await page('Overtime');
    expect(await bodyOf(before)).toContain('payroll page .');
    expect(await bodyOf(before)).toContain('\uE000');
    const document = await makeDocument(db, org.id, {
      sectionId,
      title: 'Rota',
      filename: 'rota.pdf',
      text: 'Early \uE000shifts\uE001',
      createdBy: author.id,
    });
    expect(await bodyOf(document)).toBe('Early \uE000shifts\uE001');
    expect(
      await migrate(
        database,
        loadMigrations().filter((migration) => migration.version <= 11),
      ),
    ).toEqual(['0011-search-snippet-text.sql']);
    expect(await bodyOf(document)).toBe('Early shifts');
    const after = await page('Overtime again');
    for (const id of [before, after]) {
      expect((await bodyOf(id)).trim()).toBe('See the payroll page. It is unlikely to change. Who to ask Your manager HR');
    }
    const found = await db
      .selectFrom('search_entries')
      .select('ref_id')
      .where(sql<boolean>`words @@ to_tsquery('english', 'unlikely')`)
      .execute();
    expect(found.map((row) => row.ref_id).sort()).toEqual([before, after].sort());
  });
});

// 0012 marks the Welsh names of teams, of the units above them and of people's teams, as 0010 marks Welsh entries' words.
describe('Welsh names after 0012', () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await openTestDatabase({ migrations: loadMigrations().filter((migration) => migration.version <= 11) });
  });
  afterAll(() => database.close());

  /** The titles of the entries of `kind` a query finds in an organisation that works in Welsh. */
  const found = async (kind: string, q: string) =>
    (
      await sql<{ title: string }>`
      SELECT title FROM search_entries WHERE kind = ${kind} AND words @@ search_query(ARRAY[${q}], '{}', true) ORDER BY title`.execute(
        database.db,
      )
    ).rows.map((row) => row.title);

  it('finds the teams and people written before it, and those after, by their Welsh names however mutated', async () => {
    const db = database.db;
    const org = await makeOrganisation(db, { name: 'Aberlyn County Council', nameCy: 'Cyngor Sir Aberlyn' });
    const unit = async (name: string, nameCy: string, parentId: string | null = null) => {
      const { id } = await makeUnit(db, org.id, 'team', name, parentId);
      await db.updateTable('org_units').set({ name_cy: nameCy }).where('id', '=', id).execute();
      return id;
    };
    const service = await unit('Culture', 'Diwylliant');
    const before = await unit('Welsh Language Unit', 'Uned y Gymraeg', service);
    await placePerson(db, (await makePerson(db, org.id, { name: 'Geraint Owen' })).id, before);
    expect(await found('team', 'Cymraeg')).toEqual([]);
    expect(await found('team', 'Gymraeg')).toEqual(['Welsh Language Unit']);

    expect(
      await migrate(
        database,
        loadMigrations().filter((migration) => migration.version <= 12),
      ),
    ).toEqual(['0012-search-welsh-names.sql']);
    const after = await unit('Welsh Translation', 'Cyfieithu Cymraeg', service);
    await placePerson(db, (await makePerson(db, org.id, { name: 'Mei Bowen' })).id, after);
    expect(await found('team', 'Cymraeg')).toEqual(['Welsh Language Unit', 'Welsh Translation']);
    expect(await found('team', 'Gymraeg')).toEqual(['Welsh Language Unit', 'Welsh Translation']);
    expect(await found('person', 'Cymraeg')).toEqual(['Geraint Owen', 'Mei Bowen']);
    // A unit's own Welsh name and the one above it, mutated: "ddiwylliant" is "diwylliant" after "o".
    expect(await found('team', 'ddiwylliant')).toEqual(['Culture', 'Welsh Language Unit', 'Welsh Translation']);
    // English names are read as before: "Culture" is no mutation of anything.
    expect(await found('team', 'Gulture')).toEqual([]);
  });
});

// 0013 writes the Welsh marks without accents, so that "ffon" finds "ffôn" and "ffôn" finds "ffon".
describe('Welsh accents after 0013', () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await openTestDatabase({ migrations: loadMigrations().filter((migration) => migration.version <= 12) });
  });
  afterAll(() => database.close());

  /** The titles of the entries a query finds in an organisation that works in Welsh. */
  const found = async (q: string) =>
    (
      await sql<{ title: string }>`
      SELECT title FROM search_entries WHERE words @@ search_query(ARRAY[${q}], '{}', true) ORDER BY title`.execute(database.db)
    ).rows.map((row) => row.title);

  it('marks the entries already written, and those after, so that a Welsh word is found with or without its accents', async () => {
    const db = database.db;
    const org = await makeOrganisation(db, { name: 'Aberlyn County Council', nameCy: 'Cyngor Sir Aberlyn' });
    const entry = (text: string) =>
      sql`
      INSERT INTO search_entries (org_id, kind, ref_id, language, title, title_words, head_words, words)
      VALUES (${org.id}, 'page', gen_random_uuid(), 'cy', ${text}, to_tsvector('simple', ${text}), to_tsvector('simple', ${text}),
              to_tsvector('simple', ${text}))`.execute(db);
    await entry('Rhif ffôn y swyddfa');
    const { id: team } = await makeUnit(db, org.id, 'team', 'Translation');
    await db.updateTable('org_units').set({ name_cy: 'Tîm Cyfieithu' }).where('id', '=', team).execute();
    expect(await found('ffon')).toEqual([]);
    expect(await found('tim')).toEqual([]);

    expect(await migrate(database)).toEqual(['0013-search-welsh-accents.sql']);
    await entry('Ffon newydd');
    expect(await found('ffon')).toEqual(['Ffon newydd', 'Rhif ffôn y swyddfa']);
    expect(await found('ffôn')).toEqual(['Ffon newydd', 'Rhif ffôn y swyddfa']);
    expect(await found('tim')).toEqual(['Translation']);
    // Mutated and unaccented at once: "nhîm" is "tîm" after "fy".
    expect(await found('nhim')).toEqual(['Translation']);
    // Marked once: marking again changes nothing.
    const words = await sql<{ words: string }>`SELECT words::text AS words FROM search_entries WHERE title = 'Ffon newydd'`.execute(db);
    expect(words.rows[0]?.words).toBe("'cy_dewydd':2 'cy_ffon':1 'cy_newydd':2 'ffon':1 'newydd':2");
  });
});

import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../src/db/database.ts';
import { seededRandom } from './content-text.ts';
import { publishItems } from '../src/testing/content-fixtures.ts';
import { seedContent } from './content-seed.ts';
import { shuffled } from './popularity.ts';
import { searchWriter, words } from './search-text.ts';
import { hearInterrupts } from './cleanup.ts';

/** An English lexeme (what the search matches: "permits" and "permit" are both "permit") that occurs in the corpus. */
export interface Lexeme {
  lexeme: string;
  /** The vocabulary's most frequent word for it: what a searcher types. */
  word: string;
  /** Items it occurs in (title, summary or body). */
  items: number;
}

export interface SearchCorpus {
  items: number;
  pages: number;
  news: number;
  /** Words written in all, and how many different ones. */
  words: number;
  distinctWords: number;
  lexemes: Lexeme[];
  seconds: number;
}

/** Items written per transaction: three statements of this many rows each. */
const batchSize = 1000;
/** Every tenth item is news, the rest pages spread over the sections. */
const newsEvery = 10;
const day = 24 * 60 * 60 * 1000;

/**
 * Seeds `count` published items of generated English (search-text.ts) for
 * search: 60 sections (as content-seed.ts makes them), then pages of 100–600
 * words in them and every tenth item a news item, each with its live version
 * rendered as the app renders it and a view count. Written through the app's
 * own tables, so that the search triggers (migration 0006) build
 * search_entries as they do for anything an editor publishes. Counts, as it
 * writes, how many items each English lexeme occurs in, which is what the
 * query sets are chosen from. With `writers` above 1, that many batches are
 * written at once, on as many connections (PostgreSQL's triggers then index
 * on more than one core); the text is the same either way.
 */
export async function seedSearchCorpus(db: Db, orgId: string, count: number, writers = 1, seed = 23): Promise<SearchCorpus> {
  const started = Date.now();
  const text = searchWriter(seed);
  // The sections and nothing else: content-seed.ts makes them as the content benchmark has them.
  await seedContent(db, orgId, { pages: 0, news: 0 });
  const sectionIds = (await db.selectFrom('sections').select('id').where('org_id', '=', orgId).orderBy('id').execute()).map((s) => s.id);
  const people = await db.selectFrom('users').select('id').where('org_id', '=', orgId).orderBy('id').limit(500).execute();
  const pick = <T>(list: readonly T[]): T => list[Math.floor(text.random() * list.length)] as T;

  // Each vocabulary word's English lexeme, from the database's own stemmer; stop words have none.
  const stems = await sql<{ lexeme: string | null }>`
    SELECT (tsvector_to_array(to_tsvector('english', w.word)))[1] AS lexeme
      FROM unnest(${words}::text[]) WITH ORDINALITY AS w (word, n)
     ORDER BY w.n`.execute(db);
  const lexemeIds = new Map<string, number>();
  const lexemeNames: string[] = [];
  const lexemeWords: string[] = [];
  const lexemeOf = Int32Array.from(stems.rows, ({ lexeme }, index) => {
    if (lexeme === null) return -1;
    let id = lexemeIds.get(lexeme);
    if (id === undefined) {
      id = lexemeNames.length;
      lexemeIds.set(lexeme, id);
      lexemeNames.push(lexeme);
      // Words come most frequent first: the first word of a lexeme is the one people use.
      lexemeWords.push((words[index] ?? lexeme).toLowerCase());
    }
    return id;
  });
  const itemsWith = new Uint32Array(lexemeNames.length);
  const lastItem = new Int32Array(lexemeNames.length).fill(-1);
  const wordSeen = new Uint8Array(words.length);
  let written = 0;

  // Written while the next batch is generated, with up to `writers` transactions at once.
  const inFlight = new Set<Promise<void>>();
  for (let start = 0; start < count; start += batchSize) {
    const batch = Array.from({ length: Math.min(batchSize, count - start) }, (_, offset) => {
      const index = start + offset;
      const kind = index % newsEvery === newsEvery - 1 ? ('news' as const) : ('page' as const);
      const generated = text.item(text.between(100, 600));
      for (const word of generated.used) {
        wordSeen[word] = 1;
        const lexeme = lexemeOf[word] ?? -1;
        if (lexeme >= 0 && lastItem[lexeme] !== index) {
          lastItem[lexeme] = index;
          itemsWith[lexeme] = (itemsWith[lexeme] ?? 0) + 1;
        }
      }
      written += generated.used.length;
      // Drawn in this order, so that the same seed gives the same corpus.
      const sectionId = kind === 'page' ? pick(sectionIds) : null;
      const ownerId = pick(people).id;
      const liveFrom = new Date(Date.now() - text.between(1, 700) * day);
      return { ...generated, id: randomUUID(), kind, sectionId, ownerId, liveFrom, createdAt: liveFrom, views: text.between(0, 5000) };
    });
    const write = db.transaction().execute(async (trx) => void (await publishItems(trx, orgId, batch)));
    inFlight.add(write);
    // Seen here or by the race below: a failure ends the seeding, and no other one goes unhandled.
    write.then(
      () => inFlight.delete(write),
      () => undefined,
    );
    if (inFlight.size >= writers) await Promise.race(inFlight);
    await hearInterrupts();
  }
  await Promise.all(inFlight);

  const news = Math.floor(count / newsEvery);
  return {
    items: count,
    pages: count - news,
    news,
    words: written,
    distinctWords: wordSeen.reduce((sum, seen) => sum + seen, 0),
    lexemes: lexemeNames
      .map((lexeme, id) => ({ lexeme, word: lexemeWords[id] ?? lexeme, items: itemsWith[id] ?? 0 }))
      .filter((lexeme) => lexeme.items > 0),
    seconds: (Date.now() - started) / 1000,
  };
}

export type QuerySetName = 'rare' | 'common' | 'two-word';

export interface SearchQuery {
  q: string;
  /** Items the query's words occur in (for two words: the rarer word's count, an upper bound). */
  items: number;
}

export interface QuerySet {
  name: QuerySetName;
  described: string;
  queries: SearchQuery[];
}

/** Rare terms: lexemes in 1–50 items, eight from each band, so that 1 item and 50 items are both tried. */
const rareBands: readonly (readonly [number, number])[] = [
  [1, 2],
  [3, 6],
  [7, 14],
  [15, 30],
  [31, 50],
];
const perRareBand = 8;
/** Common terms: lexemes in at least this share of the items. */
const commonShare = 0.2;
const commonCount = 30;
/** Two-word queries: a common word with a word in 1–5% of items ("leave policy"). */
const twoWordCount = 20;
const twoWordBand = [0.01, 0.05] as const;

/**
 * The query sets, chosen from the corpus's own statistics, the same for the
 * same corpus (seeded). Stop words are never chosen: they have no lexeme, and
 * a query of them alone finds nothing. (PGlite's stemmer is a newer
 * PostgreSQL's and stems a few words differently, so the bench chooses the
 * sets on the first database and asks both the same.)
 */
export function chooseQueries(corpus: SearchCorpus, seed = 29): QuerySet[] {
  // A generator for each draw, so that a band one lexeme longer (another stemmer) changes no other band's choice.
  const randomFor = (draw: number) => seededRandom(seed * 100 + draw);
  const byName = [...corpus.lexemes].sort((a, b) => (a.lexeme < b.lexeme ? -1 : 1));
  const within = (low: number, high: number) => byName.filter((each) => each.items >= low && each.items <= high);
  const query = (each: Lexeme): SearchQuery => ({ q: each.word, items: each.items });

  const rare = rareBands.flatMap(([low, high], band) => shuffled(within(low, high), randomFor(band)).slice(0, perRareBand).map(query));

  // Evenly through the common lexemes, from the most widespread down.
  const widespread = within(Math.ceil(corpus.items * commonShare), corpus.items).sort((a, b) => b.items - a.items);
  const step = Math.max(1, widespread.length / commonCount);
  const common = Array.from({ length: Math.min(commonCount, widespread.length) }, (_, i) => widespread[Math.floor(i * step)] as Lexeme);

  const random = randomFor(rareBands.length);
  const middling = shuffled(within(Math.ceil(corpus.items * twoWordBand[0]), Math.floor(corpus.items * twoWordBand[1])), random);
  const twoWord = Array.from({ length: Math.min(twoWordCount, middling.length, common.length) }, (_, i) => {
    const first = common[Math.floor(random() * common.length)] as Lexeme;
    const second = middling[i] as Lexeme;
    return { q: `${second.word} ${first.word}`, items: Math.min(first.items, second.items) };
  });

  const percent = (share: number) => `${Math.round(share * 100)}%`;
  return [
    {
      name: 'rare',
      described: `${rare.length} words each in 1–50 items (${perRareBand} from each of 1–2, 3–6, 7–14, 15–30, 31–50)`,
      queries: rare,
    },
    {
      name: 'common',
      described: `${common.length} words each in ≥ ${percent(commonShare)} of items (of ${widespread.length} such), evenly from the most widespread down`,
      queries: common.map(query),
    },
    {
      name: 'two-word',
      described: `${twoWord.length} pairs: a word in ${percent(twoWordBand[0])}–${percent(twoWordBand[1])} of items and a common one`,
      queries: twoWord,
    },
  ];
}

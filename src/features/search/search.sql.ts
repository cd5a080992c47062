import { setImmediate as nextTurn } from 'node:timers/promises';
import { CompiledQuery, type RawBuilder, sql } from 'kysely';
import { type Db, queriesWaitForTransactions } from '../../db/database.ts';
import type { Locale, SearchKind } from '../../db/schema.ts';

/** What one search asks of the database: the permissions are in it, worked out by the caller for this searcher. */
export interface SearchParams {
  orgId: string;
  /** The query as typed, then each rewording its synonyms give. */
  texts: string[];
  /** The query as typed, less what it leaves out: for names by trigram similarity and the phrase bonus. */
  raw: string;
  /** The words and phrases typed with a minus, left out in every reading (search_query, migration 0007). */
  excluded: string[];
  /** The organisation works in Welsh: its queries are read the Welsh way too, however mutated (migration 0010). */
  welsh: boolean;
  /** The kinds the searcher may see and asked for. */
  kinds: SearchKind[];
  /** The sections whose pages and documents the searcher may open (and asked for). */
  sections: string[];
  /** People and teams in these units only; null: any. */
  units: string[] | null;
  /** Changed or published since; null: any time. */
  since: Date | null;
  limit: number;
  offset: number;
}

export interface SearchHit {
  kind: SearchKind;
  ref_id: string;
  title: string;
  summary: string;
  language: Locale;
  dated: Date;
  section_id: string | null;
  unit_id: string | null;
  /** The body's best passage, the matched words between \uE000 and \uE001. */
  snippet: string;
  total: number;
}

/**
 * Marks around matched words in snippets, turned into <mark> by the page once
 * the snippet is escaped: characters of Unicode's private use, taken out of
 * every entry's text as it is written (migration 0011), so that only the
 * database's marks make <mark>.
 */
export const markStart = '\uE000';
export const markEnd = '\uE001';

/**
 * The query and its synonyms, read as English (stemmed) and as written, and
 * where the organisation works in Welsh also the Welsh way (however mutated),
 * less what it leaves out: search_query in migrations 0007, 0009 and 0010.
 */
const queryOf = (p: Pick<SearchParams, 'texts' | 'excluded' | 'welsh'>) =>
  sql`search_query(${p.texts}::text[], ${p.excluded}::text[], ${p.welsh}::boolean)`;

/**
 * Ids as PostgreSQL's array text, joined once: node-postgres would quote and
 * escape each element of every copy, and a search names the sections twice.
 */
const uuidArray = (ids: readonly string[]) => `{${ids.join(',')}}`;

/**
 * What the searcher may open, in their organisation: the kinds they may see,
 * pages and documents only in the sections they may read, content only while live.
 */
const visible = (p: Pick<SearchParams, 'orgId' | 'kinds' | 'sections'>) => sql`
  e.org_id = ${p.orgId}
  AND e.kind = ANY (${p.kinds}::text[])
  AND (e.kind IN ('news', 'person', 'team') OR e.section_id = ANY (${uuidArray(p.sections)}::uuid[]))
  AND (e.live_from IS NULL OR e.live_from <= now())
  AND (e.live_until IS NULL OR e.live_until > now())`;

/** The filters chosen beyond what the searcher may see (the kinds and sections are narrowed in `visible`): people and teams in these units, what is dated since. */
const chosen = (p: Pick<SearchParams, 'units' | 'since'>) => sql`
  ${p.units ? sql`AND (e.kind NOT IN ('person', 'team') OR e.unit_id = ANY (${uuidArray(p.units)}::uuid[]))` : sql``}
  ${p.since ? sql`AND e.dated >= ${p.since}` : sql``}`;

/** Unless the entry mentions what the query leaves out: for what is found other than by its words (names, best bets). */
const notLeftOut = (p: Pick<SearchParams, 'excluded' | 'welsh'>) =>
  p.excluded.length ? sql`AND NOT e.words @@ search_mentions(${p.excluded}::text[], ${p.welsh}::boolean)` : sql``;

/** People whose names are like the query (misspelt, partial: "jon smth") though their words do not match it. */
const nameLike = (p: Pick<SearchParams, 'raw' | 'excluded' | 'welsh'>, query: RawBuilder<unknown>) => sql`
  e.kind = 'person' AND (e.title % ${p.raw} OR ${p.raw} <% e.title) AND NOT e.words @@ ${query} ${notLeftOut(p)}`;

/**
 * The entries the searcher may open that meet `condition`: what the search
 * counts, and what its candidates are chosen from. Only what each row holds
 * inline is read, since a common word matches tens of thousands of rows: the
 * score is worked out later, for the candidates alone. The words and the names
 * are matched in separate SELECTs (the second leaves out what the first found):
 * one OR across both indexes would make PostgreSQL check the words of every
 * match again, reading each one's large value.
 */
function matching(p: SearchParams, inTitle: RawBuilder<unknown>, condition: RawBuilder<unknown>) {
  return sql`
    SELECT e.kind, e.ref_id, ${inTitle} AS in_title, e.dated
      FROM search_entries e
     WHERE ${visible(p)}
       AND ${condition}
       ${chosen(p)}`;
}

/** Matches past this are not ranked; it is also as far as anyone can page (maxPage × resultsPerPage). */
export const rankedCandidates = 500;

/**
 * Everything the searcher may open that matches, best first. Who may see what is
 * decided inside the statement (kinds, sections, the live window), never by
 * filtering what a LIMIT let through.
 *
 * The score: a title that matches comes first (one that is the query itself
 * before the rest), then the exact phrase, then the weighted text rank (title >
 * summary > the start of the body); names also score by trigram similarity.
 * Fresher and more-read items gain up to a fifth each.
 *
 * In two steps, because a common word matches tens of thousands of entries and
 * scoring each one would take far longer than the search may: every match is
 * counted, and the first `rankedCandidates` of them, title matches (and names
 * like the query) first and then the newest, are scored and ranked. A query
 * with fewer matches is ranked wholly.
 */
export function searchStatement(p: SearchParams): RawBuilder<SearchHit> {
  const query = queryOf(p);
  const multiWord = p.raw.trim().split(/\s+/).length > 1;
  // A Welsh entry found the Welsh way marks the forms it holds ("yng Nghaerdydd" for "Caerdydd").
  const snippetQuery = p.welsh
    ? sql`CASE WHEN e.language = 'cy' THEN search_welsh_reading(search_any('simple', ${p.texts}::text[]), false) ELSE ${query} END`
    : query;
  return sql<SearchHit>`
    WITH matched AS MATERIALIZED (
      ${matching(p, sql`e.title_words @@ ${query}`, sql`e.words @@ ${query}`)}
      UNION ALL
      ${matching(p, sql`true`, nameLike(p, query))}
    ), candidates AS (
      SELECT * FROM matched ORDER BY in_title DESC, dated DESC, ref_id LIMIT ${rankedCandidates}
    ), ranked AS (
      SELECT c.kind, c.ref_id,
             ( CASE WHEN c.in_title THEN 1.0::float8 ELSE 0 END
             + CASE WHEN lower(h.title) = lower(${p.raw}) THEN 0.5::float8 ELSE 0 END
             + CASE WHEN c.kind IN ('person', 'team') THEN word_similarity(${p.raw}, h.title)::float8 ELSE 0 END
             + ${multiWord ? sql`CASE WHEN h.head_words @@ search_phrase(${p.raw}) THEN 0.5 ELSE 0 END` : sql`0`}
             + ts_rank(h.head_words, ${query}) )
             * (1 + 0.2 / (1 + date_part('epoch', now() - c.dated) / 7776000))
             * (1 + least(0.2, 0.02 * ln(1 + h.views::float8))) AS score
        FROM candidates c
        -- One look-up by key for each candidate (LIMIT keeps the planner from joining the whole table).
        CROSS JOIN LATERAL (
          SELECT e.title, e.head_words, e.views FROM search_entries e
           WHERE e.org_id = ${p.orgId} AND e.kind = c.kind AND e.ref_id = c.ref_id LIMIT 1
        ) h
       ORDER BY score DESC, c.ref_id
       LIMIT ${p.limit} OFFSET ${p.offset}
    )
    SELECT e.kind, e.ref_id, e.title, e.summary, e.language, e.dated, e.section_id, e.unit_id,
           (SELECT count(*) FROM matched)::int AS total,
           CASE WHEN e.kind IN ('person', 'team') THEN ''
                ELSE ts_headline(search_config(e.language), left(e.body, 8000), ${snippetQuery},
                       'StartSel=${sql.raw(markStart)}, StopSel=${sql.raw(markEnd)}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "')
           END AS snippet
      FROM ranked r
      JOIN search_entries e ON e.org_id = ${p.orgId} AND e.kind = r.kind AND e.ref_id = r.ref_id
     ORDER BY r.score DESC, e.ref_id`;
}

/**
 * Runs `work` where PostgreSQL may not read a whole table in order. It prices
 * checking a row's words as cheap, but each check reads that row's large words
 * value: for a word in most entries it would read the table that way (ten
 * times slower) rather than ask the index, which answers without reading them.
 * The search and the benchmark's floor both run this way.
 */
export function withoutSequentialScans<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`SET LOCAL enable_seqscan = off`.execute(trx);
    return work(trx);
  });
}

/**
 * As withoutSequentialScans, for work that only reads: answers as soon as
 * `work` has, and sends the transaction's COMMIT on the next turn of the event
 * loop, once whoever was waiting (the page) has had its turn. What was read
 * cannot change at COMMIT, so nobody need wait the round trip. A COMMIT that
 * fails after that (the connection lost) is passed to `lateError`.
 */
export function answeringBeforeCommit<T>(db: Db, work: (trx: Db) => Promise<T>, lateError: (error: unknown) => void): Promise<T> {
  return answeredEarly(
    (answer) =>
      withoutSequentialScans(db, async (trx) => {
        answer(await work(trx));
        await nextTurn();
      }),
    lateError,
  );
}

/**
 * Answers with what `run` hands to `answer`, as soon as it does, while `run`
 * goes on to end its transaction: a failure before the answer rejects, one
 * after it (a COMMIT on a lost connection) is passed to `lateError`.
 */
function answeredEarly<T>(run: (answer: (value: T) => void) => Promise<void>, lateError: (error: unknown) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    let answered = false;
    run((value) => {
      answered = true;
      resolve(value);
    }).catch((error: unknown) => (answered ? lateError(error) : reject(error)));
  });
}

/** BEGIN and withoutSequentialScans' setting in one message, and so one round trip: the simple protocol takes both. */
const beginSearch = CompiledQuery.raw('BEGIN; SET LOCAL enable_seqscan = off');
const commit = CompiledQuery.raw('COMMIT');
const rollback = CompiledQuery.raw('ROLLBACK');

/**
 * Runs a search in three overlapping steps, so that as little as possible
 * waits on anything else:
 *
 * 1. The transaction begins at once, and without sequential scans (as
 *    withoutSequentialScans), in one round trip; `prepare` works out the
 *    statement (what the searcher may see, the query's terms) meanwhile.
 * 2. The statement goes as soon as both are done.
 * 3. `meanwhile` runs while the database searches, given the connection for
 *    any query of its own: the work of the page is done then, not after the
 *    rows. The rows are answered before the COMMIT, as answeringBeforeCommit.
 *
 * PGlite searches in this thread, so nothing overlaps there; and a query made
 * outside its transaction while it is open (a cache filled on first use, or
 * renewed after a change) would wait for it, and it for the query, forever.
 * There `prepare` and `meanwhile` come first, and the transaction holds the
 * statement alone.
 */
export async function runSearch<P extends { statement: CompiledQuery<SearchHit> }, T>(
  db: Db,
  prepare: () => Promise<P>,
  meanwhile: (prepared: P, db: Db) => Promise<T>,
  lateError: (error: unknown) => void,
): Promise<[SearchHit[], T, P]> {
  if (queriesWaitForTransactions(db)) {
    const prepared = await prepare();
    const done = await meanwhile(prepared, db);
    const rows = await answeringBeforeCommit(db, async (trx) => (await trx.executeQuery(prepared.statement)).rows, lateError);
    return [rows, done, prepared];
  }
  return answeredEarly(
    (answer) =>
      db.connection().execute(async (connection) => {
        const begun = connection.executeQuery(beginSearch);
        const preparing = prepare();
        let searching: Promise<unknown> | undefined;
        let alongside: Promise<T> | undefined;
        try {
          const [, prepared] = await Promise.all([begun, preparing]);
          const search = connection.executeQuery(prepared.statement);
          searching = search;
          // The statement is written to the connection as pending promise callbacks run: by the next turn of the event loop, it has gone.
          alongside = nextTurn().then(() => meanwhile(prepared, connection));
          const [result, done] = await Promise.all([search, alongside]);
          answer([result.rows, done, prepared]);
        } catch (error) {
          // The connection goes back to the pool only once nothing uses it, and out of the transaction.
          const [begin] = await Promise.allSettled([begun, preparing, searching, alongside]);
          if (begin.status === 'fulfilled') await connection.executeQuery(rollback).catch(lateError);
          throw error;
        }
        await nextTurn();
        await connection.executeQuery(commit);
      }),
    lateError,
  );
}

export interface Suggestion {
  kind: SearchKind;
  ref_id: string;
  title: string;
  summary: string;
  language: Locale;
}

/** For type-ahead: titles and names that contain what was typed, or nearly do. */
export async function suggestions(
  db: Db,
  p: Omit<SearchParams, 'texts' | 'excluded' | 'units' | 'since' | 'offset'>,
): Promise<Suggestion[]> {
  const like = `%${p.raw.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const result = await sql<Suggestion>`
    SELECT e.kind, e.ref_id, e.title, e.summary, e.language
      FROM search_entries e
     WHERE ${visible(p)}
       AND (e.title ILIKE ${like} OR (e.kind = 'person' AND (e.title % ${p.raw} OR ${p.raw} <% e.title)))
     ORDER BY (e.kind = 'person') DESC, similarity(e.title, ${p.raw}) DESC, e.title
     LIMIT ${p.limit}`.execute(db);
  return result.rows;
}

export type BestBet = Omit<SearchHit, 'total' | 'snippet'> & {
  /** Whether the search finds it anyway: the count of results includes it already. */
  matched: boolean;
};

/** Named entries, in the order named, if the searcher may open them, they pass the chosen filters and mention nothing the query leaves out: for best bets. */
export async function entriesByRef(
  db: Db,
  p: Omit<SearchParams, 'limit' | 'offset'>,
  refs: Array<{ kind: SearchKind; ref_id: string }>,
): Promise<BestBet[]> {
  if (refs.length === 0) return [];
  const query = queryOf(p);
  const result = await sql<BestBet>`
    SELECT e.kind, e.ref_id, e.title, e.summary, e.language, e.dated, e.section_id, e.unit_id,
           coalesce(e.words @@ ${query} OR (${nameLike(p, query)}), false) AS matched
      FROM unnest(${refs.map((r) => r.kind)}::text[], ${refs.map((r) => r.ref_id)}::uuid[]) WITH ORDINALITY AS bet (kind, ref_id, position)
      JOIN search_entries e ON e.org_id = ${p.orgId} AND e.kind = bet.kind AND e.ref_id = bet.ref_id
     WHERE ${visible(p)}
       ${chosen(p)}
       ${notLeftOut(p)}
     ORDER BY bet.position`.execute(db);
  return result.rows;
}

/** Whether English reads every one of the texts as nothing: words too common to be indexed ("the and of"). */
export async function tooCommonToSearch(db: Db, texts: readonly string[]): Promise<boolean> {
  const result = await sql<{ nothing: boolean }>`SELECT numnode(search_any('english', ${texts}::text[])) = 0 AS nothing`.execute(db);
  return result.rows[0]?.nothing ?? false;
}

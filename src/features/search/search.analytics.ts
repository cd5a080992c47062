import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

/** A period of whole days in UK time, both ends included, as 'YYYY-MM-DD'. */
export interface Period {
  from: string;
  to: string;
}

/** Positions counted one by one; opening anything lower down counts as "11 or later". */
export const countedPositions = 10;

export interface QueryRow {
  query: string;
  searches: number;
  averageResults: number;
  clicks: number;
}
export interface NoClickRow {
  query: string;
  /** Searches for it that found something. */
  withResults: number;
  /** Of those, the ones from which nothing was opened. */
  unopened: number;
}
export interface PositionRow {
  /** 1 to countedPositions, then countedPositions + 1 for everything lower. */
  position: number;
  clicks: number;
}
export interface SearchAnalytics {
  totals: { searches: number; noResults: number; clicked: number };
  topQueries: QueryRow[];
  noResults: Array<{ query: string; searches: number }>;
  noClicks: NoClickRow[];
  positions: PositionRow[];
}

// Days begin at midnight in the UK, as the admin reading the dates means them, whatever the server's zone.
const within = (orgId: string, period: Period) => sql<boolean>`
  org_id = ${orgId}
  AND at >= (${period.from}::date)::timestamp AT TIME ZONE 'Europe/London'
  AND at < (${period.to}::date + 1)::timestamp AT TIME ZONE 'Europe/London'`;

async function totals(db: Db, orgId: string, period: Period) {
  const result = await sql<SearchAnalytics['totals']>`
    SELECT count(*)::int AS "searches",
           (count(*) FILTER (WHERE results = 0))::int AS "noResults",
           count(clicked_position)::int AS "clicked"
      FROM search_log WHERE ${within(orgId, period)}`.execute(db);
  return result.rows[0] ?? { searches: 0, noResults: 0, clicked: 0 };
}

async function topQueries(db: Db, orgId: string, period: Period, limit: number) {
  const result = await sql<QueryRow>`
    SELECT query, count(*)::int AS "searches", round(avg(results), 1)::float8 AS "averageResults",
           count(clicked_position)::int AS "clicks"
      FROM search_log WHERE ${within(orgId, period)}
     GROUP BY query ORDER BY count(*) DESC, query LIMIT ${limit}`.execute(db);
  return result.rows;
}

async function noResults(db: Db, orgId: string, period: Period, limit: number) {
  const result = await sql<{ query: string; searches: number }>`
    SELECT query, count(*)::int AS "searches"
      FROM search_log WHERE ${within(orgId, period)} AND results = 0
     GROUP BY query ORDER BY count(*) DESC, query LIMIT ${limit}`.execute(db);
  return result.rows;
}

/** Queries that found something, yet from which nothing was opened: the results did not look like the answer. */
async function noClicks(db: Db, orgId: string, period: Period, limit: number) {
  const result = await sql<NoClickRow>`
    SELECT query, count(*)::int AS "withResults", (count(*) FILTER (WHERE clicked_position IS NULL))::int AS "unopened"
      FROM search_log WHERE ${within(orgId, period)} AND results > 0
     GROUP BY query HAVING count(*) FILTER (WHERE clicked_position IS NULL) > 0
     ORDER BY 3 DESC, query LIMIT ${limit}`.execute(db);
  return result.rows;
}

/** Clicks by the position opened, with a row for every position, clicked or not. */
async function positions(db: Db, orgId: string, period: Period): Promise<PositionRow[]> {
  const result = await sql<PositionRow>`
    SELECT least(clicked_position, ${countedPositions + 1})::int AS "position", count(*)::int AS "clicks"
      FROM search_log WHERE ${within(orgId, period)} AND clicked_position IS NOT NULL
     GROUP BY 1`.execute(db);
  const clicks = new Map(result.rows.map((row) => [row.position, row.clicks]));
  return Array.from({ length: countedPositions + 1 }, (_, index) => ({ position: index + 1, clicks: clicks.get(index + 1) ?? 0 }));
}

/** Everything the analytics page and its export show, for one organisation and period. */
export async function searchAnalytics(db: Db, orgId: string, period: Period, limit: number): Promise<SearchAnalytics> {
  const [sums, top, none, unopened, byPosition] = await Promise.all([
    totals(db, orgId, period),
    topQueries(db, orgId, period, limit),
    noResults(db, orgId, period, limit),
    noClicks(db, orgId, period, limit),
    positions(db, orgId, period),
  ]);
  return { totals: sums, topQueries: top, noResults: none, noClicks: unopened, positions: byPosition };
}

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/database.ts';
import { loadMigrations, migrate } from '../../db/migrate.ts';
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

// 0009 rewrote search_query and search_mentions (0006, 0007) to plan faster;
// every query must read as before, but once where both ways read it alike.
describe('the query functions after 0009', () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await openTestDatabase({ migrations: loadMigrations().filter((migration) => migration.version <= 8) });
  });
  afterAll(() => database.close());

  const readings = async () => {
    const read = [];
    for (const { q, synonyms = [] } of typed) {
      const { texts, excluded } = searchTerms(q, [[q, ...synonyms]]);
      const result = await sql<{ query: string | null; mentions: string }>`
        SELECT search_query(${texts}::text[], ${excluded}::text[])::text AS query,
               search_mentions(${excluded}::text[])::text AS mentions`.execute(database.db);
      read.push({ q, texts, excluded, ...result.rows[0] });
    }
    return read;
  };

  it('read every query, its synonyms and what it leaves out as 0006 and 0007 did, but once where both ways read it alike', async () => {
    const before = await readings();
    expect(await migrate(database)).toContain('0009-search-query-once.sql');
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

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisation, makePerson } from '../testing/factories.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import type { DatabaseHandle } from './database.ts';
import { loadMigrations, migrate } from './migrate.ts';

describe('migrations', () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  it('apply once: a second run applies nothing', async () => {
    expect(await migrate(database)).toEqual([]);
    const applied = await database.db.selectFrom('schema_migrations').select('name').execute();
    expect(applied.map((row) => row.name)).toContain('0001-foundation.sql');
  });
});

// A council that installed the first release with content (migrations up to
// 0005) and read news for a while, then upgraded: the view counts it gathered
// on the item move to content_views, and search ranks by them.
describe('upgrading a database migrated by the first release with content', () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await openTestDatabase({ migrations: loadMigrations().filter((migration) => migration.version <= 5) });
  });
  afterAll(() => database.close());

  it('keeps each item’s view count and announces content changes', async () => {
    const org = await makeOrganisation(database.db);
    const author = await makePerson(database.db, org.id);
    const [news] = (
      await sql<{ id: string }>`
        INSERT INTO content_items (org_id, kind, status, title, live_version, live_title, live_from,
                                   owner_id, created_by, updated_by, views)
        VALUES (${org.id}, 'news', 'published', 'Bin collections over Christmas', 1, 'Bin collections over Christmas', now(),
                ${author.id}, ${author.id}, ${author.id}, 42)
        RETURNING id`.execute(database.db)
    ).rows;
    if (!news) throw new Error('no news item');
    await sql`INSERT INTO content_versions (org_id, item_id, version, title, saved_by)
              VALUES (${org.id}, ${news.id}, 1, 'Bin collections over Christmas', ${author.id})`.execute(database.db);

    const later = loadMigrations().filter((migration) => migration.version > 5);
    expect(await migrate(database)).toEqual(later.map((migration) => migration.name));

    const counted = await database.db.selectFrom('content_views').select(['item_id', 'views']).where('org_id', '=', org.id).execute();
    // bigint: a string from PostgreSQL, a number from PGlite.
    expect(counted.map((row) => ({ ...row, views: Number(row.views) }))).toEqual([{ item_id: news.id, views: 42 }]);
    const entry = await database.db
      .selectFrom('search_entries')
      .select(['title', 'views'])
      .where('org_id', '=', org.id)
      .where('ref_id', '=', news.id)
      .executeTakeFirst();
    expect({ ...entry, views: Number(entry?.views) }).toEqual({ title: 'Bin collections over Christmas', views: 42 });
    const columns = await sql<{ column_name: string }>`
      SELECT column_name FROM information_schema.columns WHERE table_name = 'content_items'`.execute(database.db);
    expect(columns.rows.map((row) => row.column_name)).not.toContain('views');

    // A change to the item is announced as content, and as news whatever changed (no longer "unless only its views").
    const triggers = await sql<{ definition: string }>`
      SELECT pg_get_triggerdef(oid) AS definition FROM pg_trigger
       WHERE tgrelid = 'content_items'::regclass AND tgname IN ('content_items_announce_content', 'content_items_announce_news_change')
       ORDER BY tgname`.execute(database.db);
    expect(triggers.rows.map((row) => row.definition.replace(/\s+/g, ' '))).toEqual([
      expect.stringContaining(
        'AFTER INSERT OR DELETE OR UPDATE ON public.content_items FOR EACH ROW EXECUTE FUNCTION announce_content_changed()',
      ),
      expect.stringMatching(
        /AFTER UPDATE ON public\.content_items FOR EACH ROW WHEN \(\(new\.kind = 'news'::text\)\) EXECUTE FUNCTION announce_news_changed\(\)/,
      ),
    ]);
  });
});

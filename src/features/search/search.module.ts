import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.ts';
import type { ChangeFeed } from '../../platform/changes.ts';
import type { ContentAccess } from '../content/content.access.ts';
import type { SectionsSnapshots } from '../content/sections.snapshot.ts';
import type { DirectorySnapshots } from '../directory/directory.snapshot.ts';
import { searchAdminRoutes } from './search.admin.routes.ts';
import { createSearchLog } from './search.log.ts';
import { searchRoutes } from './search.routes.ts';
import { createSearch } from './search.service.ts';
import { createSearchSettings } from './search.settings.ts';
import { searchTokens } from './search.token.ts';

/** Search, its type-ahead, and what admins do with it: best bets, synonyms and analytics. */
export function createSearchFeature(deps: {
  db: Db;
  feed: ChangeFeed;
  access: ContentAccess;
  sections: SectionsSnapshots;
  snapshots: DirectorySnapshots;
  log: (error: unknown, message: string) => void;
  /** Signs the tokens that carry a search on (search.token.ts). */
  secret: string;
}) {
  const { db } = deps;
  const log = createSearchLog(db, (error) => deps.log(error, 'searches could not be logged'));
  const settings = createSearchSettings({ db, feed: deps.feed });
  const search = createSearch({
    db,
    access: deps.access,
    sections: deps.sections,
    snapshots: deps.snapshots,
    settings,
    log,
    tokens: searchTokens(deps.secret),
    logError: deps.log,
  });

  async function routes(app: FastifyInstance) {
    await app.register(searchRoutes, { search, log });
    await app.register(searchAdminRoutes, { db, log });
  }

  return { routes, search, log, stop: () => log.stop() };
}

import { searchKinds } from '../src/db/schema.ts';
import { cleanQuery, searchTerms } from '../src/features/search/search.query.ts';
import { resultsPerPage } from '../src/features/search/search.service.ts';
import type { SearchParams } from '../src/features/search/search.sql.ts';

/**
 * What the app's statement is given when an ordinary member (no role, every
 * kind, the sections anyone may read) searches for `q` with no filters, on
 * the first page: what the floor and the least page (search-least-server.ts)
 * run. The bench checks that the floor finds what the page shows.
 */
export function memberSearchParams(orgId: string, sections: string[], q: string): SearchParams {
  return {
    orgId,
    // The bench's council (generatedCouncil) has no Welsh name: it works in English.
    welsh: false,
    ...searchTerms(cleanQuery(q) ?? q, []),
    kinds: [...searchKinds],
    sections,
    units: null,
    since: null,
    limit: resultsPerPage,
    offset: 0,
  };
}

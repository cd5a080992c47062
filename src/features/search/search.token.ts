import { createHmac, timingSafeEqual } from 'node:crypto';
import { isUuid } from '../../platform/forms.ts';
import { normaliseQuery } from './search.query.ts';

/**
 * A logged search as its later pages and filters carry it (`s`): its id,
 * signed for the organisation and the query it was logged for. An address
 * cannot then credit another search with a click, nor keep a new query or
 * another person's from being counted: a token that does not fit is ignored,
 * and the search counts as new.
 */
export function searchTokens(secret: string) {
  const mac = (orgId: string, query: string, id: string) =>
    createHmac('sha256', secret)
      .update(`search\n${orgId}\n${normaliseQuery(query)}\n${id}`)
      .digest()
      .subarray(0, 16);
  return {
    sign: (orgId: string, query: string, id: string) => `${id}.${mac(orgId, query, id).toString('base64url')}`,
    /** The search's id, if the token was made for this organisation and query. */
    read(token: string, orgId: string, query: string): string | null {
      const [id = '', signature = ''] = token.split('.');
      if (!isUuid(id)) return null;
      const given = Buffer.from(signature, 'base64url');
      const expected = mac(orgId, query, id);
      return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
    },
  };
}

export type SearchTokens = ReturnType<typeof searchTokens>;

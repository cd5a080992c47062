/** The longest query searched; longer ones are refused with a message. */
export const maxQueryLength = 500;

/** The query as best bets and analytics know it: lower case, single spaces. */
export function normaliseQuery(query: string): string {
  return query.toLowerCase().replace(/\s+/gu, ' ').trim();
}

/**
 * What a person typed, ready to search: control characters (which the database
 * cannot store, and nobody means) become spaces. Null when it is too long.
 */
export function cleanQuery(typed: string): string | null {
  const cleaned = typed.replace(/\p{Cc}/gu, ' ').trim();
  return [...cleaned].length > maxQueryLength ? null : cleaned;
}

/** Synonym lists as admins write them: comma-separated words or phrases, each normalised, without repeats. */
export function parseSynonyms(line: string): string[] {
  return [...new Set(line.split(',').map(normaliseQuery).filter(Boolean))];
}

const wordCharacter = String.raw`[\p{L}\p{N}]`;

/**
 * A query as the search reads it: what to look for, and the words and phrases
 * typed with a minus to leave out (`annual -leave`, `-"annual leave"`), which
 * the database leaves out in both its ways of reading a word (see
 * search_query in migration 0007). Read as websearch_to_tsquery reads it: a
 * minus that begins a word or a quoted phrase, outside quotes.
 */
export function readQuery(query: string): { wanted: string; excluded: string[] } {
  const wanted: string[] = [];
  const excluded: string[] = [];
  for (const [token] of query.matchAll(/-?"[^"]*"?|[^\s"]+/gu)) {
    const left = new RegExp(`^-(?="|${wordCharacter})`, 'u').test(token) ? token.slice(1) : null;
    if (left === null) wanted.push(token);
    else if (left.replaceAll('"', '').trim()) excluded.push(left);
  }
  return { wanted: wanted.join(' '), excluded };
}
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Rewordings searched as well: at most this many. */
const maxRewordings = 10;

/**
 * The query reworded with each synonym of every word or phrase in it that an
 * admin listed ("annual leave" ~ "holiday"), so that searching one finds the
 * others. Whole words only: "leave" is not found inside "leaves".
 */
export function withSynonyms(query: string, groups: readonly (readonly string[])[]): string[] {
  const normalised = normaliseQuery(query);
  const rewordings = new Set<string>();
  for (const group of groups)
    for (const term of group) {
      const pattern = new RegExp(`(?<!${wordCharacter})${escapeRegExp(term)}(?!${wordCharacter})`, 'u');
      if (!pattern.test(normalised)) continue;
      for (const other of group) if (other !== term) rewordings.add(normalised.replace(pattern, () => other));
    }
  return [query, ...[...rewordings].filter((text) => text !== normalised).slice(0, maxRewordings)];
}

/** What the search statement is given for a query (see SearchParams): the query and its rewordings, what names and phrases are matched against, and what is left out. */
export function searchTerms(query: string, synonyms: readonly (readonly string[])[]): { texts: string[]; raw: string; excluded: string[] } {
  const { wanted, excluded } = readQuery(query);
  return { texts: withSynonyms(query, synonyms), raw: wanted, excluded };
}

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

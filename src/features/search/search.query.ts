/** The longest query searched; longer ones are refused with a message. */
export const maxQueryLength = 500;

/** The query as best bets and analytics know it: lower case, single spaces. */
export function normaliseQuery(query: string): string {
  return query.toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** Control characters (which the database cannot store, HTML cannot hold, and nobody means) as spaces. */
export function withoutControlCharacters(typed: string): string {
  return typed.replace(/\p{Cc}/gu, ' ');
}

/** What a person typed, ready to search (see withoutControlCharacters). Null when it is too long. */
export function cleanQuery(typed: string): string | null {
  const cleaned = withoutControlCharacters(typed).trim();
  return [...cleaned].length > maxQueryLength ? null : cleaned;
}

/** Synonym lists as admins write them: comma-separated words or phrases, each normalised, without repeats. */
export function parseSynonyms(line: string): string[] {
  return [...new Set(line.split(',').map(normaliseQuery).filter(Boolean))];
}

const wordCharacter = String.raw`[\p{L}\p{N}]`;
/** A query's words and quoted phrases, as websearch_to_tsquery splits them (an unclosed quote runs to the end). */
const queryTokens = /"[^"]*"?|[^\s"]+/gu;
/** Whether text holds a word to search for: a letter or a digit (punctuation and emoji alone are none). */
export const hasWord = new RegExp(wordCharacter, 'u');

/**
 * A query as the search reads it: what to look for, and the words and phrases
 * typed with a minus to leave out (`annual -leave`, `-"annual leave"`), which
 * the database leaves out in both its ways of reading a word (see
 * search_query in migration 0007). A minus is read as websearch_to_tsquery
 * reads it: one that begins a word (not `pay-slip`) negates the next word or
 * quoted phrase, even across a space or a bracket (`- leave`, `-(leave)`),
 * and two cancel out.
 */
export function readQuery(query: string): { wanted: string; excluded: string[] } {
  const wanted: string[] = [];
  const excluded: string[] = [];
  let minuses = 0;
  for (const [token] of query.matchAll(queryTokens)) {
    const lead = /^[-(]*/u.exec(token)?.[0] ?? '';
    minuses += lead.replaceAll('(', '').length;
    const operand = token.slice(lead.length);
    if (!operand) continue;
    // Punctuation or an emoji is no word to leave out: the minus before it comes to nothing, as in the database.
    if (hasWord.test(operand)) (minuses % 2 ? excluded : wanted).push(operand.replace(/[()]/gu, ''));
    minuses = 0;
  }
  return { wanted: wanted.join(' '), excluded };
}
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where `pattern` (global) first matches outside quotes: a quoted phrase is searched as typed (see withSynonyms). */
function firstUnquoted(pattern: RegExp, text: string): RegExpExecArray | undefined {
  for (const match of text.matchAll(pattern)) if (text.slice(0, match.index).split('"').length % 2 === 1) return match;
  return undefined;
}

/** Rewordings searched as well: at most this many (a whole group of synonyms, as the admin form allows, is 19). */
const maxRewordings = 24;

/**
 * The query reworded with each synonym of every word or phrase in it that an
 * admin listed ("annual leave" ~ "holiday"), so that searching one finds the
 * others. Whole words only: "leave" is not found inside "leaves"; nor inside
 * quotes, which ask for the phrase exactly as typed. Taken from each group
 * that applies in turn, so that a long group never crowds out another one.
 */
export function withSynonyms(query: string, groups: readonly (readonly string[])[]): string[] {
  const normalised = normaliseQuery(query);
  const byGroup = groups.map((group) =>
    group.flatMap((term) => {
      const found = firstUnquoted(new RegExp(`(?<!${wordCharacter})${escapeRegExp(term)}(?!${wordCharacter})`, 'gu'), normalised);
      if (!found) return [];
      const [before, after] = [normalised.slice(0, found.index), normalised.slice(found.index + found[0].length)];
      return group.filter((other) => other !== term).map((other) => `${before}${other}${after}`);
    }),
  );
  const rewordings = new Set<string>();
  for (let turn = 0; byGroup.some((each) => turn < each.length); turn++)
    for (const each of byGroup) if (turn < each.length && each[turn] !== normalised) rewordings.add(each[turn] as string);
  return [query, ...[...rewordings].slice(0, maxRewordings)];
}

/** Words joined by hyphens, slashes or dots: "car-park", "sickness/absence", "e-mail", "covid-19". */
const joinedWords = /^[\p{L}\p{N}]+(?:[-/.][\p{L}\p{N}]+)+$/u;
const edgePunctuation = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/**
 * The query's other spellings where it joins words with a hyphen, slash or
 * dot, which the database reads as one compound, a path or a host, so that
 * "car-park" found only pages that wrote it so: the words as a phrase ("car
 * park", which finds "car-park" too) and, where only hyphens join words of
 * letters, run together ("carpark", "email"). Quoted phrases stay as typed.
 */
export function compoundForms(query: string): string[] {
  const tokens = [...query.matchAll(queryTokens)].map(([token]) => token);
  const rewritten = (form: (word: string) => string | null) =>
    tokens
      .map((token) => {
        const word = token.startsWith('"') ? '' : token.replace(edgePunctuation, '');
        return (joinedWords.test(word) && form(word)) || token;
      })
      .join(' ');
  const forms = [
    rewritten((word) => `"${word.split(/[-/.]/u).join(' ')}"`),
    rewritten((word) => (/^[\p{L}-]+$/u.test(word) ? word.replaceAll('-', '') : null)),
  ];
  return [...new Set(forms)].filter((form) => form !== tokens.join(' '));
}

/**
 * What the search statement is given for a query (see SearchParams): what it
 * looks for, in its other spellings (compoundForms) and their rewordings by
 * synonyms, and what it leaves out, in every spelling. The minus
 * words are left out of the texts: read as English, "it -laptop" would lose
 * "it" (too common a word to index) and keep only "not laptop", which finds
 * nothing; a synonym of a word left out would be looked for.
 */
export function searchTerms(query: string, synonyms: readonly (readonly string[])[]): { texts: string[]; raw: string; excluded: string[] } {
  const { wanted, excluded } = readQuery(query);
  return {
    texts: [...new Set([wanted, ...compoundForms(wanted)].flatMap((form) => withSynonyms(form, synonyms)))],
    raw: wanted,
    excluded: [...new Set(excluded.flatMap((each) => [each, ...compoundForms(each)]))],
  };
}

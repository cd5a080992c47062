import { type SearchKind, searchKinds } from '../../db/schema.ts';
import { toUkLocalInput } from '../../platform/formats.ts';
import { type FieldError, isUuid } from '../../platform/forms.ts';
import type { Translate } from '../../platform/i18n.ts';
import { cleanQuery, hasWord, normaliseQuery, parseSynonyms, withoutControlCharacters } from './search.query.ts';
import { resultPath } from './search.service.ts';

/** The database keeps best-bet queries to this length. */
export const maxBestBetQuery = 200;
export const maxSynonymLength = 100;
export const maxSynonymsInGroup = 20;

export interface BestBetForm {
  query?: string | undefined;
  target?: string | undefined;
}

export interface BestBetTarget {
  kind: SearchKind;
  refId: string;
}

const kindByPath = new Map<string, SearchKind>(searchKinds.map((kind) => [resultPath[kind], kind]));
const characters = (text: string) => [...text].length;

/**
 * What an admin pastes to name a best bet's target: an address on this site
 * ("/pages/<id>", or the same with the site in front), or a link copied from
 * the search page itself, which passes through /search/open. Null when it is none of these.
 */
export function parseTarget(typed: string, siteHost: string): BestBetTarget | null {
  const text = typed.trim();
  if (!text) return null;
  let address: URL;
  try {
    address = new URL(text, `http://${siteHost}`);
  } catch {
    return null;
  }
  if (address.host !== new URL(`http://${siteHost}`).host) return null;
  if (address.pathname === '/search/open') {
    const kind = address.searchParams.get('kind') ?? '';
    const id = (address.searchParams.get('id') ?? '').toLowerCase();
    return (searchKinds as readonly string[]).includes(kind) && isUuid(id) ? { kind: kind as SearchKind, refId: id } : null;
  }
  const match = /^(\/[a-z]+)\/([0-9a-fA-F-]{36})\/?$/.exec(address.pathname);
  const kind = match ? kindByPath.get(match[1] as string) : undefined;
  const refId = match?.[2]?.toLowerCase() ?? '';
  return kind && isUuid(refId) ? { kind, refId } : null;
}

/** The query as search matches it against best bets, and the target it names; errors say what to fix. */
export function checkBestBet(form: BestBetForm, siteHost: string, t: Translate) {
  const errors: FieldError[] = [];
  const cleaned = cleanQuery(form.query ?? '');
  const query = cleaned === null ? null : normaliseQuery(cleaned);
  if (query === '') errors.push({ field: 'query', text: t('searchAdmin.errors.queryMissing') });
  else if (query === null || characters(query) > maxBestBetQuery)
    errors.push({ field: 'query', text: t('searchAdmin.errors.queryTooLong', { max: maxBestBetQuery }) });
  const target = parseTarget(form.target ?? '', siteHost);
  if (!form.target?.trim()) errors.push({ field: 'target', text: t('searchAdmin.errors.targetMissing') });
  else if (!target) errors.push({ field: 'target', text: t('searchAdmin.errors.targetAddress') });
  return { query: query ?? '', target, errors };
}

/**
 * A synonym the search can match: words as people type them. A query's quotes,
 * brackets and minus signs are its syntax, never words to reword (see
 * withSynonyms), so a term holding them would never apply; nor would one
 * without a letter or a digit.
 */
const isPlainTerm = (term: string) => hasWord.test(term) && !/["()]|(?:^|\s)-/u.test(term);

/** One group of words or phrases that mean the same, as the admin typed it, comma-separated. */
export function checkSynonyms(typed: string | undefined, t: Translate) {
  // Control characters cannot be stored and nobody means them: they split nothing, so they become spaces.
  const terms = parseSynonyms(withoutControlCharacters(typed ?? ''));
  const errors: FieldError[] = [];
  if (terms.length < 2) errors.push({ field: 'terms', text: t('searchAdmin.errors.synonymsTooFew') });
  else if (terms.length > maxSynonymsInGroup)
    errors.push({ field: 'terms', text: t('searchAdmin.errors.synonymsTooMany', { max: maxSynonymsInGroup }) });
  else if (terms.some((term) => characters(term) > maxSynonymLength))
    errors.push({ field: 'terms', text: t('searchAdmin.errors.synonymTooLong', { max: maxSynonymLength }) });
  else if (!terms.every(isPlainTerm)) errors.push({ field: 'terms', text: t('searchAdmin.errors.synonymNotPlain') });
  return { terms, errors };
}

/** The analytics period unless the admin chooses another: the last 30 days, today included. */
export const defaultPeriodDays = 30;
/** Longer periods are refused: a year is enough to compare, and bounds the work of one page. */
export const maxPeriodDays = 366;
const dayMs = 86_400_000;
const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** Today's date in the UK, where the admins are, as 'YYYY-MM-DD'. */
export function ukToday(now = new Date()): string {
  return toUkLocalInput(now).slice(0, 10);
}

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / dayMs;
const dayFrom = (number: number) => new Date(number * dayMs).toISOString().slice(0, 10);
const isRealDay = (day: string) => isoDay.test(day) && !Number.isNaN(dayNumber(day)) && dayFrom(dayNumber(day)) === day;

export interface PeriodForm {
  from?: string | undefined;
  to?: string | undefined;
}

/** The period asked for, a missing end filled in from the default; errors for dates that are not dates, or out of order. */
export function checkPeriod(form: PeriodForm, today: string, t: Translate) {
  const errors: FieldError[] = [];
  const to = form.to?.trim() || today;
  const toIsDay = isRealDay(to);
  // A missing start follows from the end; when the end is wrong too, only the end is reported.
  const from = form.from?.trim() || (toIsDay ? dayFrom(dayNumber(to) - (defaultPeriodDays - 1)) : null);
  if (from !== null && !isRealDay(from)) errors.push({ field: 'from', text: t('searchAdmin.errors.fromInvalid') });
  if (!toIsDay) errors.push({ field: 'to', text: t('searchAdmin.errors.toInvalid') });
  if (errors.length || from === null) return { period: null, errors };
  const days = dayNumber(to) - dayNumber(from) + 1;
  if (days < 1) errors.push({ field: 'to', text: t('searchAdmin.errors.toBeforeFrom') });
  else if (days > maxPeriodDays) errors.push({ field: 'from', text: t('searchAdmin.errors.periodTooLong', { max: maxPeriodDays }) });
  return { period: errors.length ? null : { from, to }, errors };
}

import { type Locale, searchKinds } from '../../db/schema.ts';
import { formatDate } from '../../platform/formats.ts';
import { translatorFor } from '../../platform/i18n.ts';
import { markEnd, markStart, type SearchHit } from './search.sql.ts';
import {
  periods,
  resultPath,
  resultsPerPage,
  maxPage,
  type Search,
  type SearchOutcome,
  type SearchRequest,
  type Visible,
} from './search.service.ts';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** A snippet as HTML: everything escaped, then the database's marks made into <mark>. */
export function highlight(snippet: string): string {
  return escapeHtml(snippet).replaceAll(markStart, '<mark>').replaceAll(markEnd, '</mark>');
}

/** The search page's links keep the query and filters, and the search they carry on (its token); only the page number changes. */
function linkTo(asked: SearchRequest, page: number, token: string | null): string {
  const params = new URLSearchParams({ q: asked.q });
  for (const kind of asked.kinds) params.append('type', kind);
  if (asked.sectionId) params.set('section', asked.sectionId);
  if (asked.unitId) params.set('unit', asked.unitId);
  if (asked.period) params.set('period', asked.period);
  if (page > 1) params.set('page', String(page));
  if (token) params.set('s', token);
  return `/search?${params.toString()}`;
}

/**
 * GOV.UK's paging macro took two thirds of the time a page of results took to
 * render, after the rows came. Its HTML depends only on the page, the number of
 * pages and the language, but for its links: so it is rendered once for each
 * of those (reply.fragment, keyed by `shape`), each link a marker holding its
 * page number, and a search's own links are put in for the markers
 * (withPageLinks). The markers are all that fragment holds of a search.
 */
const pageLinkMarker = 'guildhall-page:';
const pageLinkMarkers = new RegExp(`${pageLinkMarker}(\\d+)`, 'g');

function paging(page: number, pages: number, linkToPage: (page: number) => string, t: ReturnType<typeof translatorFor>) {
  const href = (number: number) => `${pageLinkMarker}${number}`;
  return {
    shape: `${page}/${pages}`,
    linkToPage,
    params: () => ({
      landmarkLabel: t('search.pages'),
      // GOV.UK's macro says "Previous", "Next" and "Page 2" in English unless told.
      previous: page > 1 ? { href: href(page - 1), text: t('pagination.previous') } : null,
      next: page < pages ? { href: href(page + 1), text: t('pagination.next') } : null,
      items: Array.from({ length: pages }, (_, index) => index + 1)
        .filter((number) => number === 1 || number === pages || Math.abs(number - page) <= 2)
        .flatMap((number, index, shown) => [
          ...(index > 0 && number - (shown[index - 1] as number) > 1 ? [{ ellipsis: true }] : []),
          { number, href: href(number), current: number === page, visuallyHiddenText: t('pagination.page', { number }) },
        ]),
    }),
  };
}
type Paging = ReturnType<typeof paging>;

/** Paging rendered for its shape (see paging), with this search's links. */
export function withPageLinks(html: string, linkToPage: Paging['linkToPage']): string {
  return html.replace(pageLinkMarkers, (_, number: string) => escapeHtml(linkToPage(Number(number))));
}

type FilterChoices = Awaited<ReturnType<Search['filterChoices']>>;

/**
 * A filter's options, rendered once for everyone (see filterChoices), with
 * the chosen one marked, or added if the list does not go that deep (units
 * below the levels listed). The id was checked to be a UUID, so it is safe in
 * the pattern; without a label (another organisation's, or one this person
 * may not read) nothing is shown as chosen.
 */
export function withChosen(options: string, id: string | null, label: string): string {
  const listed = `<option value="${id}">`;
  if (id && options.includes(listed)) return options.replace(listed, `<option value="${id}" selected>`);
  return id && label ? `<option value="${id}" selected>${escapeHtml(label)}</option>${options}` : options;
}

/** The search page around its results (search.njk): the box and the filters, each as asked. */
export function presentForm(
  filters: FilterChoices,
  options: { sections: string; units: string },
  visible: Visible,
  asked: SearchRequest,
  state: SearchOutcome['state'],
  /** The search the filters carry on (if the query is not changed): see search.token.ts. */
  token: string | null,
  locale: Locale,
) {
  const t = translatorFor(locale);
  const shownKinds = new Set(visible.kinds);
  return {
    q: asked.q,
    token,
    searched: state === 'searched',
    filtersActive: asked.kinds.length > 0 || Boolean(asked.sectionId || asked.unitId || asked.period),
    kindChoices: searchKinds
      .filter((kind) => shownKinds.has(kind))
      .map((kind) => ({ value: kind, text: t(`search.kinds.${kind}`), checked: asked.kinds.includes(kind) })),
    sectionOptions: withChosen(options.sections, asked.sectionId, filters.sectionName(asked.sectionId)),
    unitOptions: withChosen(options.units, asked.unitId, filters.unitName(asked.unitId)),
    periodChoices: [
      { value: '', text: t('search.anyTime'), checked: !asked.period },
      ...Object.keys(periods).map((period) => ({ value: period, text: t(`search.periods.${period}`), checked: asked.period === period })),
    ],
  };
}

/** The results (search-results.njk): how many, best bets, this page of them and links to the others. */
export function presentResults(filters: FilterChoices, asked: SearchRequest, outcome: SearchOutcome, locale: Locale) {
  const t = translatorFor(locale);
  const kindNames = Object.fromEntries(searchKinds.map((kind) => [kind, t(`search.kinds.${kind}`)]));
  const result = (hit: Omit<SearchHit, 'total' | 'snippet'> & { snippet?: string }, position: number, searchId: string | null) => {
    // Through /search/open, for analytics. Every value is a UUID, a number or a kind: nothing to encode.
    const open = searchId
      ? `/search/open?s=${searchId}&p=${position}&kind=${hit.kind}&id=${hit.ref_id}`
      : `${resultPath[hit.kind]}/${hit.ref_id}`;
    const where = hit.kind === 'person' || hit.kind === 'team' ? filters.unitName(hit.unit_id) : filters.sectionName(hit.section_id);
    const date = hit.kind === 'person' || hit.kind === 'team' ? '' : formatDate(hit.dated, locale);
    return {
      // "Page · HR › Pay and leave · 27 October 2026"
      about: [kindNames[hit.kind], where, date].filter(Boolean).join(' · '),
      title: hit.title,
      href: open,
      summary: hit.summary,
      snippet: hit.snippet ? highlight(hit.snippet) : '',
      lang: hit.language !== locale ? hit.language : null,
    };
  };
  const searched = outcome.state === 'searched' ? outcome : null;
  const page = searched ? asked.page : 1;
  const pages = searched ? Math.min(maxPage, Math.ceil(searched.matches / resultsPerPage)) : 0;
  const searchId = searched?.searchId ?? null;
  const linkToPage = (number: number) => linkTo(asked, number, searched?.token ?? null);
  // Best bets head the first page; the positions of results after them count them on every page.
  const bestBets = searched?.bestBets ?? [];
  const firstPosition = (page - 1) * resultsPerPage + 1 + bestBets.length;
  return {
    q: asked.q,
    searched: searched !== null,
    // A page past the last (a hand-edited address, or results gone since the last page was read): the count
    // comes with the rows, so with no rows the total is unknown, not zero.
    pastEnd: searched !== null && page > 1 && searched.hits.length === 0 ? { page, firstPage: linkToPage(1) } : null,
    total: searched?.total ?? 0,
    nothingBecause: searched?.nothingBecause ?? null,
    bestBets: page === 1 ? bestBets.map((bet, index) => result(bet, index + 1, searchId)) : [],
    results: (searched?.hits ?? []).map((hit, index) => result(hit, firstPosition + index, searchId)),
    paging: pages > 1 ? paging(page, pages, linkToPage, t) : null,
  };
}

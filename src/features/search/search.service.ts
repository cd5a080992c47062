import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import { type Locale, type SearchKind, searchKinds } from '../../db/schema.ts';
import { isAllowed } from '../../platform/authz.ts';
import type { Actor } from '../../platform/session.ts';
import type { ContentAccess } from '../content/content.access.ts';
import { sectionTrail } from '../content/content.reading.ts';
import type { SectionsSnapshots } from '../content/sections.snapshot.ts';
import type { DirectorySnapshots } from '../directory/directory.snapshot.ts';
import { type OrgTree, unitChoices, unitName } from '../directory/directory.tree.ts';
import type { SearchLog } from './search.log.ts';
import { cleanQuery, normaliseQuery, searchTerms } from './search.query.ts';
import type { SearchSettingsStore } from './search.settings.ts';
import type { SearchTokens } from './search.token.ts';
import {
  type BestBet,
  entriesByRef,
  rankedCandidates,
  runSearch,
  type SearchHit,
  type SearchParams,
  searchStatement,
  suggestions,
  tooCommonToSearch,
} from './search.sql.ts';

export const resultsPerPage = 20;
/**
 * The unit filter lists units level by level, as deep as it can while the list
 * stays this short: every team of a small council, but in one of thousands of
 * staff its directorates and services (a choice covers the units below it;
 * a team is found by searching for its name).
 */
export const maxUnitChoices = 150;
/** Past this, people refine the query rather than page on; it also bounds the OFFSET. */
export const maxPage = rankedCandidates / resultsPerPage;
const suggestionCount = 8;
/**
 * Type-ahead starts at three characters: two match most titles, and no index
 * can find text that short inside a title (trigrams are three), so each such
 * request read every entry (125–200 ms for 100,000 of them).
 */
const suggestFrom = 3;

/** The units the filter lists (see maxUnitChoices), each labelled with the units above it. */
export function listedUnits(tree: OrgTree, locale: Locale): Array<{ id: string; label: string }> {
  const level = new Map(tree.all.map((unit) => [unit.id, tree.ancestors(unit.id).length]));
  const levels = [...level.values()];
  // The top level always; each level below while the list stays short.
  let deepest = 0;
  while (levels.some((each) => each > deepest) && levels.filter((each) => each <= deepest + 1).length <= maxUnitChoices) deepest++;
  return unitChoices(tree, locale).filter((unit) => (level.get(unit.id) ?? 0) <= deepest);
}

/** An entry's identity across kinds. */
const refKey = (ref: { kind: SearchKind; ref_id: string }) => `${ref.kind}:${ref.ref_id}`;

/** Each entry once, in the order first named. */
function uniqueRefs(refs: Array<{ kind: SearchKind; ref_id: string }>) {
  return [...new Map(refs.map((ref) => [refKey(ref), ref])).values()];
}

export const periods = { week: 7, month: 31, year: 366 } as const;
export type Period = keyof typeof periods;

export interface SearchRequest {
  q: string;
  kinds: SearchKind[];
  sectionId: string | null;
  unitId: string | null;
  period: Period | null;
  page: number;
  /** The token of the search this one carries on (a later page, the first again, or other filters): see search.token.ts. */
  continues: string | null;
}

/** What a person may see at all: the kinds, and the sections whose pages and documents they may open. */
export interface Visible {
  kinds: SearchKind[];
  sections: string[];
}

/** Where each kind of result opens. */
export const resultPath: Record<SearchKind, string> = {
  page: '/pages',
  news: '/news',
  document: '/documents',
  person: '/people',
  team: '/teams',
};

/**
 * Why a search found nothing, where the query itself says: only words left out
 * (`-leave`), no word at all (`!!!`, an emoji), or only words too common to
 * search for (`the and of`). The page tells the person so, rather than to check
 * their spelling.
 */
export type NothingFound = 'onlyLeftOut' | 'noWords' | 'tooCommon';

export type SearchOutcome =
  | { state: 'empty' }
  | { state: 'tooLong' }
  | {
      state: 'searched';
      hits: SearchHit[];
      bestBets: BestBet[];
      /** What the heading counts: every match, and the best bets that are not. */
      total: number;
      /** Every match: what the pages page through. */
      matches: number;
      /** The log entry, for counting which result was opened. */
      searchId: string | null;
      /** The same, signed, for the links that carry the search on. */
      token: string | null;
      /** On a first page with nothing on it, why, where the query says. */
      nothingBecause: NothingFound | null;
    };

/**
 * One search over pages, news, documents, people and teams. Who may see what
 * is worked out here from what is kept in memory (sections, roles, the
 * directory) and handed to the one statement that searches, ranks and pages.
 */
export function createSearch(deps: {
  db: Db;
  access: ContentAccess;
  sections: SectionsSnapshots;
  snapshots: DirectorySnapshots;
  settings: SearchSettingsStore;
  log: SearchLog;
  tokens: SearchTokens;
  /** For what goes wrong after the page is answered. */
  logError: (error: unknown, message: string) => void;
}) {
  const { db, access, sections, snapshots, settings } = deps;

  /**
   * What this person may see at all: the kinds, and every live section whose
   * pages and documents they may open. Worked out once a request, for both the
   * search and its filters.
   */
  async function visibleTo(actor: Actor): Promise<Visible> {
    const [news, { snapshot, mayRead }] = await Promise.all([access.news(actor), access.sectionPlaces(actor)]);
    const kinds = searchKinds.filter((kind) => {
      if (kind === 'news') return isAllowed(actor, 'content:view', news.resource);
      if (kind === 'person' || kind === 'team') return isAllowed(actor, 'directory:view', { orgId: actor.orgId });
      return true;
    });
    return { kinds, sections: snapshot.all.filter((section) => mayRead(section.id)).map((section) => section.id) };
  }

  /** The section filter: the chosen section and those below it. */
  async function sectionAndBelow(orgId: string, sectionId: string): Promise<Set<string>> {
    const snapshot = await sections.of(orgId);
    return new Set(snapshot.all.filter((section) => snapshot.chain(section.id).some((above) => above.id === sectionId)).map((s) => s.id));
  }

  /** The unit filter: the chosen unit and those below it. */
  async function unitAndBelow(orgId: string, unitId: string): Promise<Set<string>> {
    return (await snapshots.of(orgId)).tree.subtree(unitId);
  }

  /** What the statement is given: this person's permissions narrowed by the filters they chose. */
  async function paramsFor(
    actor: Actor,
    visible: Visible,
    request: Omit<SearchRequest, 'q' | 'page' | 'continues'>,
  ): Promise<Omit<SearchParams, 'texts' | 'raw' | 'excluded' | 'limit' | 'offset'>> {
    let kinds = visible.kinds;
    if (request.kinds.length) kinds = kinds.filter((kind) => request.kinds.includes(kind));
    let sectionIds = visible.sections;
    let units: string[] | null = null;
    // A section this person may not read, or a unit not in their organisation (another council's, or gone since
    // the address was made), is ignored as the filters show it: as no choice at all.
    if (request.sectionId && visible.sections.includes(request.sectionId)) {
      const chosen = await sectionAndBelow(actor.orgId, request.sectionId);
      sectionIds = sectionIds.filter((id) => chosen.has(id));
      kinds = kinds.filter((kind) => kind === 'page' || kind === 'document');
    }
    if (request.unitId && (await snapshots.of(actor.orgId)).tree.get(request.unitId)) {
      const chosen = await unitAndBelow(actor.orgId, request.unitId);
      units = [...chosen];
      // Pages and documents belong to a unit through the team that runs their section.
      const snapshot = await sections.of(actor.orgId);
      sectionIds = sectionIds.filter((id) => chosen.has(snapshot.get(id)?.ownerTeamId ?? ''));
      kinds = kinds.filter((kind) => kind !== 'news');
    }
    const since = request.period ? new Date(Date.now() - periods[request.period] * 86_400_000) : null;
    // An organisation with a Welsh name works in Welsh (as every Welsh council must): see SearchParams.welsh.
    return { orgId: actor.orgId, welsh: actor.orgNameCy !== null, kinds, sections: sectionIds, units, since };
  }

  /**
   * What one search runs: the statement for this person and query, with the
   * best bets pinned for it and the id it is logged under (see search.token.ts).
   * Only what the statement needs: the rest waits until it has gone.
   */
  async function plan(actor: Actor, request: SearchRequest, q: string) {
    const visible = await visibleTo(actor);
    const [scope, { bestBets: bets, synonyms }] = await Promise.all([paramsFor(actor, visible, request), settings.of(actor.orgId)]);
    const page = Math.max(request.page, 1);
    // A search is logged when its first page is read afresh; its other pages, the first again and other filters carry it on.
    const continued = request.continues ? deps.tokens.read(request.continues, actor.orgId, q) : null;
    const searchId = continued ?? (page === 1 ? randomUUID() : null);
    const params: SearchParams = {
      ...scope,
      ...searchTerms(q, synonyms),
      limit: resultsPerPage,
      // Past the last page there can be, past every candidate: nothing (the page says so), however far it was asked.
      offset: (Math.min(page, maxPage + 1) - 1) * resultsPerPage,
    };
    // Pinned for the query as typed, or for what it looks for and its rewordings by synonyms. On every page, to count them alike.
    const chosenBets = uniqueRefs([q, ...params.texts].flatMap((text) => bets.get(normaliseQuery(text)) ?? []));
    return {
      visible,
      params,
      page,
      chosenBets,
      searchId,
      logged: searchId !== null && !continued,
      statement: searchStatement(params).compile(db),
    };
  }

  /** Why a query found nothing, if it says (see NothingFound): asked only of a first page with nothing on it. */
  async function whyNothing(params: SearchParams): Promise<NothingFound | null> {
    // readQuery keeps only words and phrases with a letter or a digit in them: nothing left, nothing to look for.
    if (!params.raw) return params.excluded.length ? 'onlyLeftOut' : 'noWords';
    return (await tooCommonToSearch(db, params.texts)) ? 'tooCommon' : null;
  }

  /**
   * Searches, and runs `meanwhile` while the database does: the page around
   * the results is rendered in that time rather than after it. `meanwhile` is
   * told what the query is (empty, too long or searched), as the page around
   * the results shows it, what the person may see, and the token that carries
   * the search on (its filters).
   */
  async function search<T>(
    actor: Actor,
    request: SearchRequest,
    meanwhile: (state: SearchOutcome['state'], visible: Visible, token: string | null) => Promise<T>,
  ): Promise<[SearchOutcome, T]> {
    const q = cleanQuery(request.q);
    if (q === null) return [{ state: 'tooLong' }, await meanwhile('tooLong', await visibleTo(actor), null)];
    if (!q) return [{ state: 'empty' }, await meanwhile('empty', await visibleTo(actor), null)];
    // The search's transaction begins while it is planned; the page around it is rendered while it runs, and
    // any best bets are read after it, on its connection (see runSearch).
    const [hits, { bestBets, done, token }, planned] = await runSearch(
      db,
      () => plan(actor, request, q),
      async (planned, searching) => {
        const token = planned.searchId ? deps.tokens.sign(actor.orgId, q, planned.searchId) : null;
        const [bestBets, done] = await Promise.all([
          entriesByRef(searching, planned.params, planned.chosenBets),
          meanwhile('searched', planned.visible, token),
        ]);
        return { bestBets, done, token };
      },
      (error) => deps.logError(error, 'a search could not end its transaction'),
    );
    const matches = hits[0]?.total ?? 0;
    const total = matches + bestBets.filter((bet) => !bet.matched).length;
    const { searchId } = planned;
    if (searchId && planned.logged) deps.log.record(searchId, actor.orgId, q, total);
    // Best bets head the first page, and are not shown again below them there. Later pages list the results
    // as ranked, so that each page ends where the next begins.
    const pinned = new Set(planned.page === 1 ? bestBets.map(refKey) : []);
    const outcome: SearchOutcome = {
      state: 'searched',
      hits: hits.filter((hit) => !pinned.has(refKey(hit))),
      bestBets,
      total,
      matches,
      searchId,
      token,
      nothingBecause: total === 0 && planned.page === 1 ? await whyNothing(planned.params) : null,
    };
    return [outcome, done];
  }

  /** Type-ahead: people and titles for what has been typed so far. */
  async function suggest(actor: Actor, typed: string) {
    const q = cleanQuery(typed);
    if (!q || q.length < suggestFrom) return [];
    const scope = await paramsFor(actor, await visibleTo(actor), {
      kinds: ['person', 'page', 'news', 'team'],
      sectionId: null,
      unitId: null,
      period: null,
    });
    return suggestions(db, { ...scope, raw: q, limit: suggestionCount });
  }

  /**
   * The filters this person may choose from, and the names results show where
   * they live. Their options are rendered once (reply.fragment) for as long
   * as `sections` and `tree` live: the units are everyone's alike, the sections
   * the same for everyone who may read the same ones (`visible.sections`).
   */
  async function filterChoices(actor: Actor, visible: Visible, locale: Locale) {
    const [sectionsNow, { tree }] = await Promise.all([sections.of(actor.orgId), snapshots.of(actor.orgId)]);
    const readable = new Set(visible.sections);
    const sectionName = (id: string | null) =>
      id && readable.has(id)
        ? sectionTrail(sectionsNow, id, locale)
            .map((section) => section.title)
            .join(' › ')
        : '';
    return {
      sections: sectionsNow,
      tree,
      sectionChoices: () => visible.sections.map((id) => ({ value: id, text: sectionName(id) })),
      unitChoices: () => listedUnits(tree, locale).map((unit) => ({ value: unit.id, text: unit.label })),
      sectionName,
      unitName: (id: string | null) => {
        const unit = id ? tree.get(id) : undefined;
        return unit ? unitName(unit, locale) : '';
      },
    };
  }

  return { search, suggest, filterChoices };
}

export type Search = ReturnType<typeof createSearch>;

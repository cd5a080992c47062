import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import { type SearchKind, searchKinds } from '../../db/schema.ts';
import { isUuid } from '../../platform/forms.ts';
import { firstOf, queryValue } from '../../platform/schemas.ts';
import { translatorFor } from '../../platform/i18n.ts';
import type { Actor } from '../../platform/session.ts';
import type { SearchLog } from './search.log.ts';
import { maxQueryLength, withoutControlCharacters } from './search.query.ts';
import { presentForm, presentResults, withPageLinks } from './search.present.ts';
import { type Period, periods, resultPath, type Search, type SearchRequest } from './search.service.ts';

// Generous shapes: the page itself explains a query that is too long, and ignores a filter it does not know,
// however long or repeated (a hand-edited address). The first of a repeated value counts.
const searchQuery = Type.Object({
  q: queryValue,
  type: queryValue,
  section: queryValue,
  unit: queryValue,
  period: queryValue,
  page: queryValue,
  s: queryValue,
});
const uuidOrNull = (value: string | string[] | undefined) => {
  const chosen = firstOf(value);
  return chosen && isUuid(chosen) ? chosen : null;
};
const clickQuery = Type.Object({
  s: Type.String({ format: 'uuid' }),
  p: Type.Integer({ minimum: 1, maximum: 10_000 }),
  kind: Type.Union(searchKinds.map((kind) => Type.Literal(kind))),
  id: Type.String({ format: 'uuid' }),
});

/** Paging's HTML for each page, number of pages and language, without a search's links (see withPageLinks). */
const pagingShapes = {};

const isKind = (value: string): value is SearchKind => (searchKinds as readonly string[]).includes(value);
const isPeriod = (value: string): value is Period => Object.hasOwn(periods, value);

/** The search page, type-ahead suggestions, and the hop through which a result is opened (for analytics). */
export async function searchRoutes(parent: FastifyInstance, options: { search: Search; log: SearchLog }) {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const { search, log } = options;

  app.get('/search', { config: { access: 'signed-in' }, schema: { querystring: searchQuery } }, async (request, reply) => {
    const actor = request.actor as Actor;
    const query = request.query;
    const types = [query.type ?? []].flat();
    const page = Number.parseInt(firstOf(query.page) ?? '1', 10);
    const period = firstOf(query.period);
    const asked: SearchRequest = {
      // Shown on the page as searched: a control character (a bell in a hand-edited address) is no HTML.
      q: withoutControlCharacters(firstOf(query.q) ?? ''),
      kinds: types.filter(isKind),
      sectionId: uuidOrNull(query.section),
      unitId: uuidOrNull(query.unit),
      period: period && isPeriod(period) ? period : null,
      // As asked, however far: a page past the last says which it was (see plan in search.service.ts).
      page: Number.isSafeInteger(page) ? Math.max(page, 1) : 1,
      continues: firstOf(query.s) ?? null,
    };
    const locale = request.locale;
    const [outcome, { filters, around }] = await search.search(actor, asked, async (state, visible, token) => {
      const filters = await search.filterChoices(actor, visible, locale);
      // Rendered once until the structure or the sections change: a large council lists over a hundred units.
      const options = {
        sections: await reply.fragment(
          filters.sections,
          'search/views/options.njk',
          () => ({ options: filters.sectionChoices() }),
          visible.sections.join(),
        ),
        units: await reply.fragment(filters.tree, 'search/views/options.njk', () => ({ options: filters.unitChoices() })),
      };
      const around = await reply.pageAround('search/views/search.njk', {
        ...presentForm(filters, options, visible, asked, state, token, locale),
        errors: state === 'tooLong' ? [{ text: translatorFor(locale)('search.tooLong', { max: maxQueryLength }), href: '#q' }] : [],
      });
      return { filters, around };
    });
    if (outcome.state === 'tooLong') reply.code(400);
    const results = presentResults(filters, asked, outcome, locale);
    const paging = results.paging;
    const pagingHtml = paging
      ? withPageLinks(
          await reply.fragment(pagingShapes, 'search/views/paging.njk', () => ({ params: paging.params() }), paging.shape),
          paging.linkToPage,
        )
      : '';
    return reply.sendAround(around, await reply.partial('search/views/search-results.njk', { ...results, paging: pagingHtml }));
  });

  app.get(
    '/search/suggest',
    { config: { access: 'signed-in' }, schema: { querystring: Type.Object({ q: queryValue }) } },
    async (request, reply) => {
      const found = await search.suggest(request.actor as Actor, firstOf(request.query.q) ?? '');
      return reply.header('cache-control', 'no-store').send({
        suggestions: found.map((each) => ({
          kind: each.kind,
          title: each.title,
          detail: each.summary,
          url: `${resultPath[each.kind]}/${each.ref_id}`,
          // Marked where it is not in the page's language, as results are, for screen readers.
          lang: each.language !== request.locale ? each.language : null,
        })),
      });
    },
  );

  // A result's link passes here, so that analytics know which position was opened. It names a kind and
  // an id, never an address, so it cannot send anyone elsewhere; the result's own page checks permission.
  app.get('/search/open', { config: { access: 'signed-in' }, schema: { querystring: clickQuery } }, async (request, reply) => {
    const { s, p, kind, id } = request.query;
    await log.clicked((request.actor as Actor).orgId, s, p);
    return reply.redirect(`${resultPath[kind]}/${id}`, 303);
  });
}

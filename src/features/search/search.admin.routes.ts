import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { stringify } from 'csv-stringify/sync';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import Type from 'typebox';
import type { Db } from '../../db/database.ts';
import { errorView, type FieldError } from '../../platform/forms.ts';
import { translatorFor } from '../../platform/i18n.ts';
import { checkedText, csrfField, firstOf, queryValue, uuidParams } from '../../platform/schemas.ts';
import type { Actor } from '../../platform/session.ts';
import { type BestBetForm, checkPeriod, maxBestBetQuery, maxSynonymLength, maxSynonymsInGroup, ukToday } from './search.admin.forms.ts';
import { presentAnalytics, presentBestBets } from './search.admin.present.ts';
import { createSearchAdmin, type SearchAdmin } from './search.admin.service.ts';
import { exportColumns, exportRows } from './search.analytics.export.ts';
import type { SearchLog } from './search.log.ts';

const access = { action: 'search:manage' } as const;
/** Rows in each table on the page; the export goes further. */
const shownRows = 50;
const exportedRows = 5000;

// Generous shapes: the forms themselves explain what is wrong, keeping what was typed.
const periodQuery = Type.Object({ from: queryValue, to: queryValue });
const doneQuery = Type.Object({ done: queryValue });
const bestBetBody = Type.Object({ _csrf: csrfField, query: checkedText, target: checkedText });
const synonymsBody = Type.Object({ _csrf: csrfField, terms: checkedText });
const removeBody = Type.Object({ _csrf: csrfField });

const actorOf = (request: FastifyRequest) => request.actor as Actor;
/** Only messages the page knows are shown after a redirect; anything else in the address is ignored. */
const doneMessage = (done: string | string[] | undefined, known: string[]) => {
  const shown = firstOf(done);
  return shown && known.includes(shown) ? shown : null;
};
/** The period as typed: the first of each date, if the address repeats one. */
const typedPeriod = (query: { from?: string | string[]; to?: string | string[] }) => ({ from: firstOf(query.from), to: firstOf(query.to) });

/** Admins' search pages: analytics for a period (and its CSV), best bets and synonyms. */
export async function searchAdminRoutes(parent: FastifyInstance, options: { db: Db; log: SearchLog }) {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const admin = createSearchAdmin(options);

  app.get('/admin/search', { config: { access }, schema: { querystring: periodQuery } }, async (request, reply) => {
    const t = translatorFor(request.locale);
    const typed = typedPeriod(request.query);
    const { period, errors } = checkPeriod(typed, ukToday(), t);
    const report = period ? await admin.analytics(actorOf(request), period, shownRows) : null;
    const exportQuery = period ? new URLSearchParams({ from: period.from, to: period.to }).toString() : '';
    return reply.code(errors.length ? 400 : 200).page('search/views/admin-analytics.njk', {
      values: period ?? { from: typed.from ?? '', to: typed.to ?? '' },
      report: report && period ? presentAnalytics(report, period, request.locale, t) : null,
      exportHref: `/admin/search/export.csv?${exportQuery}`,
      ...errorView(errors),
    });
  });

  app.get('/admin/search/export.csv', { config: { access }, schema: { querystring: periodQuery } }, async (request, reply) => {
    const typed = typedPeriod(request.query);
    const { period } = checkPeriod(typed, ukToday(), translatorFor(request.locale));
    // The page says what is wrong with the dates; a file cannot.
    if (!period) {
      const given = Object.entries(typed).filter((entry): entry is [string, string] => Boolean(entry[1]));
      return reply.redirect(`/admin/search?${new URLSearchParams(given).toString()}`, 303);
    }
    const report = await admin.analytics(actorOf(request), period, exportedRows);
    const csv = stringify(exportRows(report), { header: true, columns: [...exportColumns] });
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="search-${actorOf(request).orgCode}-${period.from}-to-${period.to}.csv"`)
      .header('cache-control', 'no-store')
      .send(csv);
  });

  await bestBetRoutes(app, admin);
  await synonymRoutes(app, admin);
}

async function bestBetRoutes(parent: FastifyInstance, admin: SearchAdmin) {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();

  async function showBestBets(
    request: FastifyRequest,
    reply: FastifyReply,
    view: { values?: BestBetForm; errors?: FieldError[]; done?: string | null },
  ) {
    const t = translatorFor(request.locale);
    const bets = await admin.bestBets(actorOf(request));
    return reply.page('search/views/admin-best-bets.njk', {
      bets: presentBestBets(bets, request.locale, t),
      values: view.values ?? {},
      done: view.done ?? null,
      maxQuery: maxBestBetQuery,
      ...errorView(view.errors ?? []),
    });
  }

  app.get('/admin/search/best-bets', { config: { access }, schema: { querystring: doneQuery } }, async (request, reply) =>
    showBestBets(request, reply, { done: doneMessage(request.query.done, ['added', 'removed']) }),
  );

  app.post('/admin/search/best-bets', { config: { access }, schema: { body: bestBetBody } }, async (request, reply) => {
    const values = { query: request.body.query ?? '', target: request.body.target ?? '' };
    const errors = await admin.addBestBet(actorOf(request), values, request.host, translatorFor(request.locale));
    if (errors.length) return showBestBets(request, reply.code(400), { values, errors });
    return reply.redirect('/admin/search/best-bets?done=added', 303);
  });

  app.post(
    '/admin/search/best-bets/:id/remove',
    { config: { access }, schema: { params: uuidParams, body: removeBody } },
    async (request, reply) => {
      await admin.removeBestBet(actorOf(request), request.params.id);
      return reply.redirect('/admin/search/best-bets?done=removed', 303);
    },
  );
}

async function synonymRoutes(parent: FastifyInstance, admin: SearchAdmin) {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();

  async function showSynonyms(
    request: FastifyRequest,
    reply: FastifyReply,
    view: { terms?: string; errors?: FieldError[]; done?: string | null },
  ) {
    const groups = await admin.synonyms(actorOf(request));
    return reply.page('search/views/admin-synonyms.njk', {
      groups,
      values: { terms: view.terms ?? '' },
      maxTerms: maxSynonymsInGroup,
      maxLength: maxSynonymLength,
      done: view.done ?? null,
      ...errorView(view.errors ?? []),
    });
  }

  app.get('/admin/search/synonyms', { config: { access }, schema: { querystring: doneQuery } }, async (request, reply) =>
    showSynonyms(request, reply, { done: doneMessage(request.query.done, ['added', 'removed']) }),
  );

  app.post('/admin/search/synonyms', { config: { access }, schema: { body: synonymsBody } }, async (request, reply) => {
    const terms = request.body.terms ?? '';
    const errors = await admin.addSynonyms(actorOf(request), terms, translatorFor(request.locale));
    if (errors.length) return showSynonyms(request, reply.code(400), { terms, errors });
    return reply.redirect('/admin/search/synonyms?done=added', 303);
  });

  app.post(
    '/admin/search/synonyms/:id/remove',
    { config: { access }, schema: { params: uuidParams, body: removeBody } },
    async (request, reply) => {
      await admin.removeSynonyms(actorOf(request), request.params.id);
      return reply.redirect('/admin/search/synonyms?done=removed', 303);
    },
  );
}

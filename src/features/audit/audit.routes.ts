import { Readable } from 'node:stream';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { stringify } from 'csv-stringify';
import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import type { Db } from '../../db/database.ts';
import { authorize } from '../../platform/authz.ts';
import { safeCell } from '../../platform/csv.ts';
import { errorView } from '../../platform/forms.ts';
import { translatorFor } from '../../platform/i18n.ts';
import { checkLedgerQuery, type LedgerQuery } from './audit.forms.ts';
import { findPersonId, type LedgerFilter, listActions, listEvents } from './audit.queries.ts';
import { optionalText } from '../../platform/schemas.ts';

const pageSize = 50;
const exportPageSize = 1000;
const ledgerQuery = Type.Object({
  action: optionalText(100),
  actor: optionalText(320),
  from: optionalText(20),
  to: optionalText(20),
  before: optionalText(20),
});

async function* exportRows(db: Db, orgId: string, filter: LedgerFilter) {
  let beforeSeq = filter.beforeSeq;
  for (;;) {
    const rows = await listEvents(db, orgId, { ...filter, beforeSeq }, exportPageSize);
    for (const row of rows) {
      yield [
        row.seq,
        row.occurred_at.toISOString(),
        row.actor_id ?? '',
        row.actor_email ?? '',
        row.action,
        row.subject_type,
        row.subject_id,
        JSON.stringify(row.details),
        row.prev_hash,
        row.hash,
      ].map(safeCell);
    }
    if (rows.length < exportPageSize) return;
    beforeSeq = Number(rows[rows.length - 1]?.seq);
  }
}

export async function auditRoutes(parent: FastifyInstance, options: { db: Db }) {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = options;

  /** Checks the filters; resolves who acted, by email, within the actor's own organisation only. */
  async function filterFrom(orgId: string, query: LedgerQuery, locale: 'en' | 'cy') {
    const t = translatorFor(locale);
    const { checked, errors } = checkLedgerQuery(query, t);
    const actorId = checked.actorEmail ? await findPersonId(db, orgId, checked.actorEmail) : undefined;
    if (checked.actorEmail && !actorId) errors.push({ field: 'actor', text: t('audit.actorUnknown') });
    const filter: LedgerFilter = { ...checked, actorId };
    return { filter, errors };
  }

  app.get(
    '/admin/audit',
    { config: { access: { action: 'audit:read' } }, schema: { querystring: ledgerQuery } },
    async (request, reply) => {
      const orgId = request.actor?.orgId ?? '';
      authorize(request.actor, 'audit:read', { orgId });
      const { filter, errors } = await filterFrom(orgId, request.query, request.locale);
      const [events, actions] = await Promise.all([errors.length ? [] : listEvents(db, orgId, filter, pageSize), listActions(db, orgId)]);
      const last = events.length === pageSize ? events[events.length - 1] : undefined;
      const query = new URLSearchParams(
        Object.entries(request.query).filter(([key, value]) => key !== 'before' && value) as [string, string][],
      );
      const olderQuery = last ? `${query.toString() ? `${query.toString()}&` : ''}before=${last.seq}` : null;
      return reply.code(errors.length ? 400 : 200).page('audit/views/ledger.njk', {
        events,
        actions,
        values: request.query,
        query: query.toString(),
        olderQuery,
        ...errorView(errors),
      });
    },
  );

  app.get(
    '/admin/audit.csv',
    { config: { access: { action: 'audit:read' } }, schema: { querystring: ledgerQuery } },
    async (request, reply) => {
      const orgId = request.actor?.orgId ?? '';
      authorize(request.actor, 'audit:read', { orgId });
      const { filter, errors } = await filterFrom(orgId, request.query, request.locale);
      if (errors.length)
        return reply.redirect(`/admin/audit?${new URLSearchParams(request.query as Record<string, string>).toString()}`, 303);
      const header = [
        'seq',
        'occurred_at',
        'actor_id',
        'actor_email',
        'action',
        'subject_type',
        'subject_id',
        'details',
        'prev_hash',
        'hash',
      ];
      const csv = Readable.from(exportRows(db, orgId, filter)).pipe(stringify({ header: true, columns: header }));
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="audit-${request.actor?.orgCode}.csv"`)
        .header('cache-control', 'no-store')
        .send(csv);
    },
  );
}

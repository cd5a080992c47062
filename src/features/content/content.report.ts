import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import Type from 'typebox';
import type { Db } from '../../db/database.ts';
import { authorize } from '../../platform/authz.ts';
import type { Actor } from '../../platform/session.ts';
import { reminderDays } from './content.daily.ts';
import { sectionTitle } from './content.reading.ts';
import type { SectionsSnapshots } from './sections.snapshot.ts';

const reportQuery = Type.Object({
  state: Type.Optional(Type.Union([Type.Literal('all'), Type.Literal('overdue'), Type.Literal('soon')])),
  section: Type.Optional(Type.String({ format: 'uuid' })),
});

/** Everything not archived whose review is due within 30 days or overdue, soonest first. */
function needingReview(db: Db, orgId: string, filter: { state: 'all' | 'overdue' | 'soon'; sectionId: string | null }) {
  let query = db
    .selectFrom('content_items as i')
    .leftJoin('users as u', (join) => join.onRef('u.org_id', '=', 'i.org_id').onRef('u.id', '=', 'i.owner_id'))
    .select(['i.id', 'i.kind', 'i.title', 'i.status', 'i.section_id', 'i.review_due', 'i.owner_id', 'u.display_name as owner_name'])
    .select(sql<boolean>`i.review_due < current_date`.as('overdue'))
    .where('i.org_id', '=', orgId)
    .where('i.deleted_at', 'is', null)
    .where('i.status', '<>', 'archived')
    .where('i.review_due', '<=', sql<string>`current_date + ${reminderDays}::int`);
  if (filter.state === 'overdue') query = query.where('i.review_due', '<', sql<string>`current_date`);
  if (filter.state === 'soon') query = query.where('i.review_due', '>=', sql<string>`current_date`);
  if (filter.sectionId) query = query.where('i.section_id', '=', filter.sectionId);
  return query.orderBy('i.review_due').orderBy('i.title').limit(1000).execute();
}

/** The organisation-wide report of content needing review, for organisation admins. */
export async function contentReportRoutes(parent: FastifyInstance, options: { db: Db; sections: SectionsSnapshots }) {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    '/admin/content-review',
    { config: { access: { action: 'content:report' } }, schema: { querystring: reportQuery } },
    async (request, reply) => {
      const actor = request.actor as Actor;
      authorize(actor, 'content:report', { orgId: actor.orgId });
      const state = request.query.state ?? 'all';
      const sectionId = request.query.section ?? null;
      const snapshot = await options.sections.of(actor.orgId);
      const rows = await needingReview(options.db, actor.orgId, { state, sectionId });
      const titleOf = (id: string | null) => {
        const section = id ? snapshot.get(id) : undefined;
        return section ? sectionTitle(section, request.locale) : null;
      };
      return reply.page('content/views/review-report.njk', {
        rows: rows.map((row) => ({ ...row, section_title: titleOf(row.section_id) })),
        state,
        sectionId,
        sections: snapshot.all
          .filter((section) => !section.deleted)
          .map((section) => ({ id: section.id, title: sectionTitle(section, request.locale) })),
      });
    },
  );
}

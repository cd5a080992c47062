import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.ts';
import { authorize } from '../../platform/authz.ts';
import { listOutbox } from './outbox.queries.ts';

const shownMessages = 100;

export async function outboxRoutes(app: FastifyInstance, options: { db: Db }) {
  app.get('/admin/outbox', { config: { access: { action: 'outbox:read' } } }, async (request, reply) => {
    const actor = request.actor;
    const orgId = actor?.orgId ?? '';
    authorize(actor, 'outbox:read', { orgId });
    const messages = await listOutbox(options.db, orgId, shownMessages);
    return reply.page('outbox/views/outbox.njk', { messages });
  });
}

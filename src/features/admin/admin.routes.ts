import type { FastifyInstance } from 'fastify';

/** The organisation admin's front page: one place that leads to every admin task. */
export async function adminRoutes(app: FastifyInstance) {
  app.get('/admin', { config: { access: { action: 'admin:view' } } }, async (_request, reply) => reply.page('admin/views/index.njk'));
}

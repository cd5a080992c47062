import type { FastifyInstance } from 'fastify';

/** Pages anyone may read, signed in or not. */
export async function aboutRoutes(app: FastifyInstance) {
  app.get('/accessibility', { config: { access: 'public' } }, async (_request, reply) => reply.page('about/views/accessibility.njk'));
  app.get('/cookies', { config: { access: 'public' } }, async (_request, reply) => reply.page('about/views/cookies.njk'));
}

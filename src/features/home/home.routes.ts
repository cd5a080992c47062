import type { FastifyInstance } from 'fastify';

export async function homeRoutes(app: FastifyInstance) {
  app.get('/', { config: { access: 'signed-in' } }, async (request, reply) =>
    reply.page('home/views/home.njk', { displayName: request.actor?.displayName }),
  );
}

import type { FastifyInstance } from 'fastify';
import { requireSignIn } from '../../platform/require-sign-in.ts';

export async function homeRoutes(app: FastifyInstance) {
  app.get('/', { preHandler: requireSignIn }, async (request, reply) =>
    reply.page('home/views/home.njk', { displayName: request.actor?.displayName }),
  );
}

import type { FastifyInstance } from 'fastify';
import type { Actor } from '../../platform/session.ts';
import type { News } from '../content/news.service.ts';

export async function homeRoutes(app: FastifyInstance, options: { news: News }) {
  app.get('/', { config: { access: 'signed-in' } }, async (request, reply) => {
    const actor = request.actor as Actor;
    return reply.page('home/views/home.njk', { displayName: actor.displayName, news: await options.news.forHome(actor) });
  });
}

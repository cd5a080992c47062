import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { findProfile } from './profile.queries.ts';

export async function profileRoutes(app: FastifyInstance, options: { db: Db }) {
  app.get('/profile', { config: { access: 'signed-in' } }, async (request, reply) => {
    const actor = request.actor;
    const profile = actor && (await findProfile(options.db, actor.orgId, actor.userId));
    if (!profile) throw new NotFoundError();
    const teamName = request.locale === 'cy' && profile.team_name_cy ? profile.team_name_cy : profile.team_name;
    return reply.page('profile/views/profile.njk', { profile, teamName });
  });
}

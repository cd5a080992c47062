import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { uuidParams } from '../../platform/schemas.ts';
import type { Actor } from '../../platform/session.ts';
import type { Directory } from './directory.service.ts';

const directoryAccess = { action: 'directory:view' } as const;

/** The staff directory: the organisation's structure, its teams, and its people. */
export async function directoryRoutes(parent: FastifyInstance, options: { directory: Directory }) {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const { directory } = options;

  app.get('/people', { config: { access: directoryAccess } }, async (request, reply) => {
    const { tree, ...overview } = await directory.overview(request.actor as Actor);
    // The tree object lives until the structure changes, and its rendering with it.
    const structure = await reply.fragment(tree, 'directory/views/structure.njk', () => ({
      units: directory.topLevels(tree, request.locale),
    }));
    return reply.page('directory/views/index.njk', { ...overview, structure });
  });

  app.get('/teams/:id', { config: { access: directoryAccess }, schema: { params: uuidParams } }, async (request, reply) =>
    reply.page('directory/views/team.njk', await directory.team(request.actor as Actor, request.params.id, request.locale)),
  );

  app.get('/people/:id', { config: { access: { action: 'person:view' } }, schema: { params: uuidParams } }, async (request, reply) =>
    reply.page('directory/views/person.njk', await directory.person(request.actor as Actor, request.params.id, request.locale)),
  );
}

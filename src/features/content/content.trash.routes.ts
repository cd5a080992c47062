import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import { csrfField, uuidParams } from '../../platform/schemas.ts';
import type { Actor } from '../../platform/session.ts';
import type { ContentTrash } from './content.trash.ts';

const publishAccess = { action: 'content:publish', perResource: true } as const;
const restoreBody = Type.Object({ _csrf: csrfField });

/** Deleted things for 30 days: a section's, the news', the top-level sections; and putting them back. */
export async function contentTrashRoutes(parent: FastifyInstance, options: { trash: ContentTrash }) {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const { trash } = options;

  app.get('/sections/:id/deleted', { config: { access: publishAccess }, schema: { params: uuidParams } }, async (request, reply) =>
    reply.page('content/views/trash.njk', await trash.deletedIn(request.actor as Actor, request.params.id, request.locale)),
  );
  app.get('/news/deleted', { config: { access: publishAccess } }, async (request, reply) =>
    reply.page('content/views/trash.njk', await trash.deletedIn(request.actor as Actor, null, request.locale)),
  );
  app.get('/sections/deleted', { config: { access: { action: 'section:manage', perResource: true } } }, async (request, reply) =>
    reply.page('content/views/trash.njk', {
      section: null,
      topLevel: true,
      items: [],
      documents: [],
      sections: await trash.deletedTopSections(request.actor as Actor, request.locale),
    }),
  );

  for (const type of ['content', 'document', 'section'] as const) {
    const path = { content: '/content/:id/restore', document: '/documents/:id/restore', section: '/sections/:id/restore' }[type];
    const access = type === 'section' ? ({ action: 'section:manage', perResource: true } as const) : publishAccess;
    app.post(path, { config: { access }, schema: { params: uuidParams, body: restoreBody } }, async (request, reply) =>
      reply.redirect(`${await trash.restore(request.actor as Actor, type, request.params.id)}?restored=1`, 303),
    );
  }
}

import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply } from 'fastify';
import Type from 'typebox';
import { isAllowed } from '../../platform/authz.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { justDeleted, queryValue, uuidParams } from '../../platform/schemas.ts';
import type { Actor } from '../../platform/session.ts';
import type { ContentAccess } from './content.access.ts';
import type { ContentImages } from './content.images.ts';
import type { ContentReading } from './content.reading.ts';
import type { ContentService } from './content.service.ts';
import type { News } from './news.service.ts';

const listQuery = Type.Object({
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })),
  category: Type.Optional(Type.String({ maxLength: 60 })),
  deleted: queryValue,
});
const viewAccess = { action: 'content:view', perResource: true } as const;
const draftAccess = { action: 'content:view-drafts', perResource: true } as const;

/** The news page, and news pictures: the live one for readers, the working copy's for its editors. */
export async function newsRoutes(
  parent: FastifyInstance,
  options: { news: News; reading: ContentReading; access: ContentAccess; content: ContentService; images: ContentImages },
) {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const { news, reading, access, content, images } = options;

  app.get('/news', { config: { access: viewAccess }, schema: { querystring: listQuery } }, async (request, reply) => {
    const actor = request.actor as Actor;
    const page = request.query.page ?? 1;
    const category = request.query.category?.trim() || null;
    const place = await access.news(actor);
    return reply.page('content/views/news.njk', {
      ...(await news.list(actor, page, category)),
      page,
      category,
      deleted: justDeleted(request.query),
      canManageRoles: isAllowed(actor, 'area:view-roles', place.resource),
    });
  });

  const sendImage = async (reply: FastifyReply, key: string | null) => {
    const image = key ? await images.read(key) : null;
    if (!image) throw new NotFoundError();
    // Re-encoded as JPEG when uploaded (content.images.ts): nothing else is ever served from here.
    return reply.type('image/jpeg').header('cache-control', 'private, max-age=300').send(image);
  };

  app.get('/news/:id/image', { config: { access: viewAccess }, schema: { params: uuidParams } }, async (request, reply) => {
    const { item } = await reading.live(request.actor as Actor, request.params.id);
    return sendImage(reply, item.image_key);
  });

  app.get('/news/:id/draft-image', { config: { access: draftAccess }, schema: { params: uuidParams } }, async (request, reply) => {
    const { item } = await content.load(request.actor as Actor, request.params.id);
    return sendImage(reply, item.image_key);
  });
}

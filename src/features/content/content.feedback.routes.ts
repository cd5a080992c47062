import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import { translatorFor } from '../../platform/i18n.ts';
import { checkedText, csrfField, optionalText, uuidParams } from '../../platform/schemas.ts';
import type { Actor } from '../../platform/session.ts';
import type { ContentFeedback } from './content.feedback.ts';
import { pathOf } from './content.paths.ts';
import type { ItemPages } from './content.item-page.ts';

const viewAccess = { action: 'content:view', perResource: true } as const;
const draftAccess = { action: 'content:view-drafts', perResource: true } as const;
const commentAccess = { action: 'comment:write', perResource: true } as const;

/** "Was this page useful?", its answers for the page's team, and comments on news. */
export async function contentFeedbackRoutes(parent: FastifyInstance, options: { feedback: ContentFeedback; pages: ItemPages }) {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const { feedback, pages } = options;

  for (const kind of ['page', 'news'] as const) {
    const base = pathOf[kind];
    app.post(
      `${base}/:id/feedback`,
      {
        config: { access: viewAccess },
        schema: { params: uuidParams, body: Type.Object({ _csrf: csrfField, useful: optionalText(3), comment: optionalText(4000) }) },
      },
      async (request, reply) => {
        await feedback.answer(request.actor as Actor, request.params.id, request.body.useful !== 'no', request.body.comment?.trim() ?? '');
        return reply.redirect(`${base}/${request.params.id}?feedback=1#feedback-heading`, 303);
      },
    );

    app.get(`${base}/:id/feedback`, { config: { access: draftAccess }, schema: { params: uuidParams } }, async (request, reply) =>
      reply.page('content/views/feedback.njk', { ...(await feedback.answers(request.actor as Actor, request.params.id)), base }),
    );
  }

  app.post(
    '/news/:id/comments',
    {
      config: { access: commentAccess },
      schema: { params: uuidParams, body: Type.Object({ _csrf: csrfField, comment: checkedText }) },
    },
    async (request, reply) => {
      const t = translatorFor(request.locale);
      const errors = await feedback.comment(request.actor as Actor, request.params.id, request.body.comment ?? '', t);
      if (errors.length)
        return pages.show(request, reply.code(400), 'news', request.params.id, { errors, commentValue: request.body.comment });
      return reply.redirect(`/news/${request.params.id}#comments`, 303);
    },
  );

  app.post(
    '/news/:id/comments/:commentId/delete',
    {
      config: { access: commentAccess },
      schema: {
        params: Type.Object({ id: Type.String({ format: 'uuid' }), commentId: Type.String({ format: 'uuid' }) }),
        body: Type.Object({ _csrf: csrfField }),
      },
    },
    async (request, reply) => {
      await feedback.removeComment(request.actor as Actor, request.params.id, request.params.commentId);
      return reply.redirect(`/news/${request.params.id}#comments`, 303);
    },
  );
}

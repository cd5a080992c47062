import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ContentKind } from '../../db/schema.ts';
import { errorView, type FieldError } from '../../platform/forms.ts';
import type { Actor } from '../../platform/session.ts';
import type { ContentEditor } from './content.editor.ts';
import type { ContentFeedback } from './content.feedback.ts';
import type { ContentReading } from './content.reading.ts';
import type { ContentService } from './content.service.ts';
import { pathOf } from './content.paths.ts';

/**
 * The reader's page of a page or news item, shown by its own route and again,
 * with the error, when a comment on it needs correcting.
 */
export function createItemPages(deps: {
  content: ContentService;
  reading: ContentReading;
  editor: ContentEditor;
  feedback: ContentFeedback;
}) {
  const { content, reading, editor, feedback } = deps;

  async function show(
    request: FastifyRequest,
    reply: FastifyReply,
    kind: ContentKind,
    id: string,
    form: { errors?: FieldError[]; commentValue?: string } = {},
  ) {
    const actor = request.actor as Actor;
    const shown = await reading.view(actor, kind, id);
    if (shown.draftOnly) {
      // Nothing is live: those who may see drafts are shown the draft; nobody else learns it exists.
      await content.load(actor, id);
      return reply.redirect(`${pathOf[kind]}/${id}/draft`, 303);
    }
    const comments = shown.item.kind === 'news' && shown.item.comments_enabled ? await feedback.comments(actor, id) : [];
    return reply.page('content/views/item.njk', {
      ...shown,
      ...(await editor.readerContext(actor, shown, request.locale)),
      base: pathOf[kind],
      comments,
      commentValue: form.commentValue ?? '',
      feedbackThanks: (request.query as { feedback?: string }).feedback === '1',
      ...errorView(form.errors ?? []),
    });
  }

  return { show };
}

export type ItemPages = ReturnType<typeof createItemPages>;

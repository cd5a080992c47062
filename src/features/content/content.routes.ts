import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import Type from 'typebox';
import { errorView, type FieldError } from '../../platform/forms.ts';
import { translatorFor } from '../../platform/i18n.ts';
import { checkedText, csrfField, optionalText, uuidParams } from '../../platform/schemas.ts';
import { uploadedFile } from '../../platform/security.ts';
import type { Actor } from '../../platform/session.ts';
import { checkItem, defaultReviewDue, type ItemForm, itemFormBytes } from './content.forms.ts';
import type { ContentEditor } from './content.editor.ts';
import type { ItemPages } from './content.item-page.ts';
import { renderBody } from './content.queries.ts';
import { pathOf } from './content.paths.ts';
import type { ContentService, Destination } from './content.service.ts';

const repeated = (maxLength: number) =>
  Type.Optional(Type.Union([Type.String({ maxLength }), Type.Array(Type.String({ maxLength }), { maxItems: 1000 })]));
const itemBody = Type.Object({
  _csrf: csrfField,
  intent: optionalText(20),
  title: checkedText,
  summary: checkedText,
  body: optionalText(250_000),
  language: optionalText(5),
  reviewDue: optionalText(20),
  ownerEmail: checkedText,
  related: checkedText,
  attachments: repeated(36),
  categories: checkedText,
  pinned: optionalText(3),
  featured: optionalText(3),
  commentsEnabled: optionalText(3),
  audienceUnits: repeated(36),
  audienceGroups: repeated(30),
  imageAlt: checkedText,
  removeImage: optionalText(3),
  image: Type.Optional(Type.Unknown()),
});
type ItemBody = ItemForm & { intent?: string; image?: unknown };

const viewAccess = { action: 'content:view', perResource: true } as const;
const draftAccess = { action: 'content:view-drafts', perResource: true } as const;
const createAccess = { action: 'content:create', perResource: true } as const;
const editAccess = { action: 'content:edit', perResource: true } as const;

/** Reading, writing and previewing pages and news: one set of routes for each kind. */
export async function contentRoutes(
  parent: FastifyInstance,
  options: { content: ContentService; editor: ContentEditor; pages: ItemPages },
) {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const { content, editor, pages } = options;

  async function showForm(
    request: FastifyRequest,
    reply: FastifyReply,
    view: {
      destination: Destination;
      itemId: string | null;
      values: ItemBody;
      errors?: FieldError[];
      preview?: string | null;
      /** A picture was chosen, and the form is shown again for another field's problem: it must be chosen again. */
      imageAgain?: boolean;
    },
  ) {
    const context = await editor.formContext(request.actor as Actor, view.destination, view.itemId, request.locale);
    return reply.page('content/views/item-form.njk', { ...view, ...context, ...errorView(view.errors ?? []) });
  }

  /** Saves, or with the Preview button shows the body as it will look without saving anything. */
  async function submitForm(
    request: FastifyRequest<{ Body: ItemBody }>,
    reply: FastifyReply,
    destination: Destination,
    itemId: string | null,
  ) {
    const t = translatorFor(request.locale);
    const { item, errors } = checkItem(request.body, t);
    if (request.body.intent === 'preview') {
      const preview = renderBody(item.body, item.language);
      return showForm(request, reply, { destination, itemId, values: request.body, errors, preview });
    }
    const image = uploadedFile(request.body.image)?.content ?? null;
    const actor = request.actor as Actor;
    let problems = errors;
    let id = itemId;
    if (!problems.length && itemId) problems = await content.save(actor, itemId, item, image, t);
    else if (!problems.length) {
      const created = await content.create(actor, destination, item, image, t);
      problems = created.errors;
      id = 'id' in created ? (created.id ?? null) : null;
    }
    if (problems.length || !id) {
      const imageAgain = image !== null && !problems.some((problem) => problem.field === 'image');
      return showForm(request, reply.code(400), { destination, itemId, values: request.body, errors: problems, imageAgain });
    }
    return reply.redirect(`${pathOf[destination.kind]}/${id}/manage?saved=1`, 303);
  }

  app.get('/sections/:id/pages/new', { config: { access: createAccess }, schema: { params: uuidParams } }, async (request, reply) =>
    showForm(request, reply, {
      destination: { kind: 'page', sectionId: request.params.id },
      itemId: null,
      values: { reviewDue: defaultReviewDue() },
    }),
  );
  app.post(
    '/sections/:id/pages',
    { config: { access: createAccess }, bodyLimit: itemFormBytes, schema: { params: uuidParams, body: itemBody } },
    async (request, reply) => submitForm(request, reply, { kind: 'page', sectionId: request.params.id }, null),
  );
  app.get('/news/new', { config: { access: createAccess } }, async (request, reply) =>
    showForm(request, reply, {
      destination: { kind: 'news' },
      itemId: null,
      values: { reviewDue: defaultReviewDue(), commentsEnabled: 'yes' },
    }),
  );
  app.post('/news', { config: { access: createAccess }, bodyLimit: itemFormBytes, schema: { body: itemBody } }, async (request, reply) =>
    submitForm(request, reply, { kind: 'news' }, null),
  );

  for (const kind of ['page', 'news'] as const) {
    const base = pathOf[kind];

    app.get(`${base}/:id`, { config: { access: viewAccess }, schema: { params: uuidParams } }, async (request, reply) =>
      pages.show(request, reply, kind, request.params.id),
    );

    app.get(`${base}/:id/draft`, { config: { access: draftAccess }, schema: { params: uuidParams } }, async (request, reply) =>
      reply.page('content/views/draft.njk', await editor.draft(request.actor as Actor, kind, request.params.id, request.locale)),
    );

    app.get(`${base}/:id/edit`, { config: { access: editAccess }, schema: { params: uuidParams } }, async (request, reply) => {
      const { item, destination, values } = await editor.forEditing(request.actor as Actor, kind, request.params.id);
      return showForm(request, reply, { destination, itemId: item.id, values });
    });

    app.post(
      `${base}/:id/edit`,
      { config: { access: editAccess }, bodyLimit: itemFormBytes, schema: { params: uuidParams, body: itemBody } },
      async (request, reply) => {
        const { destination } = await editor.forEditing(request.actor as Actor, kind, request.params.id);
        return submitForm(request, reply, destination, request.params.id);
      },
    );
  }

  // With JavaScript on, the editor shows its preview as the author types.
  app.post(
    '/content/preview',
    {
      config: { access: 'signed-in' },
      bodyLimit: itemFormBytes,
      schema: { body: Type.Object({ _csrf: Type.Optional(csrfField), body: optionalText(250_000), language: optionalText(5) }) },
    },
    async (request, reply) => {
      const language = request.body.language === 'cy' ? 'cy' : 'en';
      const html = renderBody(request.body.body ?? '', language);
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
    },
  );
}

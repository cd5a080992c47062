import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import Type from 'typebox';
import { isAllowed } from '../../platform/authz.ts';
import { errorView, type FieldError } from '../../platform/forms.ts';
import { translatorFor } from '../../platform/i18n.ts';
import { checkedText, csrfField, justDeleted, optionalText, queryValue, uuidParams } from '../../platform/schemas.ts';
import type { Actor } from '../../platform/session.ts';
import type { Directory } from '../directory/directory.service.ts';
import type { ContentAccess } from './content.access.ts';
import { checkSection, type SectionForm, type SectionsService } from './sections.service.ts';

const sectionBody = Type.Object({
  _csrf: csrfField,
  parentId: optionalText(36),
  title: checkedText,
  titleCy: checkedText,
  summary: checkedText,
  ownerTeamId: optionalText(36),
  restricted: optionalText(3),
});
/** `?deleted=1`: the page something was deleted from says so. */
const deletedQuery = Type.Object({ deleted: queryValue });
const viewAccess = { action: 'content:view', perResource: true } as const;
const manageAccess = { action: 'section:manage', perResource: true } as const;

/** The content tree: all sections, one section, and the forms that make and change them. */
export async function sectionRoutes(
  parent: FastifyInstance,
  options: { sections: SectionsService; access: ContentAccess; directory: Directory },
) {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const { sections, access, directory } = options;

  async function showForm(
    request: FastifyRequest,
    reply: FastifyReply,
    view: { sectionId: string | null; parentId: string | null; values: SectionForm; errors?: FieldError[]; canDelete?: boolean },
  ) {
    const units = await directory.choices((request.actor as Actor).orgId, request.locale);
    return reply.page('content/views/section-form.njk', { ...view, units, ...errorView(view.errors ?? []) });
  }

  app.get('/sections', { config: { access: viewAccess }, schema: { querystring: deletedQuery } }, async (request, reply) =>
    reply.page('content/views/sections.njk', {
      ...(await sections.top(request.actor as Actor, request.locale)),
      deleted: justDeleted(request.query),
    }),
  );

  app.get(
    '/sections/new',
    { config: { access: manageAccess }, schema: { querystring: Type.Object({ parent: Type.Optional(Type.String({ format: 'uuid' })) }) } },
    async (request, reply) => {
      const parentId = request.query.parent ?? null;
      // Asked now, so that someone who may not add a section here is refused before seeing the form.
      await sections.checkCanCreate(request.actor as Actor, parentId);
      return showForm(request, reply, { sectionId: null, parentId, values: {} });
    },
  );

  app.post('/sections', { config: { access: manageAccess }, schema: { body: sectionBody } }, async (request, reply) => {
    const t = translatorFor(request.locale);
    const parentId = request.body.parentId || null;
    const { section, errors } = checkSection(request.body, t);
    const result = errors.length ? { errors } : await sections.create(request.actor as Actor, parentId, section, t);
    if (!('id' in result) || result.errors.length) {
      await sections.checkCanCreate(request.actor as Actor, parentId);
      return showForm(request, reply.code(400), { sectionId: null, parentId, values: request.body, errors: result.errors });
    }
    return reply.redirect(`/sections/${result.id}`, 303);
  });

  app.get(
    '/sections/:id',
    { config: { access: viewAccess }, schema: { params: uuidParams, querystring: deletedQuery } },
    async (request, reply) =>
      reply.page('content/views/section.njk', {
        ...(await sections.page(request.actor as Actor, request.params.id, request.locale)),
        deleted: justDeleted(request.query),
      }),
  );

  async function editView(actor: Actor, id: string) {
    const existing = await sections.forEditing(actor, id);
    const parent = existing.parentId ? await access.section(actor, existing.parentId) : null;
    const canDelete = isAllowed(actor, 'section:manage', parent?.resource ?? { orgId: actor.orgId });
    return { existing, canDelete };
  }

  app.get('/sections/:id/edit', { config: { access: manageAccess }, schema: { params: uuidParams } }, async (request, reply) => {
    const { existing, canDelete } = await editView(request.actor as Actor, request.params.id);
    const values = {
      title: existing.title,
      titleCy: existing.titleCy ?? '',
      summary: existing.summary,
      ownerTeamId: existing.ownerTeamId,
      restricted: existing.restricted ? 'yes' : '',
    };
    return showForm(request, reply, { sectionId: existing.id, parentId: existing.parentId, values, canDelete });
  });

  app.post(
    '/sections/:id',
    { config: { access: manageAccess }, schema: { params: uuidParams, body: sectionBody } },
    async (request, reply) => {
      const actor = request.actor as Actor;
      const t = translatorFor(request.locale);
      const { section, errors } = checkSection(request.body, t);
      const problems = errors.length ? errors : await sections.update(actor, request.params.id, section, t);
      if (problems.length) {
        const { existing, canDelete } = await editView(actor, request.params.id);
        return showForm(request, reply.code(400), {
          sectionId: existing.id,
          parentId: existing.parentId,
          values: request.body,
          errors: problems,
          canDelete,
        });
      }
      return reply.redirect(`/sections/${request.params.id}`, 303);
    },
  );

  app.post(
    '/sections/:id/delete',
    { config: { access: manageAccess }, schema: { params: uuidParams, body: Type.Object({ _csrf: csrfField }) } },
    async (request, reply) => {
      const parentId = await sections.remove(request.actor as Actor, request.params.id);
      return reply.redirect(parentId ? `/sections/${parentId}?deleted=1` : '/sections?deleted=1', 303);
    },
  );
}

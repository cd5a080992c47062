import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import Type from 'typebox';
import { errorView, type FieldError } from '../../platform/forms.ts';
import { translatorFor } from '../../platform/i18n.ts';
import { checkedText, csrfField, justDeleted, optionalText, queryValue, uuidParams } from '../../platform/schemas.ts';
import { uploadedFile } from '../../platform/security.ts';
import type { Actor } from '../../platform/session.ts';
import type { Documents } from './documents.service.ts';
import { contentDisposition } from './file-types.ts';

const viewAccess = { action: 'content:view', perResource: true } as const;
const uploadAccess = { action: 'content:create', perResource: true } as const;
const manageAccess = { action: 'content:publish', perResource: true } as const;
const folderQuery = Type.Object({ folder: Type.Optional(Type.String({ format: 'uuid' })), deleted: queryValue });
const uploadBody = Type.Object({
  _csrf: csrfField,
  title: checkedText,
  folderId: optionalText(36),
  file: Type.Optional(Type.Unknown()),
});
const folderBody = Type.Object({ _csrf: csrfField, name: checkedText, parentId: optionalText(36) });

/**
 * Files are only ever downloaded, never shown in the browser: an attachment,
 * its type as checked at upload, no sniffing, and a policy that would stop
 * anything in it from running even if a browser tried.
 */
function sendFile(reply: FastifyReply, file: { content: Buffer; mime_type: string; filename: string }) {
  return reply
    .type(file.mime_type === 'text/plain' ? 'text/plain; charset=utf-8' : file.mime_type)
    .header('content-disposition', contentDisposition(file.filename))
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('cache-control', 'private, no-store')
    .send(file.content);
}

/** A section's document library: folders, uploads, versions and downloads. */
export async function documentRoutes(parent: FastifyInstance, options: { documents: Documents }) {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const { documents } = options;

  async function showLibrary(
    request: FastifyRequest<{ Params: { id: string } }>,
    reply: FastifyReply,
    folderId: string | null,
    form: { errors?: FieldError[]; values?: Record<string, unknown>; deleted?: boolean } = {},
  ) {
    const library = await documents.library(request.actor as Actor, request.params.id, folderId, request.locale);
    return reply.page('documents/views/library.njk', {
      ...library,
      values: form.values ?? {},
      deleted: form.deleted ?? false,
      ...errorView(form.errors ?? []),
    });
  }

  app.get(
    '/sections/:id/documents',
    { config: { access: viewAccess }, schema: { params: uuidParams, querystring: folderQuery } },
    async (request, reply) => showLibrary(request, reply, request.query.folder ?? null, { deleted: justDeleted(request.query) }),
  );

  app.post(
    '/sections/:id/documents',
    { config: { access: uploadAccess }, schema: { params: uuidParams, body: uploadBody } },
    async (request, reply) => {
      const t = translatorFor(request.locale);
      const folderId = request.body.folderId || null;
      const input = { title: request.body.title?.trim() ?? '', folderId, file: uploadedFile(request.body.file) };
      const result = await documents.upload(request.actor as Actor, request.params.id, input, t);
      if (!('id' in result) || result.errors.length)
        return showLibrary(request, reply.code(400), folderId, { errors: result.errors, values: { title: input.title } });
      return reply.redirect(`/documents/${result.id}?uploaded=1`, 303);
    },
  );

  app.post(
    '/sections/:id/folders',
    { config: { access: manageAccess }, schema: { params: uuidParams, body: folderBody } },
    async (request, reply) => {
      const parentId = request.body.parentId || null;
      const name = request.body.name?.trim() ?? '';
      const errors = await documents.createFolder(request.actor as Actor, request.params.id, parentId, name, translatorFor(request.locale));
      if (errors.length) return showLibrary(request, reply.code(400), parentId, { errors, values: { name } });
      return reply.redirect(`/sections/${request.params.id}/documents${parentId ? `?folder=${parentId}` : ''}`, 303);
    },
  );

  app.post(
    '/sections/:id/folders/:folderId/delete',
    {
      config: { access: manageAccess },
      schema: {
        params: Type.Object({ id: Type.String({ format: 'uuid' }), folderId: Type.String({ format: 'uuid' }) }),
        body: Type.Object({ _csrf: csrfField }),
      },
    },
    async (request, reply) => {
      const { id, folderId } = request.params;
      const errors = await documents.removeFolder(request.actor as Actor, id, folderId, translatorFor(request.locale));
      if (errors.length) return showLibrary(request, reply.code(400), folderId, { errors });
      return reply.redirect(`/sections/${id}/documents`, 303);
    },
  );

  app.get('/documents/:id', { config: { access: viewAccess }, schema: { params: uuidParams } }, async (request, reply) =>
    reply.page('documents/views/document.njk', {
      ...(await documents.details(request.actor as Actor, request.params.id, request.locale)),
      uploaded: (request.query as { uploaded?: string }).uploaded === '1',
    }),
  );

  app.post(
    '/documents/:id/versions',
    { config: { access: uploadAccess }, schema: { params: uuidParams, body: uploadBody } },
    async (request, reply) => {
      const actor = request.actor as Actor;
      const errors = await documents.newVersion(actor, request.params.id, uploadedFile(request.body.file), translatorFor(request.locale));
      if (errors.length) {
        const details = await documents.details(actor, request.params.id, request.locale);
        return reply.code(400).page('documents/views/document.njk', { ...details, ...errorView(errors) });
      }
      return reply.redirect(`/documents/${request.params.id}?uploaded=1`, 303);
    },
  );

  app.get('/documents/:id/download', { config: { access: viewAccess }, schema: { params: uuidParams } }, async (request, reply) =>
    sendFile(reply, await documents.file(request.actor as Actor, request.params.id, null)),
  );

  app.get(
    '/documents/:id/versions/:version/download',
    {
      config: { access: viewAccess },
      schema: { params: Type.Object({ id: Type.String({ format: 'uuid' }), version: Type.Integer({ minimum: 1, maximum: 1_000_000 }) }) },
    },
    async (request, reply) => sendFile(reply, await documents.file(request.actor as Actor, request.params.id, request.params.version)),
  );

  // A thumbnail is a JPEG made by the server from the upload (thumbnails.ts), so it may be shown inline.
  app.get('/documents/:id/thumbnail', { config: { access: viewAccess }, schema: { params: uuidParams } }, async (request, reply) =>
    reply
      .type('image/jpeg')
      .header('cache-control', 'private, max-age=300')
      .send(await documents.thumbnail(request.actor as Actor, request.params.id)),
  );

  app.post(
    '/documents/:id/delete',
    { config: { access: manageAccess }, schema: { params: uuidParams, body: Type.Object({ _csrf: csrfField }) } },
    async (request, reply) => {
      const sectionId = await documents.remove(request.actor as Actor, request.params.id);
      return reply.redirect(`/sections/${sectionId}/documents?deleted=1`, 303);
    },
  );
}

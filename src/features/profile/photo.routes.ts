import { randomUUID } from 'node:crypto';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import type { Db } from '../../db/database.ts';
import { authorize } from '../../platform/authz.ts';
import { NotFoundError } from '../../platform/errors.ts';
import type { FileStore } from '../../platform/files.ts';
import { errorView } from '../../platform/forms.ts';
import { translatorFor } from '../../platform/i18n.ts';
import type { Actor } from '../../platform/session.ts';
import { NotAPhotoError, preparePhoto } from './photo.ts';
import { findProfile, photoKeyOf, setPhotoKey } from './profile.queries.ts';
import { csrfField } from '../../platform/schemas.ts';
import { uploadedFile } from '../../platform/security.ts';

const ownAccess = { action: 'profile:edit-own', perResource: true } as const;
const photoBody = Type.Object({ _csrf: csrfField, photo: Type.Optional(Type.Any()) });

/** One's own photo, uploaded, replaced or removed; and everyone's, shown to their colleagues. */
export async function photoRoutes(parent: FastifyInstance, options: { db: Db; files: FileStore }) {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const { db, files } = options;

  async function mayChangeOwnPhoto(actor: Actor) {
    authorize(actor, 'profile:edit-own', { orgId: actor.orgId, personId: actor.userId });
    const profile = await findProfile(db, actor.orgId, actor.userId);
    if (!profile?.self_editable_fields.includes('photo')) throw new NotFoundError();
  }

  async function replacePhoto(actor: Actor, key: string | null) {
    const previous = await photoKeyOf(db, actor.orgId, actor.userId);
    await setPhotoKey(db, actor.orgId, actor.userId, key);
    if (previous) await files.remove(previous);
  }

  app.get('/profile/photo', { config: { access: ownAccess } }, async (request, reply) => {
    await mayChangeOwnPhoto(request.actor as Actor);
    const hasPhoto = Boolean(await photoKeyOf(db, (request.actor as Actor).orgId, (request.actor as Actor).userId));
    return reply.page('profile/views/photo-form.njk', { hasPhoto });
  });

  app.post('/profile/photo', { config: { access: ownAccess }, schema: { body: photoBody } }, async (request, reply) => {
    const actor = request.actor as Actor;
    await mayChangeOwnPhoto(actor);
    const upload = uploadedFile(request.body.photo);
    const t = translatorFor(request.locale);
    let photo: Buffer | null = null;
    try {
      photo = upload ? await preparePhoto(upload.content) : null;
    } catch (error) {
      if (!(error instanceof NotAPhotoError)) throw error;
    }
    if (!photo) {
      const message = upload ? t('profile.photoInvalid') : t('profile.photoMissing');
      return reply.code(400).page('profile/views/photo-form.njk', { hasPhoto: false, ...errorView([{ field: 'photo', text: message }]) });
    }
    const key = `${actor.orgId}/photos/${randomUUID()}.jpg`;
    await files.put(key, photo);
    await replacePhoto(actor, key);
    return reply.redirect('/profile?saved=1', 303);
  });

  app.post(
    '/profile/photo/remove',
    { config: { access: ownAccess }, schema: { body: Type.Object({ _csrf: csrfField }) } },
    async (request, reply) => {
      const actor = request.actor as Actor;
      await mayChangeOwnPhoto(actor);
      await replacePhoto(actor, null);
      return reply.redirect('/profile?saved=1', 303);
    },
  );

  app.get(
    '/people/:id/photo',
    { config: { access: { action: 'person:view' } }, schema: { params: Type.Object({ id: Type.String({ format: 'uuid' }) }) } },
    async (request, reply) => {
      const actor = request.actor as Actor;
      const key = await photoKeyOf(db, actor.orgId, request.params.id);
      const photo = key ? await files.get(key) : null;
      if (!photo) throw new NotFoundError();
      return reply.type('image/jpeg').header('cache-control', 'private, max-age=300').send(photo);
    },
  );
}

import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import type { Db } from '../../db/database.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/session.ts';
import { profileSettingFields } from '../profile/profile.forms.ts';
import { csrfField } from '../../platform/schemas.ts';

const access = { action: 'settings:manage' } as const;
// A checkbox group posts one value as a string and several as an array.
const fieldChoice = Type.Union([Type.String({ maxLength: 40 }), Type.Array(Type.String({ maxLength: 40 }), { maxItems: 20 })]);
const settingsBody = Type.Object({ _csrf: csrfField, selfEditable: Type.Optional(fieldChoice) });

/** Organisation settings: for now, which profile fields people edit themselves. */
export async function settingsRoutes(parent: FastifyInstance, options: { db: Db }) {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = options;

  app.get(
    '/admin/settings',
    { config: { access }, schema: { querystring: Type.Object({ saved: Type.Optional(Type.String({ maxLength: 1 })) }) } },
    async (request, reply) => {
      const actor = request.actor as Actor;
      const org = await db
        .selectFrom('organisations')
        .select('self_editable_fields')
        .where('id', '=', actor.orgId)
        .executeTakeFirstOrThrow();
      return reply.page('settings/views/settings.njk', {
        chosen: org.self_editable_fields,
        fields: profileSettingFields,
        saved: Boolean(request.query.saved),
      });
    },
  );

  app.post('/admin/settings', { config: { access }, schema: { body: settingsBody } }, async (request, reply) => {
    const actor = request.actor as Actor;
    const posted = [request.body.selfEditable ?? []].flat();
    // Only names we know are kept: anything else posted is dropped, not stored.
    const chosen = profileSettingFields.filter((name) => posted.includes(name));
    await db.transaction().execute(async (trx) => {
      await trx.updateTable('organisations').set({ self_editable_fields: chosen }).where('id', '=', actor.orgId).execute();
      await recordAudit(trx, {
        orgId: actor.orgId,
        actorId: actor.userId,
        action: 'settings.changed',
        subjectType: 'organisation',
        subjectId: actor.orgId,
        details: { self_editable_fields: chosen.join(',') },
      });
    });
    return reply.redirect('/admin/settings?saved=1', 303);
  });
}

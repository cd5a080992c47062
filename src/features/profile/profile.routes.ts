import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import type { Db } from '../../db/database.ts';
import { authorize } from '../../platform/authz.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { errorView } from '../../platform/forms.ts';
import { translatorFor } from '../../platform/i18n.ts';
import type { Actor } from '../../platform/session.ts';
import { checkOwnProfile, selfEditableFields } from './profile.forms.ts';
import { findProfile, updateOwnProfile } from './profile.queries.ts';
import { checkedText, csrfField, optionalText } from '../../platform/schemas.ts';

const ownProfileBody = Type.Object({
  _csrf: csrfField,
  job_title: checkedText,
  location: checkedText,
  phone: checkedText,
  working_pattern: checkedText,
  skills: checkedText,
  ask_me_about: checkedText,
});

export async function profileRoutes(parent: FastifyInstance, options: { db: Db }) {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = options;

  async function ownProfile(actor: Actor) {
    authorize(actor, 'profile:edit-own', { orgId: actor.orgId, personId: actor.userId });
    const profile = await findProfile(db, actor.orgId, actor.userId);
    if (!profile) throw new NotFoundError();
    return profile;
  }

  app.get(
    '/profile',
    { config: { access: 'signed-in' }, schema: { querystring: Type.Object({ saved: optionalText(1) }) } },
    async (request, reply) => {
      const profile = await ownProfile(request.actor as Actor);
      const teamName = request.locale === 'cy' && profile.team_name_cy ? profile.team_name_cy : profile.team_name;
      const canEdit = profile.self_editable_fields.some((name) => (selfEditableFields as readonly string[]).includes(name));
      return reply.page('profile/views/profile.njk', { profile, teamName, canEdit, saved: Boolean(request.query.saved) });
    },
  );

  app.get('/profile/edit', { config: { access: { action: 'profile:edit-own', perResource: true } } }, async (request, reply) => {
    const profile = await ownProfile(request.actor as Actor);
    const values = { ...profile, skills: profile.skills.join(', '), ask_me_about: profile.ask_me_about.join(', ') };
    return reply.page('profile/views/profile-form.njk', { values, allowed: profile.self_editable_fields });
  });

  app.post(
    '/profile/edit',
    { config: { access: { action: 'profile:edit-own', perResource: true } }, schema: { body: ownProfileBody } },
    async (request, reply) => {
      const actor = request.actor as Actor;
      const profile = await ownProfile(actor);
      const { fields, errors } = checkOwnProfile(request.body, profile.self_editable_fields, translatorFor(request.locale));
      if (errors.length) {
        return reply
          .code(400)
          .page('profile/views/profile-form.njk', { values: request.body, allowed: profile.self_editable_fields, ...errorView(errors) });
      }
      await updateOwnProfile(db, actor.orgId, actor.userId, fields);
      return reply.redirect('/profile?saved=1', 303);
    },
  );
}

import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import Type from 'typebox';
import type { Db } from '../../db/database.ts';
import { areaRoles } from '../../db/schema.ts';
import { errorView } from '../../platform/forms.ts';
import { translatorFor } from '../../platform/i18n.ts';
import type { Actor } from '../../platform/session.ts';
import { findUnit } from '../directory/directory.queries.ts';
import type { Directory } from '../directory/directory.service.ts';
import { checkGrant, type GrantForm } from './roles.forms.ts';
import type { Area } from './roles.queries.ts';
import type { RolesService } from './roles.service.ts';
import { csrfField } from '../../platform/schemas.ts';

const uuid = Type.String({ format: 'uuid' });
const grantBody = Type.Object({
  _csrf: csrfField,
  granteeEmail: Type.Optional(Type.String({ maxLength: 320 })),
  granteeTeam: Type.Optional(Type.String({ maxLength: 36 })),
  role: Type.Optional(Type.String({ maxLength: 20 })),
  includeSubteams: Type.Optional(Type.String({ maxLength: 3 })),
});
const access = { action: 'area:grant', perResource: true } as const;
const viewAccess = { action: 'area:view-roles', perResource: true } as const;

/** The roles page and its two forms, for one kind of area: teams, or the directory. */
export async function roleRoutes(parent: FastifyInstance, options: { db: Db; roles: RolesService; directory: Directory }) {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const { db, roles, directory } = options;

  async function areaTitle(actor: Actor, area: Area, locale: string): Promise<string> {
    if (area.type === 'directory') return translatorFor(locale === 'cy' ? 'cy' : 'en')('roles.directoryArea');
    const unit = await findUnit(db, actor.orgId, area.id as string);
    return (locale === 'cy' && unit?.name_cy) || unit?.name || '';
  }

  async function showRoles(
    request: FastifyRequest,
    reply: FastifyReply,
    area: Area,
    form: { values?: GrantForm; errors?: ReturnType<typeof errorView> } = {},
  ) {
    const actor = request.actor as Actor;
    const grants = await roles.grantsOn(actor, area);
    const permissions = await roles.permissionsOn(actor, area);
    const teams = permissions.canGrant ? await directory.choices(actor.orgId, request.locale) : [];
    const basePath = area.type === 'team' ? `/teams/${area.id}/roles` : '/directory/roles';
    return reply.page('roles/views/roles.njk', {
      area,
      areaTitle: await areaTitle(actor, area, request.locale),
      grants,
      teams,
      roleNames: areaRoles,
      basePath,
      permissions,
      values: form.values ?? {},
      ...(form.errors ?? {}),
    });
  }

  async function grant(request: FastifyRequest<{ Body: GrantForm }>, reply: FastifyReply, area: Area) {
    const actor = request.actor as Actor;
    const t = translatorFor(request.locale);
    const { grant: checked, errors } = checkGrant(request.body, t);
    const problems = checked ? await roles.grant(actor, area, checked, t) : errors;
    if (problems.length) return showRoles(request, reply.code(400), area, { values: request.body, errors: errorView(problems) });
    return reply.redirect(area.type === 'team' ? `/teams/${area.id}/roles` : '/directory/roles', 303);
  }

  const teamParams = Type.Object({ id: uuid });
  const revokeParams = Type.Object({ id: uuid, grantId: uuid });
  const teamArea = (request: FastifyRequest, id: string) => roles.areaFor(request.actor as Actor, 'team', id);
  const directoryArea = (request: FastifyRequest) => roles.areaFor(request.actor as Actor, 'directory', null);

  app.get('/teams/:id/roles', { config: { access: viewAccess }, schema: { params: teamParams } }, async (request, reply) =>
    showRoles(request, reply, await teamArea(request, request.params.id)),
  );
  app.post('/teams/:id/roles', { config: { access }, schema: { params: teamParams, body: grantBody } }, async (request, reply) =>
    grant(request, reply, await teamArea(request, request.params.id)),
  );
  app.post('/teams/:id/roles/:grantId/revoke', { config: { access }, schema: { params: revokeParams } }, async (request, reply) => {
    await roles.revoke(request.actor as Actor, await teamArea(request, request.params.id), request.params.grantId);
    return reply.redirect(`/teams/${request.params.id}/roles`, 303);
  });

  app.get('/directory/roles', { config: { access: viewAccess } }, async (request, reply) =>
    showRoles(request, reply, await directoryArea(request)),
  );
  app.post('/directory/roles', { config: { access }, schema: { body: grantBody } }, async (request, reply) =>
    grant(request, reply, await directoryArea(request)),
  );
  app.post(
    '/directory/roles/:grantId/revoke',
    { config: { access }, schema: { params: Type.Object({ grantId: uuid }) } },
    async (request, reply) => {
      await roles.revoke(request.actor as Actor, await directoryArea(request), request.params.grantId);
      return reply.redirect('/directory/roles', 303);
    },
  );
}

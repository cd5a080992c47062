import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import Type from 'typebox';
import { areaRoles, type Locale } from '../../db/schema.ts';
import { errorView } from '../../platform/forms.ts';
import { translatorFor } from '../../platform/i18n.ts';
import { checkedText, csrfField } from '../../platform/schemas.ts';
import type { Actor } from '../../platform/session.ts';
import type { Directory } from '../directory/directory.service.ts';
import { checkGrant, type GrantForm } from './roles.forms.ts';
import type { Area } from './roles.queries.ts';
import type { RolesService } from './roles.service.ts';

const uuid = Type.String({ format: 'uuid' });
const grantBody = Type.Object({
  _csrf: csrfField,
  granteeEmail: checkedText,
  granteeTeam: Type.Optional(Type.String({ maxLength: 36 })),
  role: Type.Optional(Type.String({ maxLength: 20 })),
  includeSubteams: Type.Optional(Type.String({ maxLength: 3 })),
});
const access = { action: 'area:grant', perResource: true } as const;
const viewAccess = { action: 'area:view-roles', perResource: true } as const;

/** An area as its roles page shows it. */
export interface ResolvedArea {
  area: Area;
  title: string;
  back?: { href: string; text: string };
}

/**
 * A kind of area that has a roles page: where it lives (`/teams/:id`,
 * `/directory`) and how to find one for an actor, throwing NotFoundError for
 * one they may not know exists.
 */
export interface RoleAreaKind {
  path: string;
  resolve(actor: Actor, id: string | null, locale: Locale): Promise<ResolvedArea>;
}

/** The roles page and its two forms, for every kind of area the features define. */
export async function roleRoutes(parent: FastifyInstance, options: { roles: RolesService; directory: Directory; kinds: RoleAreaKind[] }) {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const { roles, directory } = options;

  async function showRoles(
    request: FastifyRequest,
    reply: FastifyReply,
    resolved: ResolvedArea,
    rolesPath: string,
    form: { values?: GrantForm; errors?: ReturnType<typeof errorView> } = {},
  ) {
    const actor = request.actor as Actor;
    const { area } = resolved;
    const grants = await roles.grantsOn(actor, area);
    const permissions = await roles.permissionsOn(actor, area);
    const teams = permissions.canGrant ? await directory.choices(actor.orgId, request.locale) : [];
    return reply.page('roles/views/roles.njk', {
      area,
      areaTitle: resolved.title,
      back: resolved.back,
      grants,
      teams,
      roleNames: areaRoles,
      basePath: rolesPath,
      permissions,
      values: form.values ?? {},
      ...(form.errors ?? {}),
    });
  }

  for (const kind of options.kinds) {
    const hasId = kind.path.includes(':id');
    const params = hasId ? Type.Object({ id: uuid }) : Type.Object({});
    const revokeParams = hasId ? Type.Object({ id: uuid, grantId: uuid }) : Type.Object({ grantId: uuid });
    const idOf = (request: FastifyRequest) => (request.params as { id?: string }).id ?? null;
    const rolesPath = (request: FastifyRequest) => `${kind.path.replace(':id', idOf(request) ?? '')}/roles`;
    const resolve = (request: FastifyRequest) => kind.resolve(request.actor as Actor, idOf(request), request.locale);

    app.get(`${kind.path}/roles`, { config: { access: viewAccess }, schema: { params } }, async (request, reply) =>
      showRoles(request, reply, await resolve(request), rolesPath(request)),
    );

    app.post(`${kind.path}/roles`, { config: { access }, schema: { params, body: grantBody } }, async (request, reply) => {
      const resolved = await resolve(request);
      const t = translatorFor(request.locale);
      const { grant: checked, errors } = checkGrant(request.body, t);
      const problems = checked ? await roles.grant(request.actor as Actor, resolved.area, checked, t) : errors;
      if (problems.length) {
        return showRoles(request, reply.code(400), resolved, rolesPath(request), { values: request.body, errors: errorView(problems) });
      }
      return reply.redirect(rolesPath(request), 303);
    });

    app.post(`${kind.path}/roles/:grantId/revoke`, { config: { access }, schema: { params: revokeParams } }, async (request, reply) => {
      const { area } = await resolve(request);
      await roles.revoke(request.actor as Actor, area, (request.params as { grantId: string }).grantId);
      return reply.redirect(rolesPath(request), 303);
    });
  }
}

import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.ts';
import { isAllowed } from '../../platform/authz.ts';
import { NotFoundError } from '../../platform/errors.ts';
import type { Actor } from '../../platform/session.ts';
import type { RolesService } from '../roles/roles.service.ts';
import {
  childUnits,
  directReports,
  findPerson,
  findUnit,
  listUnits,
  managerChain,
  teamMembers,
  unitAncestors,
} from './directory.queries.ts';
import { unitTree } from './unit-tree.ts';
import { uuidParams } from '../../platform/schemas.ts';

const directoryAccess = { action: 'directory:view' } as const;

/** The staff directory: the organisation's structure, its teams, and its people. */
export async function directoryRoutes(parent: FastifyInstance, options: { db: Db; roles: RolesService }) {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const { db, roles } = options;

  app.get('/people', { config: { access: directoryAccess } }, async (request, reply) => {
    const actor = request.actor as Actor;
    const units = await listUnits(db, actor.orgId);
    const directory = await roles.permissionsOn(actor, await roles.areaFor(actor, 'directory', null));
    const canReshape = isAllowed(actor, 'structure:manage', { orgId: actor.orgId });
    return reply.page('directory/views/index.njk', { tree: unitTree(units, request.locale), directory, canReshape });
  });

  app.get('/teams/:id', { config: { access: directoryAccess }, schema: { params: uuidParams } }, async (request, reply) => {
    const actor = request.actor as Actor;
    const unit = await findUnit(db, actor.orgId, request.params.id);
    if (!unit) throw new NotFoundError();
    const [ancestors, children, members, permissions] = await Promise.all([
      unitAncestors(db, actor.orgId, unit.id),
      childUnits(db, actor.orgId, unit.id),
      teamMembers(db, actor.orgId, unit.id),
      // findUnit above already proved the team is the actor's organisation's: no second read through areaFor.
      roles.permissionsOn(actor, { orgId: actor.orgId, type: 'team', id: unit.id }),
    ]);
    const canReshape = isAllowed(actor, 'structure:manage', { orgId: actor.orgId });
    return reply.page('directory/views/team.njk', { unit, ancestors: ancestors.reverse(), children, members, permissions, canReshape });
  });

  app.get('/people/:id', { config: { access: { action: 'person:view' } }, schema: { params: uuidParams } }, async (request, reply) => {
    const actor = request.actor as Actor;
    const person = await findPerson(db, actor.orgId, request.params.id);
    if (!person) throw new NotFoundError();
    const [managers, reports] = await Promise.all([managerChain(db, actor.orgId, person.id), directReports(db, actor.orgId, person.id)]);
    return reply.page('directory/views/person.njk', { person, managers: managers.reverse(), reports, isSelf: person.id === actor.userId });
  });
}

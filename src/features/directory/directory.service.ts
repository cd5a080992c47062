import { isAllowed } from '../../platform/authz.ts';
import { NotFoundError } from '../../platform/errors.ts';
import type { Actor } from '../../platform/session.ts';
import { areaPermissions, type RolesService } from '../roles/roles.service.ts';
import type { Colleague, DirectorySnapshots } from './directory.snapshot.ts';
import { type OrgTree, unitChoices, unitName, type Unit, viewOf } from './directory.tree.ts';

/** Units in the language of the page, Welsh names sorted as Welsh readers expect. */
function viewsOf(units: readonly Unit[], locale: string) {
  const views = units.map((unit) => viewOf(unit, locale));
  return locale === 'cy' ? views.sort((a, b) => a.name.localeCompare(b.name, 'cy')) : views;
}

const listed = ({ id, display_name, job_title }: Colleague) => ({ id, display_name, job_title });

/**
 * The staff directory. Every page is answered from the organisation's
 * snapshot (directory.snapshot.ts), which the database keeps current, so
 * browsing people and teams asks the database nothing.
 */
export function createDirectory(deps: { snapshots: DirectorySnapshots; roles: RolesService }) {
  const { snapshots, roles } = deps;
  const canReshape = (actor: Actor) => isAllowed(actor, 'structure:manage', { orgId: actor.orgId });

  /** What the actor may do with the directory, and its tree, to show the top of it. */
  async function overview(actor: Actor) {
    const [snapshot, directory] = await Promise.all([
      snapshots.of(actor.orgId),
      roles.permissionsOn(actor, { orgId: actor.orgId, type: 'directory', id: null }),
    ]);
    return { tree: snapshot.tree, directory, canReshape: canReshape(actor) };
  }

  /** Directorates and the services within them, in the page's language. */
  function topLevels(tree: OrgTree, locale: string) {
    return viewsOf(tree.roots, locale).map((view) => ({ ...view, children: viewsOf((tree.get(view.id) as Unit).children, locale) }));
  }

  async function team(actor: Actor, id: string, locale: string) {
    const snapshot = await snapshots.of(actor.orgId);
    const unit = snapshot.tree.get(id);
    if (!unit) throw new NotFoundError();
    const area = { orgId: actor.orgId, type: 'team', id: unit.id } as const;
    return {
      unit: viewOf(unit, locale),
      ancestors: snapshot.tree
        .ancestors(unit.id)
        .reverse()
        .map((ancestor) => viewOf(ancestor, locale)),
      children: viewsOf(unit.children, locale),
      members: snapshot.membersOf(unit.id).map(listed),
      permissions: areaPermissions(actor, area, await roles.roleOn(actor, area)),
      canReshape: canReshape(actor),
    };
  }

  async function person(actor: Actor, id: string, locale: string) {
    const snapshot = await snapshots.of(actor.orgId);
    const found = snapshot.person(id);
    if (!found) throw new NotFoundError();
    const team = found.team_id ? snapshot.tree.get(found.team_id) : undefined;
    return {
      person: { ...found, team_name: team ? unitName(team, locale) : null },
      managers: snapshot.managersOf(found.id).reverse().map(listed),
      reports: snapshot.reportsOf(found.id).map(listed),
      isSelf: found.id === actor.userId,
    };
  }

  /** Every unit of the organisation for a picker, each named by its path; without `outside` and the units within it (where it cannot move). */
  async function choices(orgId: string, locale: string, outside: string | null = null) {
    const { tree } = await snapshots.of(orgId);
    const excluded = outside ? tree.subtree(outside) : new Set<string>();
    return unitChoices(tree, locale).filter((unit) => !excluded.has(unit.id));
  }

  return { overview, topLevels, team, person, choices };
}

export type Directory = ReturnType<typeof createDirectory>;

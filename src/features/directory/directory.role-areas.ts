import { NotFoundError } from '../../platform/errors.ts';
import { translatorFor } from '../../platform/i18n.ts';
import type { RoleAreaKind } from '../roles/roles.routes.ts';
import type { DirectorySnapshots } from './directory.snapshot.ts';
import { unitName } from './directory.tree.ts';

/** Teams and the directory itself, as areas with roles pages. A team of another organisation does not exist. */
export function directoryRoleAreas(snapshots: DirectorySnapshots): RoleAreaKind[] {
  return [
    {
      path: '/teams/:id',
      async resolve(actor, id, locale) {
        const unit = id ? (await snapshots.of(actor.orgId)).tree.get(id) : undefined;
        if (!unit) throw new NotFoundError();
        return {
          area: { orgId: actor.orgId, type: 'team', id: unit.id },
          title: unitName(unit, locale),
          back: { href: `/teams/${unit.id}`, text: translatorFor(locale)('roles.backToTeam') },
        };
      },
    },
    {
      path: '/directory',
      async resolve(actor, _id, locale) {
        const t = translatorFor(locale);
        return {
          area: { orgId: actor.orgId, type: 'directory', id: null },
          title: t('roles.directoryArea'),
          back: { href: '/people', text: t('roles.backToDirectory') },
        };
      },
    },
  ];
}

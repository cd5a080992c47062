import { NotFoundError } from '../../platform/errors.ts';
import { translatorFor } from '../../platform/i18n.ts';
import type { RoleAreaKind } from '../roles/roles.routes.ts';
import type { ContentAccess } from './content.access.ts';
import { sectionTitle } from './content.reading.ts';

/** Sections (whose roles hold in every section below) and the organisation's news, as areas with roles pages. */
export function contentRoleAreas(access: ContentAccess): RoleAreaKind[] {
  return [
    {
      path: '/sections/:id',
      async resolve(actor, id, locale) {
        const place = id ? await access.section(actor, id) : null;
        if (!place?.section) throw new NotFoundError();
        return {
          area: place.area,
          title: sectionTitle(place.section, locale),
          back: { href: `/sections/${place.section.id}`, text: translatorFor(locale)('roles.backToSection') },
        };
      },
    },
    {
      path: '/news',
      async resolve(actor, _id, locale) {
        const t = translatorFor(locale);
        return { area: (await access.news(actor)).area, title: t('news.title'), back: { href: '/news', text: t('roles.backToNews') } };
      },
    },
  ];
}

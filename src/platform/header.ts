import type { Translate } from './i18n.ts';

/** The service navigation: where each item leads, and the paths under which it is the current section. */
const navigationItems = [
  { href: '/', text: 'service.home', under: [] as string[], when: 'always' },
  { href: '/news', text: 'service.news', under: ['/news'], when: 'always' },
  { href: '/sections', text: 'service.sections', under: ['/sections', '/pages', '/documents'], when: 'always' },
  { href: '/people', text: 'service.directory', under: ['/people', '/teams'], when: 'always' },
  { href: '/profile', text: 'service.profile', under: [], when: 'always' },
  { href: '/admin', text: 'service.admin', under: ['/admin'], when: 'orgAdmin' },
  { href: '/platform', text: 'service.platform', under: ['/platform'], when: 'platformAdmin' },
] as const;

export interface HeaderUser {
  isOrgAdmin: boolean;
  isPlatformAdmin: boolean;
}

/** The items a person sees, and which is current (this very page) or active (a page within it). */
export function navigationFor(path: string, user: HeaderUser, t: Translate) {
  return navigationItems
    .filter((item) => item.when === 'always' || (item.when === 'orgAdmin' ? user.isOrgAdmin : user.isPlatformAdmin))
    .map((item) => ({
      href: item.href,
      text: t(item.text),
      current: path === item.href,
      active: item.under.some((prefix) => path === prefix || path.startsWith(`${prefix}/`)),
    }));
}

/** What makes one header differ from another: nothing else goes into it. */
export function headerKey(
  lang: string,
  org: { code: string; name: string; brandColour: string } | null,
  user: HeaderUser | null,
  navigation: ReturnType<typeof navigationFor>,
): string {
  const places = navigation.map((item) => (item.current ? 'c' : item.active ? 'a' : '-')).join('');
  return [lang, org?.code, org?.name, org?.brandColour, user ? `${user.isOrgAdmin}${user.isPlatformAdmin}` : 'anonymous', places].join(
    '\u0000',
  );
}

/** Stands in the kept header for the page's own CSRF token; it cannot occur in a name or a translation. */
export const csrfPlaceholder = 'guildhall-csrf-token-placeholder-5b0c';

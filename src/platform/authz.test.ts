import { describe, expect, it } from 'vitest';
import { type AreaRole, areaRoles } from '../db/schema.ts';
import { createTestApp } from '../testing/test-app.ts';
import type { RouteAccess } from './access.ts';
import { type Action, actions, isAllowed } from './authz.ts';
import type { Actor } from './session.ts';

// The authorisation matrix, written out as the rules people were promised,
// independently of the policy code it checks.
/** `staff`: signed in, in the organisation, with no role on the area; the area roles by name. */
type ActorKind = 'anonymous' | 'staff' | AreaRole | 'orgAdmin' | 'platformAdmin';
const actorKinds: ActorKind[] = ['anonymous', 'staff', 'viewer', 'member', 'contributor', 'editor', 'owner', 'orgAdmin', 'platformAdmin'];
const signedIn: ActorKind[] = actorKinds.filter((kind) => kind !== 'anonymous');

const atLeastContributor: ActorKind[] = ['contributor', 'editor', 'owner', 'orgAdmin'];
const atLeastEditor: ActorKind[] = ['editor', 'owner', 'orgAdmin'];
/** Everyone signed in sees an open area; only its role holders (and admins) a restricted one. */
const readers = (kind: ActorKind, restricted: boolean) =>
  restricted ? ['viewer', 'member', ...atLeastContributor].includes(kind) : signedIn.includes(kind);

/**
 * Who may, in their own organisation, on their own thing or another's, in an
 * open or a restricted area. Across organisations nobody may do anything, but
 * platform admins run the platform.
 */
const allowedInOwnOrganisation: Record<Action, (kind: ActorKind, own: boolean, restricted: boolean) => boolean> = {
  'outbox:read': (kind) => kind === 'orgAdmin',
  'audit:read': (kind) => kind === 'orgAdmin',
  'directory:view': (kind) => signedIn.includes(kind),
  'person:view': (kind) => signedIn.includes(kind),
  'profile:edit-own': (kind, own) => own && signedIn.includes(kind),
  'people:manage': (kind) => ['orgAdmin', 'editor', 'owner'].includes(kind),
  'structure:manage': (kind) => kind === 'orgAdmin',
  'team:manage': (kind) => ['orgAdmin', 'editor', 'owner'].includes(kind),
  'area:view-roles': (kind) => ['orgAdmin', 'editor', 'owner'].includes(kind),
  'area:grant': (kind) => ['orgAdmin', 'owner'].includes(kind),
  'admins:appoint': (kind) => kind === 'orgAdmin',
  'settings:manage': (kind) => kind === 'orgAdmin',
  'admin:view': (kind) => kind === 'orgAdmin',
  'platform:manage': (kind) => kind === 'platformAdmin',
  'content:view': (kind, _own, restricted) => readers(kind, restricted),
  'content:view-drafts': (kind) => atLeastContributor.includes(kind),
  'content:create': (kind) => atLeastContributor.includes(kind),
  'content:edit': (kind, own) => atLeastEditor.includes(kind) || (own && kind === 'contributor'),
  'content:publish': (kind) => atLeastEditor.includes(kind),
  'section:manage': (kind) => ['owner', 'orgAdmin'].includes(kind),
  'content:report': (kind) => kind === 'orgAdmin',
  'comment:write': (kind, _own, restricted) => readers(kind, restricted),
  'search:manage': (kind) => kind === 'orgAdmin',
};
const platformWide = new Set<Action>(['platform:manage']);

const homeOrg = '00000000-0000-4000-8000-00000000000a';
const otherOrg = '00000000-0000-4000-8000-00000000000b';
const actorId = '00000000-0000-4000-8000-000000000001';
const someoneElse = '00000000-0000-4000-8000-000000000002';

function actorOf(kind: ActorKind): { actor: Actor | null; areaRole: AreaRole | null } {
  if (kind === 'anonymous') return { actor: null, areaRole: null };
  const actor: Actor = {
    userId: actorId,
    orgId: homeOrg,
    orgCode: 'home',
    orgName: 'Home Council',
    orgNameCy: null,
    brandColour: '#1d70b8',
    displayName: 'Actor',
    role: kind === 'orgAdmin' ? 'org_admin' : 'member',
    teamId: null,
    isPlatformAdmin: kind === 'platformAdmin',
  };
  const areaRole = (areaRoles as readonly string[]).includes(kind) ? (kind as AreaRole) : null;
  return { actor, areaRole };
}

const cases = actorKinds.flatMap((kind) =>
  actions.flatMap((action) =>
    [homeOrg, otherOrg].flatMap((orgId) =>
      [true, false].flatMap((own) =>
        [false, true].map((restricted) => ({
          kind,
          action,
          sameOrg: orgId === homeOrg,
          own,
          restricted,
          expected: (orgId === homeOrg || platformWide.has(action)) && allowedInOwnOrganisation[action](kind, own, restricted),
        })),
      ),
    ),
  ),
);

describe('the authorisation matrix', () => {
  it('has at least 300 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(300);
  });

  it.each(cases)(
    '$kind · $action · same organisation: $sameOrg · own: $own · restricted: $restricted → $expected',
    ({ kind, action, sameOrg, own, restricted, expected }) => {
      const { actor, areaRole } = actorOf(kind);
      const resource = { orgId: sameOrg ? homeOrg : otherOrg, areaRole, personId: own ? actorId : someoneElse, restricted };
      expect(isAllowed(actor, action, resource)).toBe(expected);
    },
  );
});

/** Every page route and what it asks. A route missing here, or asking something else, fails the meta-test. */
const routeMatrix: Record<string, RouteAccess> = {
  'GET /': 'signed-in',
  'GET /profile': 'signed-in',
  'GET /profile/edit': { action: 'profile:edit-own', perResource: true },
  'POST /profile/edit': { action: 'profile:edit-own', perResource: true },
  'GET /profile/photo': { action: 'profile:edit-own', perResource: true },
  'POST /profile/photo': { action: 'profile:edit-own', perResource: true },
  'POST /profile/photo/remove': { action: 'profile:edit-own', perResource: true },
  'GET /people/:id/photo': { action: 'person:view' },
  'POST /language': 'public',
  'GET /sign-in': 'public',
  'POST /sign-in': 'public',
  'POST /sign-out': 'public',
  'GET /forgot-password': 'public',
  'POST /forgot-password': 'public',
  'GET /forgot-password/sent': 'public',
  'GET /reset-password': 'public',
  'POST /reset-password': 'public',
  'GET /accessibility': 'public',
  'GET /cookies': 'public',
  'GET /brand/:file': 'public',
  'GET /admin/outbox': { action: 'outbox:read' },
  'GET /admin/audit': { action: 'audit:read' },
  'GET /admin/audit.csv': { action: 'audit:read' },
  'GET /people': { action: 'directory:view' },
  'GET /people/:id': { action: 'person:view' },
  'GET /teams/:id': { action: 'directory:view' },
  'GET /teams/:id/roles': { action: 'area:view-roles', perResource: true },
  'POST /teams/:id/roles': { action: 'area:grant', perResource: true },
  'POST /teams/:id/roles/:grantId/revoke': { action: 'area:grant', perResource: true },
  'GET /directory/roles': { action: 'area:view-roles', perResource: true },
  'POST /directory/roles': { action: 'area:grant', perResource: true },
  'POST /directory/roles/:grantId/revoke': { action: 'area:grant', perResource: true },
  'GET /admin': { action: 'admin:view' },
  'GET /platform': { action: 'platform:manage' },
  'POST /platform/organisations': { action: 'platform:manage' },
  'GET /admin/settings': { action: 'settings:manage' },
  'POST /admin/settings': { action: 'settings:manage' },
  'GET /admin/search': { action: 'search:manage' },
  'GET /admin/search/export.csv': { action: 'search:manage' },
  'GET /admin/search/best-bets': { action: 'search:manage' },
  'POST /admin/search/best-bets': { action: 'search:manage' },
  'POST /admin/search/best-bets/:id/remove': { action: 'search:manage' },
  'GET /admin/search/synonyms': { action: 'search:manage' },
  'POST /admin/search/synonyms': { action: 'search:manage' },
  'POST /admin/search/synonyms/:id/remove': { action: 'search:manage' },
  'GET /teams/new': { action: 'structure:manage' },
  'POST /teams': { action: 'structure:manage' },
  'GET /teams/:id/edit': { action: 'team:manage', perResource: true },
  'POST /teams/:id': { action: 'team:manage', perResource: true },
  'POST /teams/:id/delete': { action: 'structure:manage' },
  'GET /admin/people/import': { action: 'people:manage', perResource: true },
  'POST /admin/people/import': { action: 'people:manage', perResource: true },
  'GET /admin/people': { action: 'people:manage', perResource: true },
  'GET /admin/people/new': { action: 'people:manage', perResource: true },
  'POST /admin/people': { action: 'people:manage', perResource: true },
  'GET /admin/people/:id': { action: 'people:manage', perResource: true },
  'POST /admin/people/:id': { action: 'people:manage', perResource: true },
  'POST /admin/people/:id/disable': { action: 'people:manage', perResource: true },
  'POST /admin/people/:id/enable': { action: 'people:manage', perResource: true },
  'GET /sections/:id/roles': { action: 'area:view-roles', perResource: true },
  'POST /sections/:id/roles': { action: 'area:grant', perResource: true },
  'POST /sections/:id/roles/:grantId/revoke': { action: 'area:grant', perResource: true },
  'GET /news/roles': { action: 'area:view-roles', perResource: true },
  'POST /news/roles': { action: 'area:grant', perResource: true },
  'POST /news/roles/:grantId/revoke': { action: 'area:grant', perResource: true },
  'GET /sections': { action: 'content:view', perResource: true },
  'GET /sections/new': { action: 'section:manage', perResource: true },
  'POST /sections': { action: 'section:manage', perResource: true },
  'GET /sections/:id': { action: 'content:view', perResource: true },
  'GET /sections/:id/edit': { action: 'section:manage', perResource: true },
  'POST /sections/:id': { action: 'section:manage', perResource: true },
  'POST /sections/:id/delete': { action: 'section:manage', perResource: true },
  'GET /sections/:id/pages/new': { action: 'content:create', perResource: true },
  'POST /sections/:id/pages': { action: 'content:create', perResource: true },
  'GET /news/new': { action: 'content:create', perResource: true },
  'POST /news': { action: 'content:create', perResource: true },
  'GET /pages/:id': { action: 'content:view', perResource: true },
  'GET /pages/:id/draft': { action: 'content:view-drafts', perResource: true },
  'GET /pages/:id/edit': { action: 'content:edit', perResource: true },
  'POST /pages/:id/edit': { action: 'content:edit', perResource: true },
  'GET /news/:id': { action: 'content:view', perResource: true },
  'GET /news/:id/draft': { action: 'content:view-drafts', perResource: true },
  'GET /news/:id/edit': { action: 'content:edit', perResource: true },
  'POST /news/:id/edit': { action: 'content:edit', perResource: true },
  'POST /content/preview': 'signed-in',
  // Search decides inside its query what each person may find.
  'GET /search': 'signed-in',
  'GET /search/suggest': 'signed-in',
  'GET /search/open': 'signed-in',
  'GET /pages/:id/manage': { action: 'content:view-drafts', perResource: true },
  'POST /pages/:id/workflow': { action: 'content:view-drafts', perResource: true },
  'POST /pages/:id/reviewed': { action: 'content:publish', perResource: true },
  'POST /pages/:id/delete': { action: 'content:publish', perResource: true },
  'GET /pages/:id/history': { action: 'content:view-drafts', perResource: true },
  'GET /pages/:id/history/:version': { action: 'content:view-drafts', perResource: true },
  'POST /pages/:id/history/:version/restore': { action: 'content:publish', perResource: true },
  'GET /news/:id/manage': { action: 'content:view-drafts', perResource: true },
  'POST /news/:id/workflow': { action: 'content:view-drafts', perResource: true },
  'POST /news/:id/reviewed': { action: 'content:publish', perResource: true },
  'POST /news/:id/delete': { action: 'content:publish', perResource: true },
  'GET /news/:id/history': { action: 'content:view-drafts', perResource: true },
  'GET /news/:id/history/:version': { action: 'content:view-drafts', perResource: true },
  'POST /news/:id/history/:version/restore': { action: 'content:publish', perResource: true },
  'POST /pages/:id/feedback': { action: 'content:view', perResource: true },
  'GET /pages/:id/feedback': { action: 'content:view-drafts', perResource: true },
  'POST /news/:id/feedback': { action: 'content:view', perResource: true },
  'GET /news/:id/feedback': { action: 'content:view-drafts', perResource: true },
  'POST /news/:id/comments': { action: 'comment:write', perResource: true },
  'POST /news/:id/comments/:commentId/delete': { action: 'comment:write', perResource: true },
  'GET /news': { action: 'content:view', perResource: true },
  'GET /news/:id/image': { action: 'content:view', perResource: true },
  'GET /news/:id/draft-image': { action: 'content:view-drafts', perResource: true },
  'GET /sections/:id/deleted': { action: 'content:publish', perResource: true },
  'GET /news/deleted': { action: 'content:publish', perResource: true },
  'GET /sections/deleted': { action: 'section:manage', perResource: true },
  'POST /content/:id/restore': { action: 'content:publish', perResource: true },
  'POST /documents/:id/restore': { action: 'content:publish', perResource: true },
  'POST /sections/:id/restore': { action: 'section:manage', perResource: true },
  'GET /admin/content-review': { action: 'content:report' },
  'GET /sections/:id/documents': { action: 'content:view', perResource: true },
  'POST /sections/:id/documents': { action: 'content:create', perResource: true },
  'POST /sections/:id/folders': { action: 'content:publish', perResource: true },
  'POST /sections/:id/folders/:folderId/delete': { action: 'content:publish', perResource: true },
  'GET /documents/:id': { action: 'content:view', perResource: true },
  'POST /documents/:id/versions': { action: 'content:create', perResource: true },
  'GET /documents/:id/download': { action: 'content:view', perResource: true },
  'GET /documents/:id/versions/:version/download': { action: 'content:view', perResource: true },
  'GET /documents/:id/thumbnail': { action: 'content:view', perResource: true },
  'POST /documents/:id/delete': { action: 'content:publish', perResource: true },
};

describe('the route meta-test', () => {
  it('finds every route in the matrix, asking what the matrix says, and every action in the matrix', async () => {
    const t = await createTestApp();
    await t.app.ready();
    const catalog = Object.fromEntries(t.app.routeCatalog.map((route) => [`${route.method} ${route.url}`, route.access]));
    await t.close();
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(routeMatrix).sort());
    expect(catalog).toEqual(routeMatrix);
    for (const access of Object.values(catalog)) {
      if (typeof access === 'object') expect(actions).toContain(access.action);
    }
  });
});

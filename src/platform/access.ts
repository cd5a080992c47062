import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { type Action, authorize } from './authz.ts';
import { requireSignIn } from './require-sign-in.ts';

/**
 * What a route asks of whoever calls it. Every page route must say: a route
 * without it refuses to register, so nothing is reachable by omission.
 * An action is checked against the actor's own organisation before the
 * request's body is read; with `perResource` only sign-in is checked here, because the
 * answer depends on the actor's role on the thing itself, which the service
 * resolves and authorises.
 */
export type RouteAccess = 'public' | 'signed-in' | { action: Action; perResource?: true };

export interface RouteEntry {
  method: string;
  url: string;
  access: RouteAccess;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyInstance {
    /** Every page route and what it asks, for the authorisation meta-test. */
    routeCatalog: RouteEntry[];
  }
}

async function access(app: FastifyInstance, options: { catalog: RouteEntry[] }) {
  app.addHook('onRoute', (route) => {
    const declared = route.config?.access;
    if (!declared) throw new Error(`${String(route.method)} ${route.url} must declare config.access`);
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) if (method !== 'HEAD') options.catalog.push({ method, url: route.url, access: declared });
  });
  // As soon as the request arrives (after the session is known), before any body is read: nobody
  // who may not call a route can make the server parse an upload for it.
  app.addHook('onRequest', async (request, reply) => {
    const declared = request.routeOptions.config.access;
    // Only the not-found handler has no access of its own: it shows nothing.
    if (!declared || declared === 'public') return;
    if (!request.actor) return requireSignIn(request, reply);
    if (declared !== 'signed-in' && !declared.perResource) authorize(request.actor, declared.action, { orgId: request.actor.orgId });
  });
}

export const accessPlugin = fp(access, { name: 'guildhall-access', dependencies: ['guildhall-session'] });

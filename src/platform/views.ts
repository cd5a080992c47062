import { fileURLToPath } from 'node:url';
import fastifyView from '@fastify/view';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import nunjucks from 'nunjucks';
import { formatDate, formatDateTime, formatFileSize, toUkLocalInput } from './formats.ts';
import { translatorFor } from './i18n.ts';

const fromRoot = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

export const templatePaths = [fromRoot('src/views'), fromRoot('src/features'), fromRoot('node_modules/govuk-frontend/dist')];

/** What every page template may use besides its own data. */
export interface PageContext {
  t: ReturnType<typeof translatorFor>;
  lang: string;
  currentPath: string;
  csrfToken: () => string;
  org: { code: string; name: string; brandColour: string } | null;
  user: { id: string; displayName: string; isOrgAdmin: boolean; isPlatformAdmin: boolean } | null;
}

declare module 'fastify' {
  interface FastifyReply {
    /** Renders a page with the layout's context (language, brand, person, CSRF). */
    page(template: string, data?: Record<string, unknown>): Promise<FastifyReply>;
    /**
     * Renders part of a page once per `source` and language, and keeps the HTML
     * for as long as `source` lives: for parts that depend on nothing but data
     * a cache holds (src/platform/announced-cache.ts), such as an organisation's
     * structure, and are shown to everyone alike.
     */
    fragment(source: object, template: string, data: () => Record<string, unknown>): Promise<string>;
  }
}

function pageContext(request: FastifyRequest, reply: FastifyReply): PageContext {
  const actor = request.actor;
  // One token per page: without a CSRF cookie yet, each call would mint a new secret and cookie.
  let csrfToken: string | undefined;
  return {
    t: translatorFor(request.locale),
    lang: request.locale,
    currentPath: request.url.split('?')[0] ?? '/',
    csrfToken: () => (csrfToken ??= reply.generateCsrf()),
    org: actor
      ? {
          code: actor.orgCode,
          name: request.locale === 'cy' && actor.orgNameCy ? actor.orgNameCy : actor.orgName,
          brandColour: actor.brandColour,
        }
      : null,
    user: actor
      ? { id: actor.userId, displayName: actor.displayName, isOrgAdmin: actor.role === 'org_admin', isPlatformAdmin: actor.isPlatformAdmin }
      : null,
  };
}

async function views(app: FastifyInstance, options: { production: boolean }) {
  await app.register(fastifyView, {
    engine: { nunjucks },
    templates: templatePaths,
    production: options.production,
    options: {
      autoescape: true,
      throwOnUndefined: false,
      trimBlocks: true,
      lstripBlocks: true,
      onConfigure(env: nunjucks.Environment) {
        env.addFilter('date', formatDate);
        env.addFilter('datetime', formatDateTime);
        env.addFilter('filesize', formatFileSize);
        env.addFilter('localInput', toUkLocalInput);
      },
    },
  });
  const fragments = new WeakMap<object, Map<string, string>>();
  app.decorateReply(
    'fragment',
    async function fragment(this: FastifyReply, source: object, template: string, data: () => Record<string, unknown>) {
      const locale = this.request.locale;
      const key = `${locale} ${template}`;
      let rendered = fragments.get(source);
      if (!rendered) fragments.set(source, (rendered = new Map()));
      let html = rendered.get(key);
      if (html === undefined) {
        html = await app.view(template, { t: translatorFor(locale), lang: locale, ...data() });
        rendered.set(key, html);
      }
      return html;
    },
  );
  app.decorateReply('page', async function page(this: FastifyReply, template: string, data: Record<string, unknown> = {}) {
    // Pages carry personal data and a CSRF token: no cache, shared or back-button, may keep them.
    this.type('text/html; charset=utf-8').header('cache-control', 'no-store');
    const html = await this.viewAsync(template, { ...pageContext(this.request, this), ...data });
    // Sent as bytes: a page is thousands of small strings joined, which would otherwise be flattened once to be
    // measured for Content-Length and again to be written.
    return this.send(Buffer.from(html));
  });
}

export const viewsPlugin = fp(views, { name: 'guildhall-views', dependencies: ['guildhall-session'] });

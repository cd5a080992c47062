import { fileURLToPath } from 'node:url';
import fastifyView from '@fastify/view';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import nunjucks from 'nunjucks';
import type { Locale } from '../db/schema.ts';
import { formatDate, formatDateTime, formatFileSize, toUkLocalInput } from './formats.ts';
import { telHref } from './phone.ts';
import type { FormErrorView } from './forms.ts';
import { csrfPlaceholder, headerKey, navigationFor } from './header.ts';
import { translatorFor } from './i18n.ts';
import { maxReturnPath } from './require-sign-in.ts';
import { csrfTokenFor } from './security.ts';

const fromRoot = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

export const templatePaths = [fromRoot('src/views'), fromRoot('src/features'), fromRoot('node_modules/govuk-frontend/dist')];

/** What every page template may use besides its own data. */
export interface PageContext {
  t: ReturnType<typeof translatorFor>;
  lang: string;
  currentPath: string;
  /** The page's address with its query (a search, its filters), for coming back to it: the language switch. */
  currentAddress: string;
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
     * structure, and are shown to everyone alike; or to everyone with the same
     * `variant` (such as the sections one may read).
     */
    fragment(source: object, template: string, data: () => Record<string, unknown>, variant?: string): Promise<string>;
    /** Renders part of a page (no layout) in the request's language. */
    partial(template: string, data: Record<string, unknown>): Promise<string>;
    /**
     * Renders a page ahead of one part of it, which the template places with
     * `{{ slot | safe }}`: search results, so that the page around them is
     * rendered while the database searches. `sendAround` sends it with the part filled in.
     */
    pageAround(template: string, data?: Record<string, unknown>): Promise<PageAround>;
    sendAround(around: PageAround, part: string): FastifyReply;
  }
}

/** A page rendered ahead of one part of it (reply.pageAround): the bytes before and after that part. */
export interface PageAround {
  before: Buffer;
  after: Buffer;
}

/** Fragments kept for one source (reply.fragment), across languages, templates and variants. */
const maxFragmentsPerSource = 200;

/** Where pageAround splits a page. Escaped text never contains a `<`, so nothing a person typed can be taken for it. */
const slotMarker = '<!--guildhall:slot-->';

function pageContext(request: FastifyRequest, reply: FastifyReply): PageContext {
  const actor = request.actor;
  // One token per page: without a CSRF cookie yet, each call would mint a new secret and cookie.
  let csrfToken: string | undefined;
  const path = request.url.split('?')[0] ?? '/';

  return {
    t: translatorFor(request.locale),
    lang: request.locale,
    currentPath: path,
    // An address too long to return to (safeReturnPath) comes back without its query.
    currentAddress: request.url.length <= maxReturnPath ? request.url : path,
    csrfToken: () => (csrfToken ??= csrfTokenFor(request, reply)),
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

/**
 * GOV.UK Frontend's macros include their templates by relative path, and
 * nunjucks resolves that path again on every call: a few per cent of a page.
 * The answer for a given pair never changes, so each is worked out once.
 */
function memoiseRelativePaths(env: nunjucks.Environment): void {
  for (const loader of (env as unknown as { loaders: Array<{ resolve(from: string, to: string): string }> }).loaders) {
    const resolve = loader.resolve.bind(loader);
    const known = new Map<string, string>();
    loader.resolve = (from, to) => {
      const key = `${from}\u0000${to}`;
      let resolved = known.get(key);
      if (resolved === undefined) known.set(key, (resolved = resolve(from, to)));
      return resolved;
    };
  }
}

type Step = (...args: unknown[]) => void;

/**
 * Nunjucks runs the steps of every {% include %} (and so of every GOV.UK
 * macro, each of which includes its template) through a-sync-waterfall, whose
 * callbacks keep a page's objects reachable through two young-generation
 * collections: about a quarter of what a page allocated was promoted to the
 * old generation, to be freed only by full collections, and each collection
 * took longer for copying it (see bench/README.md, "Search"). Rendering here
 * is synchronous, so the steps are simply called in turn, each with what the
 * one before passed on. (A failing step hands its error to the render itself,
 * never to the next step.)
 */
export function includeStepsInTurn(env: nunjucks.Environment): void {
  const inTurn = (steps: Step[], done: Step) => {
    let index = 0;
    const next: Step = (_error, ...results) => {
      const step = steps[index++] as Step;
      step(...results, index < steps.length ? next : done);
    };
    if (steps.length) next(null);
    else done(null);
  };
  (env as unknown as { waterfall: typeof inTurn }).waterfall = inTurn;
}

/**
 * GOV.UK's field error messages begin with a visually hidden "Error:", in
 * English unless told otherwise: a screen reader would say it on Welsh pages
 * too. Every page's field errors are told the page's own word.
 */
function inPageLanguage(
  fieldErrors: FormErrorView['fieldErrors'],
  t: PageContext['t'],
): Record<string, { visuallyHiddenText: string; text: string }> {
  const prefix = t('form.errorPrefix');
  return Object.fromEntries(Object.entries(fieldErrors).map(([field, error]) => [field, { visuallyHiddenText: prefix, ...error }]));
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
        memoiseRelativePaths(env);
        includeStepsInTurn(env);
        env.addFilter('date', formatDate);
        env.addFilter('datetime', formatDateTime);
        env.addFilter('filesize', formatFileSize);
        env.addFilter('localInput', toUkLocalInput);
        env.addFilter('tel', telHref);
      },
    },
  });
  const partial = (locale: Locale, template: string, data: Record<string, unknown>): Promise<string> =>
    app.view(template, { t: translatorFor(locale), lang: locale, ...data });
  app.decorateReply('partial', function (this: FastifyReply, template: string, data: Record<string, unknown>) {
    return partial(this.request.locale, template, data);
  });
  const fragments = new WeakMap<object, Map<string, string>>();
  app.decorateReply(
    'fragment',
    async function fragment(this: FastifyReply, source: object, template: string, data: () => Record<string, unknown>, variant = '') {
      const locale = this.request.locale;
      const key = `${locale} ${template} ${variant}`;
      let rendered = fragments.get(source);
      if (!rendered) fragments.set(source, (rendered = new Map()));
      let html = rendered.get(key);
      if (html === undefined) {
        html = await partial(locale, template, data());
        // Variants are few (people with the same permissions see the same), but never without bound.
        if (rendered.size >= maxFragmentsPerSource) rendered.clear();
        rendered.set(key, html);
      }
      return html;
    },
  );
  // Rendered once per kind of header (headerKey), with a stand-in for each page's own CSRF token.
  const headers = new Map<string, string>();
  async function headerFor(context: PageContext): Promise<string> {
    const navigation = context.user ? navigationFor(context.currentPath, context.user, context.t) : [];
    const key = headerKey(context.lang, context.org, context.user, navigation);
    let html = headers.get(key);
    if (html === undefined) {
      html = await app.view('partials/header.njk', { ...context, navigation, csrfPlaceholder });
      if (headers.size >= 10_000) headers.clear();
      headers.set(key, html);
    }
    return context.user ? html.replace(csrfPlaceholder, context.csrfToken()) : html;
  }

  async function render(reply: FastifyReply, template: string, data: Record<string, unknown>): Promise<string> {
    const context = pageContext(reply.request, reply);
    const fieldErrors = data.fieldErrors
      ? { fieldErrors: inPageLanguage(data.fieldErrors as FormErrorView['fieldErrors'], context.t) }
      : {};
    return reply.viewAsync(template, { ...context, header: await headerFor(context), ...data, ...fieldErrors });
  }
  // Pages carry personal data and a CSRF token: no cache, shared or back-button, may keep them.
  // Sent as bytes: a page is thousands of small strings joined, which would otherwise be flattened once to be
  // measured for Content-Length and again to be written.
  const sendHtml = (reply: FastifyReply, html: Buffer) =>
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(html);

  app.decorateReply('page', async function page(this: FastifyReply, template: string, data: Record<string, unknown> = {}) {
    return sendHtml(this, Buffer.from(await render(this, template, data)));
  });
  app.decorateReply('pageAround', async function pageAround(this: FastifyReply, template: string, data: Record<string, unknown> = {}) {
    const html = Buffer.from(await render(this, template, { ...data, slot: slotMarker }));
    const at = html.indexOf(slotMarker);
    if (at < 0) throw new Error(`${template} has no {{ slot | safe }}`);
    return { before: html.subarray(0, at), after: html.subarray(at + slotMarker.length) };
  });
  app.decorateReply('sendAround', function sendAround(this: FastifyReply, around: PageAround, part: string) {
    return sendHtml(this, Buffer.concat([around.before, Buffer.from(part), around.after]));
  });
}

export const viewsPlugin = fp(views, { name: 'guildhall-views', dependencies: ['guildhall-session'] });

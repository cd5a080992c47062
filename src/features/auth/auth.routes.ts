import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import { renderErrorPage } from '../../platform/errors.ts';
import { errorView } from '../../platform/forms.ts';
import { translatorFor } from '../../platform/i18n.ts';
import { safeReturnPath } from '../../platform/require-sign-in.ts';
import type { SessionManager } from '../../platform/session.ts';
import { checkForgotPassword, checkNewPassword, checkSignIn } from './auth.forms.ts';
import type { AuthService } from './auth.service.ts';
import { checkedText, csrfField, optionalText } from '../../platform/schemas.ts';

const signInBody = Type.Object({ _csrf: csrfField, email: checkedText, password: optionalText(1024), returnTo: optionalText(1000) });
const signInQuery = Type.Object({ returnTo: optionalText(1000), signedOut: optionalText(1), passwordChanged: optionalText(1) });
const forgotBody = Type.Object({ _csrf: csrfField, email: checkedText });
const resetQuery = Type.Object({ token: optionalText(100) });
const resetBody = Type.Object({ _csrf: csrfField, token: optionalText(100), password: optionalText(1024), confirm: optionalText(1024) });

export async function authRoutes(parent: FastifyInstance, deps: { auth: AuthService; sessions: SessionManager }) {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const { auth, sessions } = deps;

  app.get('/sign-in', { config: { access: 'public' }, schema: { querystring: signInQuery } }, async (request, reply) => {
    const returnTo = safeReturnPath(request.query.returnTo);
    if (request.actor) return reply.redirect(returnTo, 303);
    const notice = request.query.passwordChanged ? 'signIn.passwordChanged' : request.query.signedOut ? 'signIn.signedOut' : null;
    return reply.page('auth/views/sign-in.njk', { returnTo, notice, values: {} });
  });

  app.post('/sign-in', { config: { access: 'public' }, schema: { body: signInBody } }, async (request, reply) => {
    const t = translatorFor(request.locale);
    const returnTo = safeReturnPath(request.body.returnTo);
    const { form, errors } = checkSignIn(request.body, t);
    if (errors.length) return reply.code(400).page('auth/views/sign-in.njk', { returnTo, values: form, ...errorView(errors) });
    const result = await auth.signIn({ ...form, ip: request.ip, replacing: request.sessionTokenHash });
    if (result.outcome === 'throttled') return renderErrorPage(reply, 429);
    if (result.outcome === 'failed') {
      const failure = errorView([{ field: 'email', text: t('signIn.failed') }]);
      return reply.code(400).page('auth/views/sign-in.njk', { returnTo, values: { email: form.email }, ...failure });
    }
    sessions.setCookie(reply, result.token);
    return reply.redirect(returnTo, 303);
  });

  app.post('/sign-out', { config: { access: 'public' }, schema: { body: Type.Object({ _csrf: csrfField }) } }, async (request, reply) => {
    if (request.actor && request.sessionTokenHash) await auth.signOut(request.actor, request.sessionTokenHash);
    sessions.clearCookie(reply);
    return reply.redirect('/sign-in?signedOut=1', 303);
  });

  app.get('/forgot-password', { config: { access: 'public' } }, async (_request, reply) =>
    reply.page('auth/views/forgot-password.njk', { values: {} }),
  );

  app.post('/forgot-password', { config: { access: 'public' }, schema: { body: forgotBody } }, async (request, reply) => {
    const { email, errors } = checkForgotPassword(request.body, translatorFor(request.locale));
    if (errors.length) return reply.code(400).page('auth/views/forgot-password.njk', { values: { email }, ...errorView(errors) });
    const outcome = await auth.requestPasswordReset(email, request.locale, request.ip);
    if (outcome === 'throttled') return renderErrorPage(reply, 429);
    return reply.redirect('/forgot-password/sent', 303);
  });

  app.get('/forgot-password/sent', { config: { access: 'public' } }, async (_request, reply) => reply.page('auth/views/check-email.njk'));

  app.get('/reset-password', { config: { access: 'public' }, schema: { querystring: resetQuery } }, async (request, reply) => {
    const token = request.query.token ?? '';
    if (!token || !(await auth.isUsableResetToken(token))) return reply.page('auth/views/reset-invalid.njk');
    return reply.page('auth/views/reset-password.njk', { token });
  });

  app.post('/reset-password', { config: { access: 'public' }, schema: { body: resetBody } }, async (request, reply) => {
    const token = request.body.token ?? '';
    const { password, errors } = checkNewPassword(request.body, translatorFor(request.locale));
    if (errors.length) return reply.code(400).page('auth/views/reset-password.njk', { token, ...errorView(errors) });
    if (!(await auth.resetPassword(token, password))) return reply.page('auth/views/reset-invalid.njk');
    sessions.clearCookie(reply);
    return reply.redirect('/sign-in?passwordChanged=1', 303);
  });
}

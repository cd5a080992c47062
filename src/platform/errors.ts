import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';

/** Thrown where something does not exist or the actor may not know it exists. */
export class NotFoundError extends Error {
  readonly statusCode = 404;
}

/** Input a person can correct; the message says how. */
export class InvalidInputError extends Error {}

const pageStatuses = new Set([400, 403, 404, 413, 429, 500]);

export function renderErrorPage(reply: FastifyReply, status: number) {
  const shown = pageStatuses.has(status) ? status : status >= 500 ? 500 : 400;
  return reply.code(status).page('errors/error.njk', { status: shown });
}

function statusOf(error: FastifyError): number {
  if (error instanceof NotFoundError) return 404;
  if (error.code?.startsWith('FST_CSRF')) return 403;
  if (error.validation) return 400;
  const status = error.statusCode ?? 500;
  return status >= 400 && status < 600 ? status : 500;
}

async function errorPages(app: FastifyInstance) {
  app.setNotFoundHandler((_request, reply) => renderErrorPage(reply, 404));
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = statusOf(error);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: error.code, status }, 'request refused');
    // Too large: close the connection after answering, rather than read the rest of the upload only to throw it away.
    if (status === 413) reply.header('connection', 'close');
    return renderErrorPage(reply, status);
  });
}

export const errorPagesPlugin = fp(errorPages, { name: 'guildhall-error-pages', dependencies: ['guildhall-views'] });

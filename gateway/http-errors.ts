import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { z } from 'zod';
import { HirehoundError, isHirehoundError } from '../common/errors';
import type { Logger } from '../common/logger';

/**
 * Bad input to the gateway gets a typed 4xx ({ error: { code, message } }) and never reaches the
 * provider: unknown routes, wrong methods, malformed or oversized bodies, invalid parameters.
 */

export const routeNotFound: RequestHandler = (req, _res, next) => {
  next(new HirehoundError('API_ROUTE_NOT_FOUND', { message: `No route for ${req.method} ${req.path}` }));
};

export const methodNotAllowed: RequestHandler = (req, _res, next) => {
  next(new HirehoundError('API_METHOD_NOT_ALLOWED', { message: `${req.method} is not allowed on ${req.path}` }));
};

export function validationError(error: z.ZodError): HirehoundError {
  return new HirehoundError('API_VALIDATION_FAILED', {
    message: error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '),
    details: { issues: error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) },
  });
}

const PARSER_ERRORS: Readonly<Record<string, HirehoundError['code']>> = {
  'entity.too.large': 'API_BODY_TOO_LARGE',
  'entity.parse.failed': 'API_MALFORMED_BODY',
  'encoding.unsupported': 'API_UNSUPPORTED_MEDIA_TYPE',
  'charset.unsupported': 'API_UNSUPPORTED_MEDIA_TYPE',
};

export function gatewayErrorHandler(logger: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    const parserCode = PARSER_ERRORS[(err as { type?: string } | null)?.type ?? ''];
    let error: HirehoundError;
    if (isHirehoundError(err)) error = err;
    else if (parserCode) error = new HirehoundError(parserCode);
    else {
      logger.error({ err, method: req.method, path: req.path }, 'unhandled gateway error');
      error = new HirehoundError('INTERNAL_ERROR');
    }
    if (res.headersSent) {
      res.end();
      return;
    }
    // Every answer says what it cost; a rejected request cost nothing.
    res.setHeader('X-Credits-Charged', '0');
    res.status(error.status).json(error.toJSON());
  };
}

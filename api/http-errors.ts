import type { ErrorRequestHandler, RequestHandler } from 'express';
import { HirehoundError, isHirehoundError } from '../common/errors';
import type { Logger } from '../common/logger';
import { INVALID_UTF8 } from './request-body';
import { noteErrorCode } from './telemetry';

/** Unknown routes answer with the same JSON error shape as everything else. */
export const routeNotFound: RequestHandler = (req, _res, next) => {
  // The path is the caller's own text: quoted short, never echoed whole.
  const path = req.path.length > 200 ? `${req.path.slice(0, 200)}…` : req.path;
  next(new HirehoundError('API_ROUTE_NOT_FOUND', { message: `No route for ${req.method} ${path}` }));
};

interface BodyParserError {
  type?: string;
  status?: number;
}

/**
 * Maps every error to `{ error: { code, message } }`. Our own errors keep their code and status;
 * body-parser failures get theirs; anything else is a 500 whose details stay in the log.
 */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    let error: HirehoundError;
    if (isHirehoundError(err)) error = err;
    else {
      const parserType = (err as BodyParserError | null)?.type;
      if (parserType === 'entity.too.large') error = new HirehoundError('API_BODY_TOO_LARGE');
      else if (parserType === 'entity.parse.failed') error = new HirehoundError('API_MALFORMED_BODY');
      else if (parserType === INVALID_UTF8)
        error = new HirehoundError('API_MALFORMED_BODY', { message: 'The request body is not valid UTF-8' });
      else if (parserType === 'encoding.unsupported' || parserType === 'charset.unsupported')
        error = new HirehoundError('API_UNSUPPORTED_MEDIA_TYPE');
      // The router cannot decode a path parameter whose percent-encoding is not UTF-8 (`%ED%A0%80`).
      else if (err instanceof URIError)
        error = new HirehoundError('API_VALIDATION_FAILED', {
          message: 'A path parameter is not valid percent-encoded UTF-8',
        });
      else {
        logger.error({ err, method: req.method, path: req.path }, 'unhandled error');
        error = new HirehoundError('INTERNAL_ERROR');
      }
    }
    if (error.status >= 500 && isHirehoundError(err)) logger.warn({ code: error.code, path: req.path }, error.message);
    noteErrorCode(res, error.code);
    if (res.headersSent) {
      res.end();
      return;
    }
    res.status(error.status).json(error.toJSON());
  };
}

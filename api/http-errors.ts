import type { ErrorRequestHandler, RequestHandler } from 'express';
import { HirehoundError, isHirehoundError } from '../common/errors';
import type { Logger } from '../common/logger';
import { noteErrorCode } from './telemetry';

/** Unknown routes answer with the same JSON error shape as everything else. */
export const routeNotFound: RequestHandler = (req, _res, next) => {
  next(new HirehoundError('API_ROUTE_NOT_FOUND', { message: `No route for ${req.method} ${req.path}` }));
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
      else if (parserType === 'encoding.unsupported' || parserType === 'charset.unsupported')
        error = new HirehoundError('API_UNSUPPORTED_MEDIA_TYPE');
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

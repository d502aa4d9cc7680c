import { isUtf8 } from 'node:buffer';
import express, { type Request, type RequestHandler } from 'express';
import { HirehoundError } from '../common/errors';

/**
 * What reaches a route as a body: UTF-8 JSON, said or not, uncompressed, at most 256 KB, and a URL
 * of reasonable length. Anything else is refused here with the JSON error shape, before a route or
 * its schema sees a decoded string (an invalid byte would otherwise become U+FFFD and be searched
 * for, a UTF-16 body decoded on the server's guess).
 */

export const MAX_JSON_BODY = '256kb';
/** Far above any URL of ours (a uuid and a page), far below Node's 16 KB header limit. */
export const MAX_URL_LENGTH = 4096;

const CHARSET = /;\s*charset\s*=\s*"?([^";\s]*)/i;

/** Tells the error handler (api/http-errors.ts) that the bytes were not UTF-8. */
export const INVALID_UTF8 = 'encoding.invalid-utf8';

const refuseLongUrls: RequestHandler = (req, _res, next) => {
  next(req.originalUrl.length > MAX_URL_LENGTH ? new HirehoundError('API_URI_TOO_LONG') : undefined);
};

const refuseOtherCharsets: RequestHandler = (req, _res, next) => {
  const charset = CHARSET.exec(req.get('content-type') ?? '')?.[1];
  if (charset !== undefined && charset.toLowerCase() !== 'utf-8') {
    next(
      new HirehoundError('API_UNSUPPORTED_MEDIA_TYPE', {
        message: `Bodies are UTF-8; charset "${charset.slice(0, 40)}" is not accepted`,
      }),
    );
    return;
  }
  next();
};

/** The middleware every request passes before routing. */
export function requestBodyParsers(): RequestHandler[] {
  return [
    refuseLongUrls,
    refuseOtherCharsets,
    express.json({
      limit: MAX_JSON_BODY,
      // A compressed body is refused (415): inflating it would cost us what it saved the sender.
      inflate: false,
      verify: (_req, _res, buffer) => {
        if (!isUtf8(buffer))
          throw Object.assign(new Error('The request body is not valid UTF-8'), { type: INVALID_UTF8 });
      },
    }),
  ];
}

/** Whether the request carries a body at all (a POST without one may omit its content type). */
export function hasBody(req: Request): boolean {
  return req.get('transfer-encoding') !== undefined || Number(req.get('content-length') ?? 0) > 0;
}

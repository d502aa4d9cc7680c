import fs from 'node:fs';
import path from 'node:path';
import express, { type RequestHandler, type Response } from 'express';
import { ALL_ROUTES } from './contract/routes';

/**
 * The web app (web/, built into WEB_DIST_DIR) served by the API process at `/`. Hashed assets are
 * cached for a year; index.html is revalidated on every load so a new build is picked up at once.
 * Any other GET for a page (no file extension, HTML accepted) answers index.html, so a bookmarked
 * client route such as /searches/<id> opens the app, which then reads the search through the API.
 *
 * The API's own paths are never shadowed: the first segment of every registered route (v1,
 * healthz, readyz, openapi.json) and /metrics fall through to the API's JSON 404.
 */

/**
 * No inline script or style element, no third-party origin: a string from a resume or a posting
 * that slipped into markup still could not run. React sets `style` through the CSSOM, which
 * style-src does not govern.
 */
export const WEB_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const RESERVED_SEGMENTS = new Set([
  ...ALL_ROUTES.map((route) => route.path.split('/')[1] ?? ''),
  // Prometheus scrapes the API's metrics here.
  'metrics',
]);

function setSecurityHeaders(res: Response): void {
  res.setHeader('Content-Security-Policy', WEB_CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
}

function isReserved(urlPath: string): boolean {
  return RESERVED_SEGMENTS.has(urlPath.split('/')[1] ?? '');
}

/** The handlers that serve the built app from `distDir`; mount them after the API's routes. */
export function serveWebApp(distDir: string): RequestHandler[] {
  const indexFile = path.join(distDir, 'index.html');
  const assets = express.static(distDir, {
    index: false,
    fallthrough: true,
    redirect: false,
    setHeaders: (res, filePath) => {
      setSecurityHeaders(res);
      // Vite names everything under assets/ by content hash: a changed file is a new URL.
      const immutable = path.relative(distDir, filePath).startsWith(`assets${path.sep}`);
      res.setHeader('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });

  const staticFiles: RequestHandler = (req, res, next) => {
    if (isReserved(req.path) || req.path === '/index.html') {
      next();
      return;
    }
    assets(req, res, next);
  };

  const appShell: RequestHandler = (req, res, next) => {
    const wantsPage =
      (req.method === 'GET' || req.method === 'HEAD') &&
      !isReserved(req.path) &&
      !path.extname(req.path) &&
      req.accepts(['html', 'json']) === 'html';
    if (!wantsPage) {
      next();
      return;
    }
    setSecurityHeaders(res);
    res.setHeader('Cache-Control', 'no-cache');
    if (!fs.existsSync(indexFile)) {
      res
        .status(503)
        .type('text/plain')
        .send('The web app has not been built. Run `npm run web:build` (the bootstrap does it), then reload.');
      return;
    }
    res.sendFile(indexFile, { lastModified: true }, (err) => {
      if (err) next(err);
    });
  };

  return [staticFiles, appShell];
}

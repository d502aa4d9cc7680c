import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serveWebApp, WEB_CONTENT_SECURITY_POLICY } from '../../api/web-app';
import { openTestConnections, type TestConnections } from '../harness/connections';
import { withServer } from '../harness/http';
import { createTestApp } from './fixtures';

/** The API serving the built web app: files, the SPA fallback, and the API's paths left alone. */
describe('the web app served by the API', () => {
  let services: TestConnections;
  let dist: string;
  beforeAll(async () => {
    services = await openTestConnections();
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'hh-web-dist-'));
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Hirehound</title><div id="root"></div>');
    fs.writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
    fs.writeFileSync(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  });
  afterAll(async () => {
    fs.rmSync(dist, { recursive: true, force: true });
    await services.close();
  });

  const page = { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } };

  it('answers / and client routes with index.html, revalidated and under a CSP without inline script', async () => {
    await withServer(createTestApp(services, { webApp: serveWebApp(dist) }), async (base) => {
      for (const route of ['/', '/searches/1b4e28ba-2fa1-11d2-883f-0016d3cca427', '/admin']) {
        const res = await fetch(`${base}${route}`, page);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toContain('text/html');
        expect(res.headers.get('cache-control')).toBe('no-cache');
        expect(res.headers.get('content-security-policy')).toBe(WEB_CONTENT_SECURITY_POLICY);
        expect(res.headers.get('x-content-type-options')).toBe('nosniff');
        expect(await res.text()).toContain('<div id="root">');
      }
      expect(WEB_CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
      expect(WEB_CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    });
  });

  it('caches hashed assets for a year and other files briefly', async () => {
    await withServer(createTestApp(services, { webApp: serveWebApp(dist) }), async (base) => {
      const asset = await fetch(`${base}/assets/index-abc123.js`);
      expect(asset.status).toBe(200);
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(asset.headers.get('content-type')).toContain('javascript');
      const icon = await fetch(`${base}/favicon.svg`);
      expect(icon.status).toBe(200);
      expect(icon.headers.get('cache-control')).toBe('no-cache');
    });
  });

  it('never shadows the API: its paths keep their JSON answers, and a missing file is a 404', async () => {
    await withServer(createTestApp(services, { webApp: serveWebApp(dist) }), async (base) => {
      for (const route of ['/v1/nothing-here', '/v1', '/openapi.json/x', '/healthz/x', '/metrics']) {
        const res = await fetch(`${base}${route}`, page);
        // Under /v1 the API key is checked first (401); elsewhere the route is unknown (404).
        expect({ route, status: res.status }).toEqual({ route, status: route.startsWith('/v1') ? 401 : 404 });
        expect(res.headers.get('content-type')).toContain('application/json');
      }
      const health = await fetch(`${base}/healthz`, page);
      expect(health.headers.get('content-type')).toContain('application/json');
      const me = await fetch(`${base}/v1/me`, page);
      expect(me.status).toBe(401);
      const missing = await fetch(`${base}/assets/missing-000.js`, page);
      expect(missing.status).toBe(404);
      // A JSON client asking for an unknown path gets the API's 404, not the app shell.
      const json = await fetch(`${base}/somewhere`, { headers: { accept: 'application/json' } });
      expect(json.status).toBe(404);
      expect(((await json.json()) as { error: { code: string } }).error.code).toBe('API_ROUTE_NOT_FOUND');
    });
  });

  it('says in words that the app is not built rather than failing obscurely', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'hh-web-empty-'));
    try {
      await withServer(createTestApp(services, { webApp: serveWebApp(empty) }), async (base) => {
        const res = await fetch(`${base}/`, page);
        expect(res.status).toBe(503);
        expect(await res.text()).toContain('npm run web:build');
      });
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});

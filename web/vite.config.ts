import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import budget from './bundle-budget.json' with { type: 'json' };

const WEB_ROOT = path.dirname(fileURLToPath(import.meta.url));
const JS_GZIP_BUDGET_BYTES = budget.jsGzipBudgetBytes;
const OUT_DIR = path.join(WEB_ROOT, 'dist');

/** Prints the app's JavaScript size, raw and gzipped, against the budget, and writes it beside the build. */
function reportJsSize(): Plugin {
  return {
    name: 'hirehound-js-size',
    apply: 'build',
    writeBundle(_options, bundle) {
      const files = Object.values(bundle)
        .filter((chunk) => chunk.fileName.endsWith('.js'))
        .map((chunk) => {
          const bytes = fs.readFileSync(path.join(OUT_DIR, chunk.fileName));
          return { file: chunk.fileName, bytes: bytes.length, gzipBytes: zlib.gzipSync(bytes, { level: 9 }).length };
        });
      const report = {
        jsBytes: files.reduce((sum, f) => sum + f.bytes, 0),
        jsGzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
        budgetGzipBytes: JS_GZIP_BUDGET_BYTES,
        files,
      };
      fs.writeFileSync(path.join(OUT_DIR, budget.reportFile), `${JSON.stringify(report, null, 2)}\n`);
      const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
      this.info(
        `JavaScript: ${kb(report.jsBytes)}, ${kb(report.jsGzipBytes)} gzipped (budget ${kb(JS_GZIP_BUDGET_BYTES)} gzipped)`,
      );
    },
  };
}

/**
 * The web app's build (`npm run web:build`) and dev server (`npm run web:dev`). The dev server
 * proxies the API's paths to a running API (`npm start`, or HIREHOUND_API_URL), so the app talks
 * to it same-origin exactly as in production.
 */
export default defineConfig({
  root: WEB_ROOT,
  base: '/',
  publicDir: path.join(WEB_ROOT, 'public'),
  // JSX through Vite's own transformer: automatic runtime, no Babel (see docs/web.md).
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: OUT_DIR,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // Every byte the app needs comes from our own origin: the CSP allows nothing else.
    assetsInlineLimit: 0,
  },
  server: {
    port: 5173,
    strictPort: false,
    proxy: Object.fromEntries(
      ['/v1', '/healthz', '/readyz', '/openapi.json'].map((p) => [
        p,
        { target: process.env.HIREHOUND_API_URL ?? 'http://127.0.0.1:3000', changeOrigin: false },
      ]),
    ),
    fs: { allow: [path.resolve(WEB_ROOT, '..')] },
  },
  plugins: [reportJsSize()],
});

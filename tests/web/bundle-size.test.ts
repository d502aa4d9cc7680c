import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/**
 * The web app's JavaScript stays under its gzipped budget (web/bundle-budget.json). Measured here on
 * the built files themselves, not taken from the build's own report, which is checked against them.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const DIST = path.join(ROOT, 'web', 'dist');
const budget = JSON.parse(fs.readFileSync(path.join(ROOT, 'web', 'bundle-budget.json'), 'utf8')) as {
  jsGzipBudgetBytes: number;
  reportFile: string;
};

function builtJs(): { file: string; gzipBytes: number }[] {
  const files: string[] = [];
  const visit = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.name.endsWith('.js')) files.push(full);
    }
  };
  visit(DIST);
  return files.map((file) => ({
    file: path.relative(DIST, file),
    gzipBytes: zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length,
  }));
}

describe('the web app bundle', () => {
  it('has been built (the bootstrap builds it)', () => {
    expect(fs.existsSync(path.join(DIST, 'index.html'))).toBe(true);
  });

  it(`ships at most ${budget.jsGzipBudgetBytes / 1024} KB of JavaScript, gzipped`, () => {
    const js = builtJs();
    expect(js.length).toBeGreaterThan(0);
    const total = js.reduce((sum, f) => sum + f.gzipBytes, 0);
    expect(total).toBeLessThanOrEqual(budget.jsGzipBudgetBytes);
  });

  it('reports the size it shipped, and the report agrees with the files', () => {
    const report = JSON.parse(fs.readFileSync(path.join(DIST, budget.reportFile), 'utf8')) as {
      jsGzipBytes: number;
      budgetGzipBytes: number;
      files: { file: string; gzipBytes: number }[];
    };
    expect(report.budgetGzipBytes).toBe(budget.jsGzipBudgetBytes);
    const measured = builtJs().reduce((sum, f) => sum + f.gzipBytes, 0);
    expect(report.jsGzipBytes).toBe(measured);
  });

  it('references no other origin: everything is served by the API itself', () => {
    const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });
});

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The documentation is the way into the project: a link that leads nowhere, or a comment that cites
 * notes a fresh clone does not have, leaves a newcomer stuck. Links are checked against the files
 * git tracks, not the working folder, so a link to something ignored (models/, .data/) fails here
 * as it would on a fresh clone.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const SELF = path.relative(ROOT, __filename).split(path.sep).join('/');

/** Folders that are never part of a checkout, for a copy without git. */
const UNTRACKED = new Set(['.git', 'node_modules', '.data', 'dist', 'models', 'coverage']);

function walk(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return UNTRACKED.has(entry.name) ? [] : walk(relative);
    return entry.isFile() ? [relative] : [];
  });
}

function trackedFiles(): string[] {
  let listed: string[];
  try {
    listed = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 })
      .split('\0')
      .filter(Boolean);
  } catch {
    listed = walk('');
  }
  // A file deleted in the working folder but not yet committed is gone for a reader too.
  return listed.filter((file) => fs.existsSync(path.join(ROOT, file)));
}

const files = trackedFiles();
const fileSet = new Set(files);
const folderSet = new Set(
  files.flatMap((file) =>
    file
      .split('/')
      .slice(0, -1)
      .map((_, i, parts) => parts.slice(0, i + 1).join('/')),
  ),
);
const markdownFiles = files.filter((file) => file.endsWith('.md'));

/** Markdown without what is not rendered as text: fenced code, inline code, HTML comments. */
function proseOf(markdown: string): string {
  return markdown
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '')
    .replace(/`[^`\n]*`/g, (code) => code.replace(/[[\]()]/g, ' '));
}

/** GitHub's heading ids: lower case, punctuation dropped, spaces to hyphens, repeats numbered -1, -2… */
function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  const withoutFences = markdown.replace(/<!--[\s\S]*?-->/g, '').replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  for (const line of withoutFences.split('\n')) {
    const heading = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const text = heading[1]!.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/`/g, '');
    const slug = text
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

/** Targets of inline links and images, `[text](target)` and `![alt](target "title")`. */
function linkTargets(markdown: string): string[] {
  const targets: string[] = [];
  for (const match of proseOf(markdown).matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    targets.push(match[1]!);
  }
  return targets;
}

const anchorCache = new Map<string, Set<string>>();
function anchorsIn(file: string): Set<string> {
  let anchors = anchorCache.get(file);
  if (!anchors) {
    anchors = headingAnchors(fs.readFileSync(path.join(ROOT, file), 'utf8'));
    anchorCache.set(file, anchors);
  }
  return anchors;
}

/** Why a relative link from `from` to `target` leads nowhere, or null when it is fine. */
function brokenLink(from: string, target: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) return null;
  const hash = target.indexOf('#');
  const pathPart = decodeURIComponent(hash < 0 ? target : target.slice(0, hash));
  const anchor = hash < 0 ? undefined : decodeURIComponent(target.slice(hash + 1));
  const resolved = pathPart
    ? path.posix.normalize(path.posix.join(path.posix.dirname(from), pathPart)).replace(/\/$/, '')
    : from;
  if (resolved.startsWith('../') || resolved === '..') return `${target}: outside the repository`;
  if (!fileSet.has(resolved) && !folderSet.has(resolved)) return `${target}: no tracked file ${resolved}`;
  if (anchor !== undefined && resolved.endsWith('.md') && !anchorsIn(resolved).has(anchor)) {
    return `${target}: no heading #${anchor} in ${resolved}`;
  }
  return null;
}

describe('documentation', () => {
  it('has a README and a docs/ folder to check', () => {
    expect(markdownFiles).toContain('README.md');
    expect(markdownFiles.some((file) => file.startsWith('docs/'))).toBe(true);
  });

  it('links only to files and headings that exist in the repository', () => {
    const broken = markdownFiles.flatMap((file) =>
      linkTargets(fs.readFileSync(path.join(ROOT, file), 'utf8'))
        .map((target) => brokenLink(file, target))
        .filter((problem): problem is string => problem !== null)
        .map((problem) => `${file}: ${problem}`),
    );
    expect(broken).toEqual([]);
  });

  it('is where code comments point: every docs/ page and heading they name exists', () => {
    const broken = files
      .filter((file) => !file.endsWith('.md') && file !== SELF)
      .flatMap((file) => {
        const buffer = fs.readFileSync(path.join(ROOT, file));
        if (buffer.includes(0)) return [];
        return [...buffer.toString('utf8').matchAll(/\bdocs\/[\w-]+\.md(?:#[\w-]+)?/g)]
          .map((match) => brokenLink('README.md', match[0]))
          .filter((problem): problem is string => problem !== null)
          .map((problem) => `${file}: ${problem}`);
      });
    expect(broken).toEqual([]);
  });

  it('is cited, never notes kept outside the repository', () => {
    // Design and research notes that lived beside the checkout; their facts are in docs/ now.
    const outsideNotes = [
      /\b(?:DESIGN|HASDATA|TEMPORAL-NOTES|DATABASE-PROBE|WAVE2-NOTES|STYLE)\.md\b/,
      /\b(?:TEMPORAL-NOTES|DATABASE-PROBE|WAVE2-NOTES)\b/,
      /\b(?:DESIGN|HASDATA)\b(?=[\s:§)])/,
      /\.\.\/shared\/(?!data\b)/,
    ];
    const citing = files
      .filter((file) => file !== SELF)
      .flatMap((file) => {
        const buffer = fs.readFileSync(path.join(ROOT, file));
        if (buffer.includes(0)) return [];
        return buffer
          .toString('utf8')
          .split('\n')
          .flatMap((line, i) =>
            outsideNotes.some((pattern) => pattern.test(line)) ? [`${file}:${i + 1}: ${line.trim()}`] : [],
          );
      });
    expect(citing).toEqual([]);
  });
});

describe('the link checker itself', () => {
  it("derives GitHub's anchors from headings, inline code and repeats included", () => {
    const anchors = headingAnchors(
      '# Cost governance\n## `npm run bench:cache`\n## Why PostgreSQL, not PGlite\n## Notes\n## Notes\n',
    );
    expect([...anchors]).toEqual([
      'cost-governance',
      'npm-run-benchcache',
      'why-postgresql-not-pglite',
      'notes',
      'notes-1',
    ]);
  });

  it('ignores links inside code and comments, and finds the rest', () => {
    const markdown = 'See [a](a.md#x) and ![b](img/b.png "B").\n`[c](c.md)`\n```\n[d](d.md)\n```\n<!-- [e](e.md) -->\n';
    expect(linkTargets(markdown)).toEqual(['a.md#x', 'img/b.png']);
  });

  it('reports a missing file, a missing heading and a path out of the repository', () => {
    expect(brokenLink('README.md', 'docs/no-such-page.md')).toMatch(/no tracked file/);
    expect(brokenLink('README.md', '#no-such-heading')).toMatch(/no heading/);
    expect(brokenLink('docs/architecture.md', '../../outside/notes.md')).toMatch(/outside the repository/);
    expect(brokenLink('README.md', 'https://example.com/x')).toBeNull();
  });
});

#!/usr/bin/env node
'use strict';
/**
 * Installs what `npm start` and `npm test` need, idempotently, before either runs. Plain CommonJS
 * with no dependencies because it runs before `npm ci`. Everything comes from the package
 * registries the machine can reach: npm, Debian's apt archive (binaries and the pgvector source
 * package) and the Go module proxy (the Temporal CLI is built from source). Nothing is downloaded
 * from anywhere else.
 *
 * Usage: node scripts/bootstrap.cjs [--for start|test|bench]
 *   start: only what the embedded stack needs for services whose URL is not configured.
 *   test, bench: everything (tests start their own services).
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const crypto = require('node:crypto');
const { spawnSync } = require('node:child_process');
const tools = require('./tools.cjs');
const models = require('./models.cjs');
const { runStep, formatSeconds } = require('./run-step.cjs');

const ROOT = path.resolve(__dirname, '..');
const argFor = (() => {
  const i = process.argv.indexOf('--for');
  const v = i >= 0 ? process.argv[i + 1] : 'start';
  if (!['start', 'test', 'bench'].includes(v)) fail(`unknown --for value "${v}" (start, test or bench)`);
  return v;
})();
const isTTY = Boolean(process.stdout.isTTY) && !process.env.CI;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = Boolean(tools.which('apt-get')) && fs.existsSync('/etc/debian_version');

function log(message) {
  process.stdout.write(`[bootstrap] ${message}\n`);
}

function fail(message) {
  process.stderr.write(`\n[bootstrap] ERROR: ${message}\n`);
  process.exit(1);
}

/** Runs one step's command with progress; a failure names the step, the command, its exit code and last lines. */
function runWithProgress(label, cmd, args, options = {}) {
  return runStep(label, cmd, args, { cwd: ROOT, log, isTTY, ...options });
}

function runQuiet(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', ...options });
  return { ok: r.status === 0, stdout: r.stdout || '', stderr: r.stderr || '' };
}

// ---------------------------------------------------------------------------------------------
// 1. Node and node_modules

function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    fail(`Node ${process.versions.node} is too old: Hirehound needs Node >= 20.19 (https://nodejs.org).`);
  }
}

async function ensureNodeModules() {
  const lock = path.join(ROOT, 'package-lock.json');
  const stamp = path.join(ROOT, 'node_modules', '.hirehound-lock.sha256');
  const want = crypto.createHash('sha256').update(fs.readFileSync(lock)).digest('hex');
  const have = fs.existsSync(stamp) ? fs.readFileSync(stamp, 'utf8').trim() : '';
  if (have === want) {
    log('node modules: up to date');
    return;
  }
  log('node modules: installing with npm ci (first run takes a minute)');
  let packages = 0;
  const onLine = (line) => (line.includes('fetch GET') ? `fetched ${++packages} packages` : null);
  // The lock file lists every platform's optional builds (tests/scripts/lockfile.test.ts checks
  // it), so `npm ci` accepts it as it is on npm 10 and 11 and installs exactly the locked versions.
  // onnxruntime-node's postinstall would fetch CUDA provider libraries from NuGet, outside the npm
  // registry; the CPU runtime the project uses ships inside the package. npm 11 skips the script
  // (package.json allowScripts); npm 10 runs every install script, and this variable makes it a no-op.
  await runWithProgress('npm ci', 'npm', ['ci', '--no-audit', '--no-fund', '--loglevel=http'], {
    onLine,
    env: { ONNXRUNTIME_NODE_INSTALL: 'skip' },
  });
  fs.writeFileSync(stamp, `${want}\n`);
}

// ---------------------------------------------------------------------------------------------
// 2. Debian packages (PostgreSQL 15, Redis, Tesseract, poppler)

function dpkgInstalled(pkg) {
  const r = runQuiet('dpkg-query', ['-W', '-f=${Status}', pkg]);
  return r.ok && r.stdout.includes('install ok installed');
}

let aptUpdated = false;
async function aptInstall(packages, why) {
  const missing = packages.filter((p) => !dpkgInstalled(p));
  if (missing.length === 0) return true;
  if (!isRoot || !hasApt) return false;
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) {
    await runWithProgress('apt-get update', 'apt-get', ['update'], {
      env,
      onLine: (l) => (/^(Get|Hit):\d+/.test(l) ? l.slice(0, 70) : null),
    });
    aptUpdated = true;
  }
  log(`installing ${missing.join(' ')} (${why})`);
  let unpacked = 0;
  await runWithProgress('apt-get install', 'apt-get', ['install', '-y', '--no-install-recommends', ...missing], {
    env,
    onLine: (l) =>
      l.startsWith('Unpacking')
        ? `unpacked ${++unpacked} packages`
        : l.startsWith('Setting up')
          ? l.slice(0, 70)
          : null,
  });
  return true;
}

// ---------------------------------------------------------------------------------------------
// 3. PostgreSQL 15 + pgvector

/**
 * The Debian mirror the system already uses, read from its apt sources (deb822 .sources files or
 * one-line sources.list), so the pgvector source package comes from the same archive as everything
 * else and no host is hard-coded.
 */
function findDebianMirror() {
  const codename = (fs.readFileSync('/etc/os-release', 'utf8').match(/^VERSION_CODENAME=(.*)$/m) || [])[1];
  const entries = [];
  const dir = '/etc/apt/sources.list.d';
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).map((f) => path.join(dir, f)) : [];
  for (const file of files.filter((f) => f.endsWith('.sources'))) {
    for (const stanza of fs.readFileSync(file, 'utf8').split(/\n\s*\n/)) {
      const field = (name) => ((stanza.match(new RegExp(`^${name}:\\s*(.*)$`, 'mi')) || [])[1] || '').trim();
      if (/^\s*Enabled:\s*no/im.test(stanza)) continue;
      entries.push({
        types: field('Types').split(/\s+/),
        uris: field('URIs').split(/\s+/),
        suites: field('Suites').split(/\s+/),
        signedBy: field('Signed-By'),
      });
    }
  }
  if (fs.existsSync('/etc/apt/sources.list')) {
    for (const line of fs.readFileSync('/etc/apt/sources.list', 'utf8').split('\n')) {
      const m = line.match(/^\s*(deb|deb-src)\s+(\[[^\]]*\]\s+)?(\S+)\s+(\S+)/);
      if (!m) continue;
      const signedBy = ((m[2] || '').match(/signed-by=(\S+?)[\s\]]/) || [])[1] || '';
      entries.push({ types: [m[1]], uris: [m[3]], suites: [m[4]], signedBy });
    }
  }
  const main = entries.find(
    (e) =>
      e.types.includes('deb') &&
      e.suites.includes(codename) &&
      e.uris.some((u) => /^https?:\/\//.test(u) && !u.includes('security')),
  );
  if (!main) return null;
  return { uri: main.uris.find((u) => /^https?:\/\//.test(u)), signedBy: main.signedBy };
}

async function buildPgvector(binDir) {
  const pgConfig = tools.findPgConfig(binDir);
  const mirror = findDebianMirror();
  if (!mirror)
    throw new Error('could not find the Debian mirror in /etc/apt/sources.list(.d); set DATABASE_URL instead');
  const work = path.join(os.tmpdir(), 'hirehound-pgvector-build');
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(path.join(work, 'lists', 'partial'), { recursive: true });
  const signed = mirror.signedBy && !mirror.signedBy.includes('\n') ? `[signed-by=${mirror.signedBy}] ` : '';
  // A private sources list: the system's own apt configuration and package lists stay untouched.
  fs.writeFileSync(path.join(work, 'sources.list'), `deb-src ${signed}${mirror.uri} trixie main\n`);
  const aptOpts = [
    '-o',
    `Dir::Etc::sourcelist=${path.join(work, 'sources.list')}`,
    '-o',
    'Dir::Etc::sourceparts=-',
    '-o',
    `Dir::State::Lists=${path.join(work, 'lists')}`,
    '-o',
    'APT::Get::List-Cleanup=0',
  ];
  log(`pgvector: fetching Debian's source package from ${mirror.uri} (suite trixie)`);
  await runWithProgress('apt-get update (private deb-src list)', 'apt-get', [...aptOpts, 'update'], { cwd: work });
  await runWithProgress('apt-get source pgvector', 'apt-get', [...aptOpts, 'source', 'pgvector'], { cwd: work });
  const srcDir = fs
    .readdirSync(work)
    .find((d) => d.startsWith('pgvector-') && fs.statSync(path.join(work, d)).isDirectory());
  if (!srcDir) throw new Error('apt-get source pgvector produced no source tree');
  log(`pgvector: building ${srcDir} against ${pgConfig}`);
  let compiled = 0;
  await runWithProgress(`make ${srcDir}`, 'make', [`-j${Math.max(1, os.cpus().length)}`, `PG_CONFIG=${pgConfig}`], {
    cwd: path.join(work, srcDir),
    onLine: (l) => (/\s-c\s/.test(l) ? `compiled ${++compiled} files` : null),
  });
  await runWithProgress('make install', 'make', ['install', `PG_CONFIG=${pgConfig}`], { cwd: path.join(work, srcDir) });
  fs.rmSync(work, { recursive: true, force: true });
}

async function ensurePostgres() {
  if (argFor === 'start' && process.env.DATABASE_URL) {
    log('postgres: DATABASE_URL is set, using that server');
    return;
  }
  let binDir = tools.findPostgresBinDir();
  if (!binDir) {
    const installed = await aptInstall([`postgresql-${tools.POSTGRES_MAJOR}`], 'the embedded database');
    binDir = installed ? tools.findPostgresBinDir() : null;
  }
  if (!binDir) {
    fail(
      `PostgreSQL ${tools.POSTGRES_MAJOR} server binaries not found.\n` +
        `  Debian/Ubuntu (as root): apt-get install postgresql-${tools.POSTGRES_MAJOR}\n` +
        '  macOS: brew install postgresql@15 pgvector   (or set PG_BIN_DIR to the folder holding initdb/postgres/pg_ctl)\n' +
        '  Or point DATABASE_URL at a PostgreSQL with pgvector (docker compose up -d db).',
    );
  }
  if (tools.hasPgvector(binDir)) {
    log(`postgres: ${binDir} with pgvector`);
    return;
  }
  if (isRoot && hasApt) {
    await aptInstall([`postgresql-server-dev-${tools.POSTGRES_MAJOR}`, 'dpkg-dev', 'make', 'gcc'], 'to build pgvector');
    await buildPgvector(binDir);
  }
  if (!tools.hasPgvector(binDir)) {
    fail(
      `pgvector is not installed for the PostgreSQL in ${binDir}.\n` +
        '  macOS: brew install pgvector\n' +
        "  Debian (as root): re-run this bootstrap; it builds pgvector from Debian's source package.\n" +
        '  Or point DATABASE_URL at a PostgreSQL with pgvector (docker compose up -d db).',
    );
  }
  log(`postgres: pgvector installed into ${binDir}`);
}

// ---------------------------------------------------------------------------------------------
// 4. Redis

async function ensureRedis() {
  if (argFor === 'start' && process.env.REDIS_URL) {
    log('redis: REDIS_URL is set, using that server');
    return;
  }
  if (!tools.findRedisServer()) await aptInstall(['redis-server'], 'the embedded Redis');
  const found = tools.findRedisServer();
  if (!found) {
    fail(
      'redis-server not found.\n  Debian/Ubuntu (as root): apt-get install redis-server\n  macOS: brew install redis\n' +
        '  Or point REDIS_URL at a Redis server.',
    );
  }
  log(`redis: ${found}`);
}

// ---------------------------------------------------------------------------------------------
// 5. OCR tools (the document reader's scanned-PDF path)

async function ensureOcrTools() {
  if (!tools.findTesseract() || !tools.findPdftoppm()) {
    await aptInstall(['tesseract-ocr', 'tesseract-ocr-eng', 'poppler-utils'], 'OCR of scanned resumes');
  }
  const missing = [!tools.findTesseract() && 'tesseract', !tools.findPdftoppm() && 'pdftoppm (poppler)'].filter(
    Boolean,
  );
  if (missing.length) {
    fail(
      `${missing.join(' and ')} not found.\n  Debian/Ubuntu: apt-get install tesseract-ocr poppler-utils\n  macOS: brew install tesseract poppler`,
    );
  }
  log(`ocr: ${tools.findTesseract()}, ${tools.findPdftoppm()}`);
}

// ---------------------------------------------------------------------------------------------
// 6. Temporal CLI (the dev server), built from source through the Go module proxy

function goVersion() {
  const go = tools.which('go');
  if (!go) return null;
  const m = runQuiet(go, ['version']).stdout.match(/go(\d+)\.(\d+)/);
  return m ? { go, major: Number(m[1]), minor: Number(m[2]) } : null;
}

async function ensureTemporalCli() {
  if (argFor === 'start' && process.env.TEMPORAL_ADDRESS) {
    log('temporal: TEMPORAL_ADDRESS is set, using that server');
    return;
  }
  const existing = tools.findTemporalCli();
  if (existing) {
    log(`temporal: ${existing}`);
    return;
  }
  const go = goVersion();
  if (!go || go.major < 1 || (go.major === 1 && go.minor < 25)) {
    fail(
      'The Temporal CLI (dev server) is not installed and cannot be built here.\n' +
        `  ${go ? `Go ${go.major}.${go.minor} is too old; ` : ''}install Go >= 1.25 (https://go.dev/dl) and re-run,\n` +
        '  or install the CLI: brew install temporal  /  https://docs.temporal.io/cli#install (put it on PATH or set TEMPORAL_CLI),\n' +
        '  or point TEMPORAL_ADDRESS at a running Temporal server.',
    );
  }
  const target = `${tools.TEMPORAL_CLI_MODULE}@${tools.TEMPORAL_CLI_VERSION}`;
  log(`temporal: building ${target} with ${go.go} (first time only, takes a few minutes on 2 cores)`);
  let downloads = 0;
  let compiled = 0;
  await runWithProgress('go install temporal', go.go, ['install', '-v', '-ldflags=-s -w', target], {
    env: { CGO_ENABLED: '0' },
    onLine: (l) => {
      if (l.startsWith('go: downloading')) return `downloaded ${++downloads} modules`;
      if (!l.startsWith('go:') && !l.includes(' '))
        return `downloaded ${downloads} modules, compiled ${++compiled} packages (about 1,500 in all)`;
      return null;
    },
  });
  const built = tools.findTemporalCli();
  if (!built) fail(`go install finished but no temporal binary is in ${tools.goBinDir()}`);
  log(`temporal: ${built}`);
}

// ---------------------------------------------------------------------------------------------
// 7. The local embedding model (scripts/models.cjs), unless `npm start` is told to embed elsewhere

async function ensureEmbeddingModel() {
  const provider = process.env.EMBEDDINGS_PROVIDER || 'auto';
  const remote = provider === 'hf' || (provider === 'auto' && (process.env.HF_TOKEN || process.env.HF_ENDPOINT_URL));
  if (argFor === 'start' && (provider === 'hash' || remote)) {
    log(`embeddings model: not needed (EMBEDDINGS_PROVIDER=${provider}${remote ? ', Hugging Face configured' : ''})`);
    return;
  }
  await models.ensureEmbeddingModel({ log, runWithProgress });
}

// ---------------------------------------------------------------------------------------------
// 8. MinIO: the real S3-compatible server the object-store tests and benchmarks use (not npm start,
//    whose default object store is the filesystem). Built from source through the Go module proxy.

async function ensureMinio() {
  if (argFor === 'start') return;
  const existing = tools.findMinio();
  if (existing) {
    log(`minio: ${existing}`);
    return;
  }
  const go = goVersion();
  if (!go || (go.major === 1 && go.minor < 24)) {
    fail(
      'MinIO (the S3-compatible server the tests use) is not installed and cannot be built here.\n' +
        '  Install Go >= 1.24 and re-run, or put a `minio` binary on PATH (brew install minio/stable/minio), or set MINIO_SERVER.',
    );
  }
  const target = `${tools.MINIO_MODULE}@${tools.MINIO_VERSION}`;
  log(`minio: building ${target} (first time only, takes a few minutes on 2 cores)`);
  let downloads = 0;
  let compiled = 0;
  await runWithProgress('go install minio', go.go, ['install', '-v', '-ldflags=-s -w', target], {
    env: { CGO_ENABLED: '0' },
    onLine: (l) => {
      if (l.startsWith('go: downloading')) return `downloaded ${++downloads} modules`;
      if (!l.startsWith('go:') && !l.includes(' '))
        return `downloaded ${downloads} modules, compiled ${++compiled} packages`;
      return null;
    },
  });
  const built = tools.findMinio();
  if (!built) fail(`go install finished but no minio binary is in ${tools.goBinDir()}`);
  log(`minio: ${built}`);
}

// ---------------------------------------------------------------------------------------------
// 9. The web app (web/), built into web/dist for the API to serve; rebuilt only when its sources
//    or the locked dependencies change.

const WEB_DIR = path.join(ROOT, 'web');
const WEB_STAMP = path.join(WEB_DIR, 'dist', '.source-sha256');

/** Every file the build reads from web/ (not its output), and the lock file that pins the tools. */
function webSourceHash() {
  const hash = crypto.createHash('sha256');
  const visit = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'dist' && entry.name !== 'node_modules') visit(full);
      } else {
        hash.update(path.relative(ROOT, full)).update('\0').update(fs.readFileSync(full)).update('\0');
      }
    }
  };
  visit(WEB_DIR);
  hash.update(fs.readFileSync(path.join(ROOT, 'package-lock.json')));
  return hash.digest('hex');
}

async function ensureWebBuild() {
  const want = webSourceHash();
  const have = fs.existsSync(WEB_STAMP) ? fs.readFileSync(WEB_STAMP, 'utf8').trim() : '';
  if (have === want && fs.existsSync(path.join(WEB_DIR, 'dist', 'index.html'))) {
    log('web app: up to date');
    return;
  }
  log('web app: building web/ into web/dist');
  let size = null;
  await runWithProgress(
    'web build',
    process.execPath,
    [path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'web/vite.config.ts'],
    {
      onLine: (l) => {
        if (l.includes('JavaScript:')) size = l.replace(/^.*JavaScript:/, 'JavaScript:');
        if (/modules transformed|rendering chunks|computing gzip/.test(l)) return l.trim().slice(0, 70);
        return null;
      },
    },
  );
  fs.writeFileSync(WEB_STAMP, `${want}\n`);
  log(`web app: built${size ? ` (${size})` : ''}`);
}

// ---------------------------------------------------------------------------------------------
// 10. Chromium for the web app's browser tests (Debian's package, driven by playwright-core; no
//     browser is ever downloaded from elsewhere).

async function ensureChromium() {
  if (argFor === 'start') return;
  if (!tools.findChromium()) await aptInstall(['chromium'], "the web app's browser tests");
  const found = tools.findChromium();
  if (!found) {
    fail(
      "Chromium not found (the web app's browser tests drive it).\n" +
        '  Debian/Ubuntu (as root): apt-get install chromium\n' +
        '  Elsewhere: install Chromium or Chrome and set CHROMIUM_PATH to its executable.',
    );
  }
  log(`chromium: ${found}`);
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const started = Date.now();
  log(`preparing for "${argFor}" in ${ROOT}`);
  checkNode();
  await ensureNodeModules();
  await ensurePostgres();
  await ensureRedis();
  await ensureOcrTools();
  await ensureTemporalCli();
  await ensureEmbeddingModel();
  await ensureMinio();
  await ensureChromium();
  await ensureWebBuild();
  log(`ready (${formatSeconds(Date.now() - started)})`);
}

main().catch((err) => fail(err && err.message ? err.message : String(err)));

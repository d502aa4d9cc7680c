'use strict';
/**
 * Where the embedded stack's programs live. Plain CommonJS with no dependencies, because the
 * bootstrap uses it before `npm ci` has run; the TypeScript launcher and the test harness use the
 * same functions (types in tools.d.cts), so "which binary" is decided in one place.
 */
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const TEMPORAL_CLI_VERSION = 'v1.5.1';
const TEMPORAL_CLI_MODULE = 'github.com/temporalio/cli/cmd/temporal';
const POSTGRES_MAJOR = '15';
// MinIO publishes no tagged Go module versions; this pseudo-version pins the commit the tests use.
const MINIO_MODULE = 'github.com/minio/minio';
const MINIO_VERSION = 'v0.0.0-20260212201848-7aac2a2c5b7c';

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Finds a program on PATH, like `command -v`. */
function which(name) {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    if (isExecutable(candidate)) return candidate;
  }
  return null;
}

function run(cmd, args) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

function goBinDir() {
  const go = which('go');
  if (go) {
    const gobin = run(go, ['env', 'GOBIN']);
    if (gobin) return gobin;
    const gopath = run(go, ['env', 'GOPATH']);
    if (gopath) return path.join(gopath.split(path.delimiter)[0], 'bin');
  }
  const home = process.env.HOME;
  return home ? path.join(home, 'go', 'bin') : null;
}

/** The Temporal CLI: $TEMPORAL_CLI, then PATH, then the Go bin folder where `go install` puts it. */
function findTemporalCli() {
  const fromEnv = process.env.TEMPORAL_CLI;
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : null;
  const onPath = which('temporal');
  if (onPath) return onPath;
  const dir = goBinDir();
  if (dir && isExecutable(path.join(dir, 'temporal'))) return path.join(dir, 'temporal');
  return null;
}

/** MinIO, the S3-compatible server the object-store tests run against: $MINIO_SERVER, PATH, Go bin. */
function findMinio() {
  const fromEnv = process.env.MINIO_SERVER;
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : null;
  const onPath = which('minio');
  if (onPath) return onPath;
  const dir = goBinDir();
  if (dir && isExecutable(path.join(dir, 'minio'))) return path.join(dir, 'minio');
  return null;
}

function findRedisServer() {
  const fromEnv = process.env.REDIS_SERVER;
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : null;
  return which('redis-server');
}

/**
 * PostgreSQL's server binaries (initdb, postgres, pg_ctl). Debian keeps them out of PATH under
 * /usr/lib/postgresql/<major>/bin; elsewhere (Homebrew) `pg_config --bindir` knows.
 */
function findPostgresBinDir() {
  const candidates = [];
  if (process.env.PG_BIN_DIR) candidates.push(process.env.PG_BIN_DIR);
  else {
    candidates.push(`/usr/lib/postgresql/${POSTGRES_MAJOR}/bin`);
    const pgConfig = which('pg_config');
    const bindir = pgConfig ? run(pgConfig, ['--bindir']) : null;
    if (bindir) candidates.push(bindir);
  }
  for (const dir of candidates) {
    if (['postgres', 'initdb', 'pg_ctl'].every((b) => isExecutable(path.join(dir, b)))) return dir;
  }
  return null;
}

/** The pg_config that belongs to the server in binDir (needed to build and to locate pgvector). */
function findPgConfig(binDir) {
  if (binDir && isExecutable(path.join(binDir, 'pg_config'))) return path.join(binDir, 'pg_config');
  const debian = `/usr/lib/postgresql/${POSTGRES_MAJOR}/bin/pg_config`;
  if (binDir && binDir.startsWith(`/usr/lib/postgresql/${POSTGRES_MAJOR}`) && isExecutable(debian)) return debian;
  return which('pg_config');
}

/** True when the server in binDir can `CREATE EXTENSION vector`. */
function hasPgvector(binDir) {
  const pgConfig = findPgConfig(binDir);
  if (!pgConfig) return false;
  const sharedir = run(pgConfig, ['--sharedir']);
  const pkglibdir = run(pgConfig, ['--pkglibdir']);
  if (!sharedir || !pkglibdir) return false;
  return (
    fs.existsSync(path.join(sharedir, 'extension', 'vector.control')) &&
    fs.existsSync(path.join(pkglibdir, 'vector.so'))
  );
}

function findTesseract() {
  return which('tesseract');
}

function findPdftoppm() {
  return which('pdftoppm');
}

/** The browser the web app's tests drive: CHROMIUM_PATH, else Debian's package, else one on PATH. */
function findChromium() {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) return isExecutable(configured) ? configured : null;
  if (isExecutable('/usr/bin/chromium')) return '/usr/bin/chromium';
  return which('chromium') || which('chromium-browser');
}

/** uid/gid of an OS user, read from /etc/passwd (no native module needed). */
function lookupUser(name) {
  try {
    for (const line of fs.readFileSync('/etc/passwd', 'utf8').split('\n')) {
      const parts = line.split(':');
      if (parts[0] === name && parts.length >= 4) return { name, uid: Number(parts[2]), gid: Number(parts[3]) };
    }
  } catch {
    /* not a Unix with /etc/passwd */
  }
  return null;
}

module.exports = {
  TEMPORAL_CLI_VERSION,
  TEMPORAL_CLI_MODULE,
  POSTGRES_MAJOR,
  MINIO_MODULE,
  MINIO_VERSION,
  findMinio,
  which,
  isExecutable,
  goBinDir,
  findTemporalCli,
  findRedisServer,
  findPostgresBinDir,
  findPgConfig,
  hasPgvector,
  findTesseract,
  findPdftoppm,
  findChromium,
  lookupUser,
};

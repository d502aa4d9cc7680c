#!/usr/bin/env node
/**
 * `npm run train:titles` retrains the lexical title classifier; `npm run train:title-encoder`
 * (this script with `encoder`) fine-tunes the title encoder. Each makes a private virtualenv under
 * .data/ with its pinned requirements (PyPI only), then runs its trainer:
 * - train_title_classifier.py rewrites data/hermes/title-model.json.gz and the golden file (a few
 *   minutes on 2 cores);
 * - train_title_encoder.py rewrites data/hermes/title-encoder-<base>.onnx, title-encoder.json and
 *   title-encoder-tokenizer.json.gz (about 45 minutes per base model on 2 cores; PyTorch is a
 *   large download). It
 *   fine-tunes each pretrained model named in title-encoder-base.json, which this script fetches
 *   from Maven Central first (checked by sha256) into models/.
 * Nothing at run time needs Python.
 */
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { installModel, modelsDir } = require('../models.cjs');
const { runStep } = require('../run-step.cjs');

const root = path.resolve(__dirname, '..', '..');
const encoder = process.argv[2] === 'encoder';
const venv = path.join(root, '.data', encoder ? 'hermes-encoder-venv' : 'hermes-venv');
const python = path.join(venv, 'bin', 'python');
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit', cwd: root });

if (!fs.existsSync(python)) {
  fs.mkdirSync(path.dirname(venv), { recursive: true });
  run(process.env.PYTHON ?? 'python3', ['-m', 'venv', venv]);
}
const requirements = encoder ? 'requirements-encoder.txt' : 'requirements.txt';

async function main() {
  const args = [];
  if (encoder) {
    const log = (message) => process.stdout.write(`[train] ${message}\n`);
    const runWithProgress = (label, cmd, argv, options = {}) =>
      runStep(label, cmd, argv, { cwd: root, log, isTTY: Boolean(process.stdout.isTTY), ...options });
    for (const base of require('./title-encoder-base.json').models) {
      const dir = path.join(modelsDir(), base.dir);
      await installModel({ log, runWithProgress }, base, dir);
      args.push('--base', dir);
    }
  }
  run(python, ['-m', 'pip', 'install', '--quiet', '-r', path.join(__dirname, requirements)]);
  run(python, [path.join(__dirname, encoder ? 'train_title_encoder.py' : 'train_title_classifier.py'), ...args]);
}

main().catch((err) => {
  process.stderr.write(`${err.message}\n`);
  process.exit(1);
});

#!/usr/bin/env node
/**
 * `npm run train:titles` retrains the lexical title classifier; `npm run train:title-encoder`
 * (this script with `encoder`) fine-tunes the title encoder. Each makes a private virtualenv under
 * .data/ with its pinned requirements (PyPI only), then runs its trainer:
 * - train_title_classifier.py rewrites data/hermes/title-model.json.gz and the golden file (a few
 *   minutes on 2 cores);
 * - train_title_encoder.py rewrites data/hermes/title-encoder.onnx, title-encoder.json and
 *   title-encoder-tokenizer.json.gz (about 35 minutes on 2 cores; PyTorch is a large download). It
 *   reads the pretrained model the bootstrap installs under models/.
 * Nothing at run time needs Python.
 */
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

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
run(python, ['-m', 'pip', 'install', '--quiet', '-r', path.join(__dirname, requirements)]);
run(python, [path.join(__dirname, encoder ? 'train_title_encoder.py' : 'train_title_classifier.py')]);

#!/usr/bin/env node
/**
 * `npm run train:titles`: retrains the title classifier reproducibly. Makes a private virtualenv
 * under .data/hermes-venv with the pinned requirements (PyPI only), then runs
 * train_title_classifier.py, which rewrites data/hermes/title-model.json.gz and the golden file.
 * Run time on 2 cores: a few minutes. Nothing at run time needs Python.
 */
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
const venv = path.join(root, '.data', 'hermes-venv');
const python = path.join(venv, 'bin', 'python');
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit', cwd: root });

if (!fs.existsSync(python)) {
  fs.mkdirSync(path.dirname(venv), { recursive: true });
  run(process.env.PYTHON ?? 'python3', ['-m', 'venv', venv]);
}
run(python, ['-m', 'pip', 'install', '--quiet', '-r', path.join(__dirname, 'requirements.txt')]);
run(python, [path.join(__dirname, 'train_title_classifier.py')]);

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TITLE_ENCODER_DIR, loadTitleEncoder, loadTitleEncoderFrom } from './title-encoder';

const best = (logProbabilities: Float32Array, codes: readonly string[]): [string, number] => {
  let at = 0;
  for (let i = 1; i < logProbabilities.length; i++) if (logProbabilities[i]! > logProbabilities[at]!) at = i;
  return [codes[at]!, Math.exp(logProbabilities[at]!)];
};

describe('the fine-tuned title encoder (shipped model, ONNX Runtime)', () => {
  const encoder = loadTitleEncoder();

  it('answers a probability for every occupation it was trained on', () => {
    const p = encoder.logProbabilities('registered nurse');
    expect(p).toHaveLength(encoder.codes.length);
    expect(encoder.codes.length).toBeGreaterThan(1000);
    const total = p.reduce((s, v) => s + Math.exp(v), 0);
    expect(total).toBeCloseTo(1, 3);
  });

  it.each([
    ['registered nurse', '29-1141.00'],
    ['sous chef', '35-1011.00'],
    ['software engineer', '15-1252.00'],
    ['carpenter apprentice', '47-2031.00'],
    ['elementary school teacher', '25-2021.00'],
    ['dental hygienist', '29-1292.00'],
  ])('reads %s as %s', (title, code) => {
    expect(best(encoder.logProbabilities(title), encoder.codes)[0]).toBe(code);
  });

  it('reads a word no O*NET title uses with what the pretrained model knows of it', () => {
    // "ballerina" is in none of the titles it was trained on (only in a held-out reported one).
    expect(best(encoder.logProbabilities('ballerina'), encoder.codes)[0]).toBe('27-2031.00');
  });

  it('cuts a title longer than it was trained on and still answers', () => {
    const long = Array.from({ length: 80 }, () => 'senior').join(' ') + ' nurse';
    expect(encoder.logProbabilities(long)).toHaveLength(encoder.codes.length);
    expect(encoder.logProbabilities('')).toHaveLength(encoder.codes.length);
  });

  it('is the same model each time it is loaded, and a folder without its files is an error', () => {
    expect(loadTitleEncoder()).toBe(encoder);
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'no-encoder-'));
    try {
      expect(() => loadTitleEncoderFrom(empty)).toThrow(/title encoder's files are missing/);
    } finally {
      fs.rmSync(empty, { recursive: true });
    }
  });

  it('averages the log-probabilities of the models it lists, and names a listed model that is missing', () => {
    const twice = fs.mkdtempSync(path.join(os.tmpdir(), 'two-encoders-'));
    try {
      const meta = JSON.parse(fs.readFileSync(path.join(TITLE_ENCODER_DIR, 'title-encoder.json'), 'utf8')) as {
        models: string[];
      };
      fs.copyFileSync(
        path.join(TITLE_ENCODER_DIR, 'title-encoder-tokenizer.json.gz'),
        path.join(twice, 'title-encoder-tokenizer.json.gz'),
      );
      fs.writeFileSync(
        path.join(twice, 'title-encoder.json'),
        JSON.stringify({ ...meta, models: ['a.onnx', 'b.onnx'] }),
      );
      expect(() => loadTitleEncoderFrom(twice)).toThrow(/files are missing: .*a\.onnx/);
      // The same model twice: the mean of two equal answers is that answer.
      for (const copy of ['a.onnx', 'b.onnx'])
        fs.copyFileSync(path.join(TITLE_ENCODER_DIR, meta.models[0]!), path.join(twice, copy));
      const pair = loadTitleEncoderFrom(twice).logProbabilities('pastry chef');
      const single = encoder.logProbabilities('pastry chef');
      for (let i = 0; i < single.length; i += 97) expect(pair[i]).toBeCloseTo(single[i]!, 4);
    } finally {
      fs.rmSync(twice, { recursive: true });
    }
  });

  it('fails a call with an error, not a wait, when its model cannot be loaded', () => {
    const broken = fs.mkdtempSync(path.join(os.tmpdir(), 'broken-encoder-'));
    try {
      for (const f of ['title-encoder.json', 'title-encoder-tokenizer.json.gz'])
        fs.copyFileSync(path.join(TITLE_ENCODER_DIR, f), path.join(broken, f));
      const { models } = JSON.parse(fs.readFileSync(path.join(broken, 'title-encoder.json'), 'utf8')) as {
        models: string[];
      };
      for (const model of models) fs.writeFileSync(path.join(broken, model), 'not a model');
      const encoder = loadTitleEncoderFrom(broken);
      expect(() => encoder.logProbabilities('nurse')).toThrow(/title encoder/);
    } finally {
      fs.rmSync(broken, { recursive: true });
    }
  });
});

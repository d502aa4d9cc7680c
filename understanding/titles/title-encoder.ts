import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { startWorkerThread } from '../../common/worker-thread';
import {
  CALL,
  channelBytes,
  encodeTitle,
  openChannel,
  waitForAnswer,
  type TitleEncoderThreadData,
} from './title-encoder-channel';

/**
 * Pretrained sentence encoders fine-tuned to name the O*NET occupation of a job title
 * (scripts/hermes/train_title_encoder.py): each is the encoder, mean pooling and one linear layer
 * over the occupations, trained on O*NET's titles with the held-out reported titles left out, and
 * the answer is their average. Where the lexical model knows a title by its words and letters,
 * these read it with what the pretrained models know of English: a word no O*NET title uses still
 * means something to them.
 */
export interface TitleEncoder {
  readonly version: string;
  /** The occupations, in the order of `logProbabilities`. */
  readonly codes: readonly string[];
  /** Log-probabilities over `codes` for a cleaned title (English, lower case). */
  logProbabilities(title: string): Float32Array;
}

export const TITLE_ENCODER_DIR = path.resolve(__dirname, '..', '..', 'data', 'hermes');
const META_FILE = 'title-encoder.json';
/** The models' WordPiece tokenizer (BERT's, which they share), shipped so the classifier needs nothing fetched. */
const TOKENIZER_FILE = 'title-encoder-tokenizer.json.gz';

const TitleEncoderMeta = z.object({
  version: z.string(),
  codes: z.array(z.string()).min(1),
  /** The models' ONNX files in the same folder, each answering over `codes` in this order. */
  models: z.array(z.string().regex(/^[\w.-]+\.onnx$/)).min(1),
  /** Word pieces per title, [CLS] and [SEP] included, as in training. */
  maxTokens: z.number().int().min(3),
});

/** How long a caller waits: the first call loads the models (about 1 s), later ones run them (a few ms). */
const FIRST_CALL_MS = 60_000;
const CALL_MS = 10_000;

let shipped: TitleEncoder | undefined;

/** The encoder shipped in data/hermes, loaded once per process. */
export function loadTitleEncoder(): TitleEncoder {
  shipped ??= loadTitleEncoderFrom(TITLE_ENCODER_DIR);
  return shipped;
}

/**
 * Loads an encoder's files (its metadata, tokenizer and models); a missing one is an error, as the
 * classifier was fitted with it.
 *
 * The models run on a thread of their own, and a call waits for it (Atomics.wait): title
 * classification is synchronous CPU work like the rest of a document's analysis, and one title is
 * a few word pieces, a few milliseconds. ONNX Runtime's Node API answers with promises; its thread
 * keeps them there. The thread does not keep the process alive.
 */
export function loadTitleEncoderFrom(dir: string): TitleEncoder {
  const missingOf = (files: readonly string[]): void => {
    const missing = files.filter((f) => !fs.existsSync(f));
    if (missing.length > 0) throw new Error(`the title encoder's files are missing: ${missing.join(', ')}`);
  };
  const [metaPath, tokenizer] = [META_FILE, TOKENIZER_FILE].map((f) => path.join(dir, f)) as [string, string];
  missingOf([metaPath, tokenizer]);
  const meta = TitleEncoderMeta.parse(JSON.parse(fs.readFileSync(metaPath, 'utf8')));
  const models = meta.models.map((f) => path.join(dir, f));
  missingOf(models);
  const shared = new SharedArrayBuffer(channelBytes(meta.codes.length));
  const channel = openChannel(shared, meta.codes.length);
  const data: TitleEncoderThreadData = {
    models,
    tokenizer,
    maxTokens: meta.maxTokens,
    classes: meta.codes.length,
    shared,
  };
  const thread = startWorkerThread(__filename, 'title-encoder-thread', data);
  thread.unref();
  let gone: string | null = null;
  thread.on('error', (err) => (gone = `the title encoder's thread failed: ${err.message}`));
  thread.on('exit', (code) => (gone ??= `the title encoder's thread exited (${code})`));
  let calls = 0;

  return {
    version: meta.version,
    codes: meta.codes,
    logProbabilities(title) {
      if (gone) throw new Error(gone);
      Atomics.store(channel.state, 0, CALL.posted);
      encodeTitle(channel, title);
      thread.postMessage('call');
      const answer = waitForAnswer(channel.state, calls++ === 0 ? FIRST_CALL_MS : CALL_MS);
      // A late answer would land on the next call's: a thread that did not answer is not asked again.
      if (answer === 'timed-out') gone = 'the title encoder did not answer in time';
      if (answer !== 'answered') throw new Error(gone ?? 'the title encoder failed on a title');
      return channel.scores.slice();
    },
  };
}

import fs from 'node:fs';
import * as ort from 'onnxruntime-node';
import { HirehoundError } from '../../common/errors';
import { EMBEDDING_DIMENSIONS, normalize } from './embedder';
import type { LocalEmbeddingModel } from '../../common/local-embedding-models';
import { miniLmFiles, miniLmProblem } from './minilm-files';
import { cutWordPieces, wordPieceTokenizer } from '../../common/wordpiece-tokenizer';

/** sentence-transformers' max_seq_length for this model: word pieces beyond it are cut, [SEP] kept. */
const MAX_TOKENS = 256;
/** Characters tokenised before the first try; 256 word pieces never need more in ordinary text. */
const FIRST_PASS_CHARS = 4096;
/**
 * Texts per model run inside one call: a call's texts are run in groups of similar length, so a
 * short text is not padded to the longest of the call. Measured at load 5–10 on two cores, CPU ms
 * per listing text (~80 word pieces): 21 for calls of 32 as they came, 11.6 / 9.3 / 8.5 / 8.3 /
 * 8.5 in runs of 16 / 8 / 4 / 2 / 1; per full text (256): 41 as one run of 32, 34 in runs of 4,
 * 35–36 in runs of 2 or 1 (docs/ingestion.md#where-the-time-goes).
 */
export const MODEL_RUN_SIZE = 4;

/** What the model needs to load; plain data, so it crosses to the model's thread as it is. */
export interface LocalMiniLmOptions {
  readonly modelsDir: string;
  /** The full model or its int8 quantization (same tokenizer, same pooling). */
  readonly model: LocalEmbeddingModel;
  /** ONNX Runtime intra-op threads; 0 lets it use every core. */
  readonly threads: number;
}

interface TokenizedText {
  readonly ids: number[];
}

/** A loaded model: texts in, unit vectors out. Runs on the thread that calls it. */
export interface MiniLmSession {
  embedBatch(texts: readonly string[]): Promise<Float32Array[]>;
  close(): Promise<void>;
}

/** sentence-transformers' similarity scale for this model, measured with bench/eval-matching.ts. */
export const MINILM_CALIBRATION = { unrelated: 0.1, strong: 0.7 } as const;

/**
 * all-MiniLM-L6-v2 through ONNX Runtime: BERT word pieces, the 6-layer encoder, mean pooling over
 * real (unpadded) tokens, L2 normalisation — what sentence-transformers does. ONNX Runtime's Node
 * binding runs a model synchronously on the calling thread, so the product calls this from a
 * thread of its own (local-minilm.ts), never from an event loop that serves anything else.
 */
export async function loadMiniLmSession(options: LocalMiniLmOptions): Promise<MiniLmSession> {
  const problem = miniLmProblem(options.modelsDir, options.model);
  if (problem) throw new HirehoundError('EMBEDDING_MODEL_INVALID', { message: problem });
  const files = miniLmFiles(options.modelsDir, options.model);
  const tokenizerJson = JSON.parse(fs.readFileSync(files.tokenizer, 'utf8')) as object;
  const tokenizer = wordPieceTokenizer(tokenizerJson);
  const sepId = tokenizer.token_to_id('[SEP]');
  if (sepId === undefined) throw new HirehoundError('EMBEDDING_MODEL_INVALID', { message: 'tokenizer has no [SEP]' });
  const session = await ort.InferenceSession.create(files.model, {
    graphOptimizationLevel: 'all',
    ...(options.threads > 0 ? { intraOpNumThreads: options.threads } : {}),
    // Idle pool threads wait instead of spinning: on a shared two-core machine the spin burns the
    // CPU the main thread's analysis (and other processes) need, for little latency.
    extra: { session: { intra_op: { allow_spinning: '0' } } },
  });
  const outputName = session.outputNames[0];
  if (outputName === undefined) throw new HirehoundError('EMBEDDING_MODEL_INVALID', { message: 'model has no output' });

  const tokenize = (text: string): TokenizedText => {
    const encode = (t: string): number[] => tokenizer.encode(t).ids;
    let ids = encode(text.length > FIRST_PASS_CHARS ? text.slice(0, FIRST_PASS_CHARS) : text);
    if (ids.length < MAX_TOKENS && text.length > FIRST_PASS_CHARS) ids = encode(text);
    return { ids: cutWordPieces(ids, MAX_TOKENS, sepId) };
  };

  /** One model run: the texts padded to the longest of them, mean-pooled over their real tokens. */
  const embedRun = async (tokenized: readonly TokenizedText[]): Promise<Float32Array[]> => {
    const batch = tokenized.length;
    const seq = Math.max(...tokenized.map((t) => t.ids.length));
    const inputIds = new BigInt64Array(batch * seq);
    const mask = new BigInt64Array(batch * seq);
    tokenized.forEach((t, b) => {
      t.ids.forEach((id, i) => {
        inputIds[b * seq + i] = BigInt(id);
        mask[b * seq + i] = 1n;
      });
    });
    const feeds: Record<string, ort.Tensor> = {
      input_ids: new ort.Tensor('int64', inputIds, [batch, seq]),
      attention_mask: new ort.Tensor('int64', mask, [batch, seq]),
      token_type_ids: new ort.Tensor('int64', new BigInt64Array(batch * seq), [batch, seq]),
    };
    const output = (await session.run(feeds))[outputName];
    if (!output || output.dims.length !== 3 || output.dims[2] !== EMBEDDING_DIMENSIONS) {
      throw new HirehoundError('EMBEDDING_MODEL_INVALID', {
        message: `unexpected model output dims ${JSON.stringify(output?.dims)}`,
      });
    }
    const hidden = output.data as Float32Array;
    return tokenized.map((t, b) => {
      const pooled = new Float32Array(EMBEDDING_DIMENSIONS);
      for (let i = 0; i < t.ids.length; i++) {
        const offset = (b * seq + i) * EMBEDDING_DIMENSIONS;
        for (let d = 0; d < EMBEDDING_DIMENSIONS; d++)
          pooled[d] = (pooled[d] as number) + (hidden[offset + d] as number);
      }
      for (let d = 0; d < EMBEDDING_DIMENSIONS; d++) pooled[d] = (pooled[d] as number) / t.ids.length;
      return normalize(pooled);
    });
  };

  return {
    async embedBatch(texts) {
      const tokenized = texts.map(tokenize);
      const vectors: Float32Array[] = new Array<Float32Array>(tokenized.length);
      for (const run of runsBySimilarLength(
        tokenized.map((t) => t.ids.length),
        MODEL_RUN_SIZE,
      )) {
        const pooled = await embedRun(run.map((i) => tokenized[i] as TokenizedText));
        run.forEach((i, k) => (vectors[i] = pooled[k] as Float32Array));
      }
      return vectors;
    },
    close: () => session.release(),
  };
}

/**
 * The indexes of texts of these token lengths, shortest first, cut into runs of at most `size`:
 * a run is padded to its longest text, so neighbours in length waste the least. The caller puts
 * each run's vectors back at the indexes it gets.
 */
export function runsBySimilarLength(lengths: readonly number[], size: number): number[][] {
  const order = lengths.map((_, i) => i).sort((a, b) => (lengths[a] as number) - (lengths[b] as number) || a - b);
  const runs: number[][] = [];
  for (let i = 0; i < order.length; i += size) runs.push(order.slice(i, i + size));
  return runs;
}

import fs from 'node:fs';
import zlib from 'node:zlib';
import { parentPort, workerData } from 'node:worker_threads';
import * as ort from 'onnxruntime-node';
import { cutWordPieces, wordPieceTokenizer } from '../../common/wordpiece-tokenizer';
import {
  CALL,
  TitleEncoderThreadData,
  decodeTitle,
  type TitleEncoderChannel,
  openChannel,
} from './title-encoder-channel';

/**
 * The title encoder's thread (title-encoder.ts): loads the models, then answers each title the
 * caller posts by writing the models' averaged log-probabilities into the shared channel and waking
 * the caller.
 */
async function serve(channel: TitleEncoderChannel, data: TitleEncoderThreadData): Promise<void> {
  const tokenizer = wordPieceTokenizer(
    JSON.parse(zlib.gunzipSync(fs.readFileSync(data.tokenizer)).toString('utf8')) as object,
  );
  const sepId = tokenizer.token_to_id('[SEP]');
  if (sepId === undefined) throw new Error('the title encoder tokenizer has no [SEP]');
  const sessions = await Promise.all(
    data.models.map((model) =>
      ort.InferenceSession.create(model, {
        graphOptimizationLevel: 'all',
        // One title is a few word pieces: a pool of threads costs more than it saves.
        intraOpNumThreads: 1,
        interOpNumThreads: 1,
        extra: { session: { intra_op: { allow_spinning: '0' } } },
      }),
    ),
  );
  const sum = new Float64Array(channel.scores.length);
  return new Promise<void>((_, reject) => {
    // Each message is one call: the title is in the channel.
    parentPort!.on('message', () => {
      void (async () => {
        const ids = cutWordPieces(tokenizer.encode(decodeTitle(channel)).ids, data.maxTokens, sepId);
        const feeds = {
          input_ids: new ort.Tensor(
            'int64',
            BigInt64Array.from(ids, (id) => BigInt(id)),
            [1, ids.length],
          ),
          attention_mask: new ort.Tensor('int64', new BigInt64Array(ids.length).fill(1n), [1, ids.length]),
        };
        sum.fill(0);
        for (const session of sessions) {
          const scores = (await session.run(feeds))[session.outputNames[0]!]?.data;
          if (!(scores instanceof Float32Array) || scores.length !== sum.length)
            throw new Error(
              `the title encoder answered ${String(scores?.length)} scores for ${sum.length} occupations`,
            );
          for (let i = 0; i < sum.length; i++) sum[i]! += scores[i]!;
        }
        averageLogProbabilities(sum, sessions.length, channel.scores);
        Atomics.store(channel.state, 0, CALL.answered);
        Atomics.notify(channel.state, 0);
      })().catch((err: unknown) => {
        Atomics.store(channel.state, 0, CALL.failed);
        Atomics.notify(channel.state, 0);
        reject(err instanceof Error ? err : new Error(String(err)));
      });
    });
  });
}

/**
 * The models' mean log-probability per occupation (the log of their geometric mean), normalized
 * again so the answer is a distribution.
 */
function averageLogProbabilities(sum: Float64Array, models: number, out: Float32Array): void {
  let top = -Infinity;
  for (let i = 0; i < sum.length; i++) top = Math.max(top, sum[i]! / models);
  let total = 0;
  for (let i = 0; i < sum.length; i++) total += Math.exp(sum[i]! / models - top);
  const norm = top + Math.log(total);
  for (let i = 0; i < sum.length; i++) out[i] = sum[i]! / models - norm;
}

const data = TitleEncoderThreadData.parse(workerData);
const channel = openChannel(data.shared, data.classes);
serve(channel, data).catch((err: unknown) => {
  // Wakes a caller that waits, then ends the thread: the caller sees the thread gone.
  Atomics.store(channel.state, 0, CALL.failed);
  Atomics.notify(channel.state, 0);
  throw err;
});

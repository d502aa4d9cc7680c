import { Worker } from 'node:worker_threads';
import { CALL, waitForAnswer } from './title-encoder-channel';

/**
 * A thread that answers as the title encoder's does, marking the answer and then waking the caller,
 * at a pace each message sets: how long it works before the mark, and how long it lingers between
 * the mark and the wake-up. It counts its answers in the second word.
 */
const SLOW_THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
const state = new Int32Array(workerData, 0, 2);
const pause = new Int32Array(new SharedArrayBuffer(4));
parentPort.on('message', ({ workMs, lingerMs }) => {
  Atomics.wait(pause, 0, 0, workMs);
  Atomics.add(state, 1, 1);
  Atomics.store(state, 0, ${CALL.answered});
  Atomics.wait(pause, 0, 0, lingerMs);
  Atomics.notify(state, 0);
});
`;

describe('the title encoder channel', () => {
  it("does not take the previous call's late wake-up for the answer to the next", async () => {
    const shared = new SharedArrayBuffer(8);
    const state = new Int32Array(shared, 0, 2);
    const thread = new Worker(SLOW_THREAD, { eval: true, workerData: shared });
    try {
      // Call 1: the caller sees the mark before it waits, and returns while the thread still lingers.
      Atomics.store(state, 0, CALL.posted);
      thread.postMessage({ workMs: 0, lingerMs: 300 });
      while (Atomics.load(state, 0) !== CALL.answered) Atomics.wait(state, 0, CALL.posted, 5);
      expect(waitForAnswer(state, 1000)).toBe('answered');
      expect(Atomics.load(state, 1)).toBe(1);
      // Call 2, posted at once: the thread's wake-up for call 1 comes first, its answer 300 ms later.
      Atomics.store(state, 0, CALL.posted);
      thread.postMessage({ workMs: 300, lingerMs: 0 });
      expect(waitForAnswer(state, 5000)).toBe('answered');
      expect(Atomics.load(state, 1)).toBe(2);
    } finally {
      await thread.terminate();
    }
  });

  it('says when no answer came in time, and when the call failed', () => {
    const state = new Int32Array(new SharedArrayBuffer(4));
    Atomics.store(state, 0, CALL.posted);
    expect(waitForAnswer(state, 20)).toBe('timed-out');
    Atomics.store(state, 0, CALL.failed);
    expect(waitForAnswer(state, 20)).toBe('failed');
  });
});

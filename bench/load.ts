/**
 * Load generation shared by the benchmarks and the load tests: many callers, each taking the next
 * task as soon as its previous one is answered (a closed loop, like workers polling a queue).
 */

/** Runs tasks 0 … count-1 with at most `concurrency` in flight; results in task order. */
export async function runPool<T>(count: number, concurrency: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results = new Array<T>(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) {
        const i = next++;
        results[i] = await task(i);
      }
    }),
  );
  return results;
}

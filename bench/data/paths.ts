import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
/**
 * ../shared/data beside the checkout (CI clones the project with shared/ beside it). Benchmarks
 * read third-party data there and never ship it (docs/benchmarks.md#data-sets-read-at-run-time).
 */
export const SHARED_DATA = path.resolve(process.env.HIREHOUND_SHARED_DATA ?? path.join(ROOT, '..', 'shared', 'data'));
/** Generated data kept between runs (vectors are the expensive part). */
export const BENCH_DATA = path.join(path.resolve(ROOT, process.env.HIREHOUND_DATA_DIR ?? '.data'), 'bench');

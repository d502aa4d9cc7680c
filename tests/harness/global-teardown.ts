import fs from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const state = globalThis.__HIREHOUND_INFRA__;
  if (!state) return;
  await Promise.all([state.infra.stop(), state.minio.stop()]);
  fs.rmSync(state.scratchDir, { recursive: true, force: true });
  globalThis.__HIREHOUND_INFRA__ = undefined;
}

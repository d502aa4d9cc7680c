import fs from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const state = globalThis.__HIREHOUND_INFRA__;
  if (!state) return;
  await state.infra.stop();
  fs.rmSync(state.scratchDir, { recursive: true, force: true });
  globalThis.__HIREHOUND_INFRA__ = undefined;
}

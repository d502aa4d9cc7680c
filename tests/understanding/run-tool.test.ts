import { Deadline } from '../../understanding/document/deadline';
import { runTool } from '../../understanding/document/run-tool';

/**
 * The kernel's limits on the reader's OS tools, not only the wall clock: a tool that spins or
 * allocates without end is stopped by its CPU or memory limit, long before the read's deadline,
 * with the typed refusal a crafted document gets.
 */
const generous = { cpuSeconds: 60, memoryBytes: 1024 * 1024 * 1024 };

describe('runTool', () => {
  it('stops a tool that burns its CPU seconds, well before the deadline', async () => {
    const deadline = new Deadline(120_000);
    const error: unknown = await runTool('sh', ['-c', 'while :; do :; done'], {
      deadline,
      maxOutputBytes: 1024,
      resources: { ...generous, cpuSeconds: 1 },
    }).catch((err: unknown) => err);
    expect(error).toMatchObject({ code: 'RESUME_TOO_COMPLEX', details: { tool: 'sh', cpuSeconds: 1 } });
    expect(deadline.remainingMs()).toBeGreaterThan(0);
  });

  it('stops a tool that allocates past its address-space limit', async () => {
    const error: unknown = await runTool('awk', ['BEGIN { s = "x"; while (1) s = s s }'], {
      deadline: new Deadline(120_000),
      maxOutputBytes: 1024,
      resources: { ...generous, memoryBytes: 64 * 1024 * 1024 },
    }).catch((err: unknown) => err);
    expect(error).toMatchObject({ code: 'RESUME_TOO_COMPLEX', details: { tool: 'awk' } });
  });

  it('runs a well-behaved tool under the same limits', async () => {
    const result = await runTool('sh', ['-c', 'echo fine'], {
      deadline: new Deadline(30_000),
      maxOutputBytes: 1024,
      resources: generous,
    });
    expect([result.code, result.stdout.toString().trim()]).toEqual([0, 'fine']);
  });
});

import { decideIndexAction } from './maintenance-database';

describe('decideIndexAction', () => {
  const limits = { minRecall: 0.9, maxBloat: 1 };
  it('rebuilds only past a threshold, and says which', () => {
    expect(decideIndexAction({ recall: 0.95, bloat: 0.2 }, limits).action).toBe('none');
    expect(decideIndexAction({ recall: 0.85, bloat: 0.2 }, limits)).toMatchObject({
      action: 'rebuilt',
      reason: expect.stringContaining('recall 0.850 < 0.9') as unknown,
    });
    expect(decideIndexAction({ recall: 0.99, bloat: 1.5 }, limits)).toMatchObject({
      action: 'rebuilt',
      reason: expect.stringContaining('bloat 1.50 > 1') as unknown,
    });
  });
  it('does nothing on what it could not measure', () => {
    expect(decideIndexAction({ recall: null, bloat: null }, limits).action).toBe('none');
  });
});

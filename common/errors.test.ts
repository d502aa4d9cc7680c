import { ERROR_CATALOGUE, HirehoundError, isErrorCode, isHirehoundError } from './errors';

describe('error catalogue', () => {
  it('has module-prefixed UPPER_SNAKE codes with valid statuses', () => {
    for (const [code, spec] of Object.entries(ERROR_CATALOGUE)) {
      expect(code).toMatch(/^[A-Z]+(_[A-Z0-9]+)+$/);
      expect(spec.status).toBeGreaterThanOrEqual(400);
      expect(spec.status).toBeLessThan(600);
      expect(spec.message.length).toBeGreaterThan(0);
    }
  });

  it('serialises as { error: { code, message } } and is recognised by shape', () => {
    const err = new HirehoundError('API_NOT_FOUND', { message: 'No such search', details: { id: 'x' } });
    expect(err.status).toBe(404);
    expect(err.toJSON()).toEqual({ error: { code: 'API_NOT_FOUND', message: 'No such search', details: { id: 'x' } } });
    const lookalike = { name: 'HirehoundError', code: 'API_NOT_FOUND', message: 'x' };
    expect(isHirehoundError(lookalike)).toBe(true);
    expect(isHirehoundError({ name: 'HirehoundError', code: 'NOT_A_CODE' })).toBe(false);
    expect(isErrorCode('INTERNAL_ERROR')).toBe(true);
    expect(isErrorCode('toString')).toBe(false);
  });
});

import { decodeCursor, encodeGlassdoorCursor, encodeIndeedCursor } from './cursor';

function codeOf(fn: () => unknown): unknown {
  try {
    fn();
    return undefined;
  } catch (err) {
    return (err as { code?: unknown }).code;
  }
}

describe('listing cursors', () => {
  it('round-trip per provider and refuse anything else', () => {
    expect(decodeCursor('indeed', encodeIndeedCursor(30))).toEqual({ p: 'indeed', start: 30 });
    expect(decodeCursor('glassdoor', encodeGlassdoorCursor(2, 'tok'))).toEqual({
      p: 'glassdoor',
      page: 2,
      token: 'tok',
    });
    expect(decodeCursor('indeed', undefined)).toBeUndefined();
    expect(codeOf(() => decodeCursor('indeed', encodeGlassdoorCursor(2, 'tok')))).toBe('API_VALIDATION_FAILED');
    expect(codeOf(() => decodeCursor('glassdoor', '!!!'))).toBe('API_VALIDATION_FAILED');
    expect(codeOf(() => decodeCursor('indeed', Buffer.from('{"p":"indeed","start":-5}').toString('base64url')))).toBe(
      'API_VALIDATION_FAILED',
    );
  });
});

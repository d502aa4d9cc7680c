import { findUnstorableText, unstorableReason } from './storable-text';

describe('unstorableReason', () => {
  it.each(['Zürich', 'München 👩‍💻', 'tab\tand\nlines\r\n', 'ترجمة ‮', ''])('accepts %j', (text) => {
    expect(unstorableReason(text)).toBeUndefined();
  });

  it.each([
    ['a\u0000b', /NUL/],
    ['\ud800', /surrogate/],
    ['x\udc00', /surrogate/],
    ['\ud83d\ud83d', /surrogate/],
    ['bell\u0007', /U\+0007/],
    ['esc\u001b[31m', /U\+001B/],
  ])('refuses %j', (text, reason) => {
    expect(unstorableReason(text)).toMatch(reason);
  });
});

describe('findUnstorableText', () => {
  it('finds the first offending value or key, with its path', () => {
    expect(findUnstorableText({ a: [{ b: 'ok' }, { c: 'x\u0000' }] })).toEqual({
      path: 'a.1.c',
      reason: 'contains a NUL character',
    });
    expect(findUnstorableText({ ['k\u0000']: 1 })?.reason).toMatch(/key/);
    expect(findUnstorableText({ a: 1, b: [true, null, 'fine'] })).toBeUndefined();
    expect(findUnstorableText('\ud800')).toEqual({ path: '', reason: expect.stringMatching(/surrogate/) as unknown });
  });

  it('refuses a nesting deeper than any request instead of walking it', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findUnstorableText(deep)?.reason).toMatch(/nested deeper/);
  });
});

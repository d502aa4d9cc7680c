import { Bm25Index } from './bm25';

describe('Bm25Index', () => {
  it('ranks documents by rare shared terms, normalised by length', () => {
    const index = new Bm25Index([
      'registered nurse emergency department night shift',
      'software engineer kubernetes golang services',
      'software engineer java services and more words to make this document long and diluted',
      'cashier retail store customers',
    ]);
    const scores = index.score('golang software engineer');
    const order = [...scores.keys()].sort((a, b) => (scores[b] as number) - (scores[a] as number));
    expect(order.slice(0, 2)).toEqual([1, 2]);
    expect(scores[0]).toBe(0);
    expect(scores[3]).toBe(0);
  });
});

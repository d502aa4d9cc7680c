import { lexicalTokens } from '../matching/embeddings/hashing';

/**
 * Okapi BM25 (k1 = 1.2, b = 0.75) over an inverted index: the keyword baseline of the matching
 * evaluation. Tokens are the hashing embedder's (lower-cased words, stopwords dropped).
 */
export class Bm25Index {
  private readonly postings = new Map<string, { doc: number; tf: number }[]>();
  private readonly lengths: number[];
  private readonly averageLength: number;

  constructor(
    documents: readonly string[],
    private readonly k1 = 1.2,
    private readonly b = 0.75,
  ) {
    this.lengths = documents.map((text, doc) => {
      const counts = new Map<string, number>();
      const tokens = lexicalTokens(text);
      for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
      for (const [term, tf] of counts) {
        let list = this.postings.get(term);
        if (!list) this.postings.set(term, (list = []));
        list.push({ doc, tf });
      }
      return tokens.length;
    });
    this.averageLength = this.lengths.reduce((s, l) => s + l, 0) / Math.max(1, this.lengths.length);
  }

  /** Scores of every document for the query (0 for documents sharing no term). */
  score(query: string): Float64Array {
    const scores = new Float64Array(this.lengths.length);
    const n = this.lengths.length;
    for (const term of new Set(lexicalTokens(query))) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5));
      for (const { doc, tf } of list) {
        const norm = 1 - this.b + (this.b * (this.lengths[doc] as number)) / this.averageLength;
        scores[doc] = (scores[doc] as number) + (idf * (tf * (this.k1 + 1))) / (tf + this.k1 * norm);
      }
    }
    return scores;
  }
}

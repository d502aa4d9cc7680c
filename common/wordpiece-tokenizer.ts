/** The part of @huggingface/tokenizers' Tokenizer the project uses (BERT word pieces). */
export interface WordPieceTokenizer {
  encode(text: string): { ids: number[] };
  token_to_id(token: string): number | undefined;
}

/**
 * The package's types are ESM-only, but it ships a CommonJS build for Node (its "require" export
 * condition), which is what this CommonJS project loads; the interface above is our typed view.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Tokenizer } = require('@huggingface/tokenizers') as {
  Tokenizer: new (tokenizerJson: object, tokenizerConfig: object) => WordPieceTokenizer;
};

/** A tokenizer from its tokenizer.json (parsed). */
export function wordPieceTokenizer(tokenizerJson: object): WordPieceTokenizer {
  return new Tokenizer(tokenizerJson, {});
}

/** Word pieces cut to `maxTokens` as BERT models are fed: the tail dropped, the closing [SEP] kept. */
export function cutWordPieces(ids: readonly number[], maxTokens: number, sepId: number): number[] {
  return ids.length > maxTokens ? [...ids.slice(0, maxTokens - 1), sepId] : [...ids];
}

/** What the main thread and the model's thread (minilm-thread.ts) say to each other. */
export type ToModelThread =
  { readonly kind: 'embed'; readonly id: number; readonly texts: readonly string[] } | { readonly kind: 'close' };

export type FromModelThread =
  | { readonly kind: 'ready' }
  | { readonly kind: 'failed'; readonly code: string | null; readonly message: string }
  | { readonly kind: 'vectors'; readonly id: number; readonly vectors: Float32Array[] }
  | { readonly kind: 'error'; readonly id: number; readonly code: string | null; readonly message: string };

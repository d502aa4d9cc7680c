/** Bounds on one document read, enforced on every path (docs/architecture.md#reading-documents). */
export interface ReadLimits {
  /** Largest file accepted, in bytes. */
  readonly maxBytes: number;
  /** Most pages read from a PDF; longer documents are refused, not truncated. */
  readonly maxPages: number;
  /** Most bytes a compressed container (DOCX) or an image may expand to. */
  readonly maxDecompressedBytes: number;
  /** Wall-clock budget for the whole read, OCR included. */
  readonly timeoutMs: number;
  /** Most pages sent through OCR in one document. */
  readonly maxOcrPages: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = Object.freeze({
  maxBytes: 10 * 1024 * 1024,
  maxPages: 20,
  maxDecompressedBytes: 50 * 1024 * 1024,
  timeoutMs: 30_000,
  maxOcrPages: 10,
});

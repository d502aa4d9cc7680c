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
  /** Most characters of text one document may hold (a resume of 30 dense pages holds ~150,000). */
  readonly maxTextChars: number;
  /** CPU seconds one run of an OS tool (poppler, Tesseract) may use before the kernel stops it. */
  readonly toolCpuSeconds: number;
  /** Address space one run of an OS tool may map (RLIMIT_AS), in bytes. */
  readonly toolMemoryBytes: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = Object.freeze({
  maxBytes: 10 * 1024 * 1024,
  maxPages: 20,
  maxDecompressedBytes: 50 * 1024 * 1024,
  timeoutMs: 30_000,
  maxOcrPages: 10,
  maxTextChars: 200_000,
  toolCpuSeconds: 10,
  toolMemoryBytes: 1024 * 1024 * 1024,
});

import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { HirehoundError } from '../../common/errors';
import { Deadline } from './deadline';
import { readDocx } from './docx';
import {
  claimsUnsupportedType,
  declaredFormat,
  isTextual,
  sniffType,
  type DocumentFormat,
  type SniffedType,
} from './file-type';
import { htmlToText } from './html-text';
import { checkImageExpansion, readImageSize } from './image-size';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './limits';
import { recogniseImage } from './ocr';
import { readPdf } from './pdf';
import { decodeText, markdownToText, tidyText } from './plain-text';
import { checkExtraction, resumeSignal, type ResumeSignal } from './text-quality';

export type ReadMethod = 'text-layer' | 'ocr' | 'text-layer+ocr' | 'docx' | 'html' | 'markdown' | 'plain-text';

/** What the Document Reader returns: the text and how far to trust it. */
export interface DocumentReading {
  readonly text: string;
  readonly format: DocumentFormat;
  readonly method: ReadMethod;
  readonly pages: number;
  /** How many pages went through OCR. */
  readonly ocrPages: number;
  readonly quality: {
    /** 0..1: the extraction's own confidence (1 for a clean text layer, Tesseract's mean word confidence for OCR). */
    readonly extractionConfidence: number;
    readonly contentChars: number;
    readonly resume: ResumeSignal;
  };
  readonly warnings: readonly string[];
  readonly elapsedMs: number;
}

/** An upload as it arrives: bytes plus what the client claims about them. */
export const DocumentInput = z.object({
  bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'bytes must be a Uint8Array'),
  fileName: z.string().max(255).optional(),
  mediaType: z.string().max(255).optional(),
});
export type DocumentInput = z.infer<typeof DocumentInput>;

const UNSUPPORTED_MESSAGES: Partial<Record<SniffedType, string>> = {
  'legacy-office': 'Old binary Word documents (.doc) are not supported: save the resume as DOCX or PDF',
  opendocument: 'OpenDocument files are not supported: save the resume as DOCX or PDF',
  image: 'Only PNG and JPEG images are supported',
  svg: 'SVG images are not supported: upload the resume as PDF, DOCX or text',
  zip: 'ZIP archives are not supported: upload the resume itself',
  binary: 'The file is not a document',
};

/**
 * Settles the format: the bytes decide, the claim can only refuse. A file that claims to be a PDF,
 * DOCX or image but is not gets RESUME_TYPE_MISMATCH; the text family (plain, Markdown, HTML) is
 * refined by content.
 */
function resolveFormat(sniffed: SniffedType, input: DocumentInput): DocumentFormat {
  const claimed = declaredFormat(input.fileName, input.mediaType);
  if (sniffed === 'encrypted-office') throw new HirehoundError('RESUME_ENCRYPTED');
  if (claimsUnsupportedType(input.fileName, input.mediaType))
    throw new HirehoundError('RESUME_UNSUPPORTED_TYPE', {
      message: UNSUPPORTED_MESSAGES.svg,
      details: { detected: sniffed },
    });
  const supported = ['pdf', 'docx', 'html', 'markdown', 'text', 'png', 'jpeg'].includes(sniffed);
  if (!supported) {
    if (claimed === 'docx' && sniffed === 'zip') {
      throw new HirehoundError('RESUME_CORRUPT', { message: 'The DOCX file has no document part' });
    }
    if (claimed && !isTextual(claimed) && sniffed === 'binary') {
      throw new HirehoundError('RESUME_TYPE_MISMATCH', {
        message: `The file is named or labelled as ${claimed.toUpperCase()} but its content is not`,
        details: { claimed },
      });
    }
    throw new HirehoundError('RESUME_UNSUPPORTED_TYPE', {
      ...(UNSUPPORTED_MESSAGES[sniffed] ? { message: UNSUPPORTED_MESSAGES[sniffed] } : {}),
      details: { detected: sniffed },
    });
  }
  const format = sniffed as DocumentFormat;
  if (!claimed || claimed === format) return format;
  // Within the text family the claim decides, except that markup is markup: a .txt holding HTML
  // is read as HTML (its tags are not text), a .txt with bullet lists stays plain text.
  if (isTextual(claimed) && isTextual(format)) return format === 'html' ? 'html' : claimed;
  throw new HirehoundError('RESUME_TYPE_MISMATCH', {
    message: `The file is named or labelled as ${claimed.toUpperCase()} but its content is ${format.toUpperCase()}`,
    details: { claimed, detected: format },
  });
}

interface Extraction {
  readonly text: string;
  readonly method: ReadMethod;
  readonly pages: number;
  readonly ocrPages: number;
  readonly confidence: number;
  readonly warnings: readonly string[];
}

async function extract(
  format: DocumentFormat,
  bytes: Buffer,
  limits: ReadLimits,
  deadline: Deadline,
): Promise<Extraction> {
  switch (format) {
    case 'text':
    case 'markdown':
    case 'html': {
      const decoded = decodeText(bytes);
      const text = format === 'html' ? htmlToText(decoded) : format === 'markdown' ? markdownToText(decoded) : decoded;
      return {
        text,
        method: format === 'text' ? 'plain-text' : format,
        pages: 1,
        ocrPages: 0,
        confidence: 1,
        warnings: [],
      };
    }
    case 'docx': {
      const { text, warnings } = await readDocx(bytes, limits);
      return { text, method: 'docx', pages: 1, ocrPages: 0, confidence: 1, warnings };
    }
    case 'pdf':
    case 'png':
    case 'jpeg':
      return withWorkDir(async (dir) => {
        if (format === 'pdf') {
          const pdf = await readPdf(bytes, dir, limits, deadline);
          const ocrCount = pdf.ocrPages.length;
          return {
            text: pdf.pageTexts.join('\n\n'),
            method: ocrCount === 0 ? 'text-layer' : ocrCount === pdf.pages ? 'ocr' : 'text-layer+ocr',
            pages: pdf.pages,
            ocrPages: ocrCount,
            confidence: pdf.ocrConfidence ?? 1,
            warnings: pdf.warnings,
          };
        }
        checkImageExpansion(readImageSize(bytes, format), limits.maxDecompressedBytes);
        const file = path.join(dir, `image.${format === 'png' ? 'png' : 'jpg'}`);
        await fs.writeFile(file, bytes);
        const ocr = await recogniseImage(file, deadline);
        return { text: ocr.text, method: 'ocr', pages: 1, ocrPages: 1, confidence: ocr.confidence, warnings: [] };
      });
  }
}

async function withWorkDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'hirehound-read-'));
  try {
    return await fn(dir);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/**
 * The Document Reader: PDF (text layer, OCR for pages without one), DOCX, plain text, Markdown,
 * HTML, PNG and JPEG (OCR). Enforces the limits and turns every way a file can be wrong into a
 * typed RESUME_* error; never returns text it did not find in the file.
 */
export async function readDocument(
  input: DocumentInput,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): Promise<DocumentReading> {
  const started = Date.now();
  const { bytes: raw } = DocumentInput.parse(input);
  const bytes = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  if (bytes.length === 0) throw new HirehoundError('RESUME_EMPTY');
  if (bytes.length > limits.maxBytes) {
    throw new HirehoundError('RESUME_TOO_LARGE', {
      message: `The file is ${bytes.length} bytes; at most ${limits.maxBytes} are accepted`,
      details: { sizeBytes: bytes.length, maxBytes: limits.maxBytes },
    });
  }
  const format = resolveFormat(sniffType(bytes), input);
  const deadline = new Deadline(limits.timeoutMs);
  const extraction = await extract(format, bytes, limits, deadline);
  deadline.check('extraction');

  const text = tidyText(extraction.text);
  const check = checkExtraction(text);
  if (!check.usable) {
    throw new HirehoundError(
      check.reason === 'empty' && extraction.ocrPages === 0 && format !== 'pdf' ? 'RESUME_EMPTY' : 'RESUME_NO_TEXT',
      {
        details: { format, method: extraction.method, reason: check.reason, ocrPages: extraction.ocrPages },
      },
    );
  }
  return {
    text,
    format,
    method: extraction.method,
    pages: extraction.pages,
    ocrPages: extraction.ocrPages,
    quality: {
      extractionConfidence: Math.round(extraction.confidence * 1000) / 1000,
      contentChars: check.contentChars,
      resume: resumeSignal(text),
    },
    warnings: extraction.warnings,
    elapsedMs: Date.now() - started,
  };
}

import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { HirehoundError } from '../../common/errors';
import { Deadline } from './deadline';
import { readDocx } from './docx';
import type { DocumentFormat } from './file-type';
import { htmlToText } from './html-text';
import { checkImageExpansion, readImageSize } from './image-size';
import { checkTextSize, inspectDocument, type DocumentInput } from './inspect';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './limits';
import { recogniseImage } from './ocr';
import { readPdf } from './pdf';
import { decodeText, markdownToText, tidyText } from './plain-text';
import { toolResources, type ToolBudget } from './run-tool';
import { checkExtraction, resumeSignal, type ResumeSignal } from './text-quality';

export { DocumentInput } from './inspect';

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
  budget: ToolBudget,
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
          const pdf = await readPdf(bytes, dir, limits, budget);
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
        const ocr = await recogniseImage(file, budget);
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
  const { bytes, format } = inspectDocument(input, limits);
  const deadline = new Deadline(limits.timeoutMs);
  const extraction = await extract(format, bytes, limits, { deadline, resources: toolResources(limits) });
  deadline.check('extraction');

  const text = tidyText(extraction.text);
  checkTextSize(text, limits);
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

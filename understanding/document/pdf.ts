import fs from 'node:fs/promises';
import path from 'node:path';
import { HirehoundError } from '../../common/errors';
import type { ReadLimits } from './limits';
import { rasterizePdfPage, recogniseImage } from './ocr';
import { checkPdfExpansion } from './pdf-streams';
import { runTool, type ToolBudget, type ToolResult } from './run-tool';
import { checkExtraction } from './text-quality';

export interface PdfReading {
  readonly pages: number;
  readonly pageTexts: readonly string[];
  /** 1-based pages whose text came from OCR. */
  readonly ocrPages: readonly number[];
  readonly ocrConfidence: number | null;
  readonly warnings: readonly string[];
}

const PASSWORD = /incorrect password|encrypted/i;

function failure(result: ToolResult, tool: string): HirehoundError {
  if (PASSWORD.test(result.stderr)) return new HirehoundError('RESUME_ENCRYPTED');
  return new HirehoundError('RESUME_CORRUPT', {
    message: 'The PDF is damaged and cannot be read',
    details: { tool, stderr: result.stderr.trim().slice(0, 300) },
  });
}

/**
 * Reads a PDF with poppler's command-line tools (maintained, fast, and killable on a deadline):
 * pdfinfo for the page count and encryption, pdftotext for the text layer, then OCR for each page
 * whose text layer is empty or garbled. Pages are never invented: a page with no usable text and
 * no OCR budget left stays empty and is reported in the warnings.
 */
export async function readPdf(
  bytes: Buffer,
  workDir: string,
  limits: ReadLimits,
  budget: ToolBudget,
): Promise<PdfReading> {
  // A flate bomb is refused here, in milliseconds, instead of by pdftotext at the deadline.
  checkPdfExpansion(bytes, limits.maxDecompressedBytes);
  const { deadline } = budget;
  const file = path.join(workDir, 'document.pdf');
  await fs.writeFile(file, bytes);
  const info = await runTool('pdfinfo', [file], { ...budget, maxOutputBytes: 64 * 1024 });
  if (info.code !== 0) throw failure(info, 'pdfinfo');
  const infoText = info.stdout.toString('utf8');
  const pages = Number(infoText.match(/^Pages:\s+(\d+)/m)?.[1] ?? NaN);
  if (!Number.isFinite(pages)) throw failure(info, 'pdfinfo');
  if (pages === 0) throw new HirehoundError('RESUME_EMPTY', { message: 'The PDF has no pages' });
  if (pages > limits.maxPages) {
    throw new HirehoundError('RESUME_TOO_MANY_PAGES', {
      message: `The PDF has ${pages} pages; at most ${limits.maxPages} are accepted`,
      details: { pages, maxPages: limits.maxPages },
    });
  }

  const extracted = await runTool('pdftotext', ['-enc', 'UTF-8', '-eol', 'unix', file, '-'], {
    ...budget,
    maxOutputBytes: limits.maxDecompressedBytes,
  });
  if (extracted.code !== 0) throw failure(extracted, 'pdftotext');
  // pdftotext ends every page with a form feed.
  const pageTexts = extracted.stdout.toString('utf8').split('\f').slice(0, pages);
  while (pageTexts.length < pages) pageTexts.push('');

  const unusable = pageTexts.flatMap((text, i) => (checkExtraction(text).usable ? [] : [i + 1]));
  const ocrPages = unusable.slice(0, limits.maxOcrPages);
  const warnings: string[] = [];
  if (unusable.length > ocrPages.length) {
    warnings.push(
      `${unusable.length - ocrPages.length} pages without a text layer were not OCRed (limit ${limits.maxOcrPages})`,
    );
  }
  let confidenceSum = 0;
  let words = 0;
  for (const page of ocrPages) {
    deadline.check('OCR');
    const image = await rasterizePdfPage(file, page, budget);
    const ocr = await recogniseImage(image, budget);
    await fs.rm(image, { force: true });
    // The text layer of this page was unusable, so whatever Tesseract recognised replaces it.
    if (ocr.words > 0) pageTexts[page - 1] = ocr.text;
    confidenceSum += ocr.confidence * ocr.words;
    words += ocr.words;
  }
  return {
    pages,
    pageTexts,
    ocrPages,
    ocrConfidence: ocrPages.length > 0 ? (words ? confidenceSum / words : 0) : null,
    warnings,
  };
}

import path from 'node:path';
import { HirehoundError } from '../../common/errors';
import type { Deadline } from './deadline';
import { runTool } from './run-tool';

export interface OcrText {
  readonly text: string;
  /** Mean Tesseract word confidence, 0..1 (0 when no word was recognised). */
  readonly confidence: number;
  readonly words: number;
}

/** Resolution pages are rasterized at: the usual sweet spot for Tesseract on body text. */
export const OCR_DPI = 250;

/**
 * Runs Tesseract (English) on one image file and rebuilds the text line by line from its TSV
 * output, which also carries a confidence per word; the mean is the OCR part of the quality signal.
 */
export async function recogniseImage(imagePath: string, deadline: Deadline): Promise<OcrText> {
  const result = await runTool('tesseract', [imagePath, 'stdout', '-l', 'eng', '--psm', '3', 'tsv'], {
    deadline,
    maxOutputBytes: 16 * 1024 * 1024,
  });
  if (result.code !== 0) {
    throw new HirehoundError('RESUME_CORRUPT', {
      message: 'The image could not be decoded for OCR',
      details: { tool: 'tesseract', stderr: result.stderr.slice(0, 300) },
    });
  }
  const lines = new Map<string, string[]>();
  let confidenceSum = 0;
  let words = 0;
  for (const row of result.stdout.toString('utf8').split('\n').slice(1)) {
    const cells = row.split('\t');
    if (cells.length < 12 || cells[0] !== '5') continue;
    const word = cells[11]?.trim();
    const conf = Number(cells[10]);
    if (!word || !(conf >= 0)) continue;
    const key = `${cells[1]}.${cells[2]}.${cells[3]}.${cells[4]}`;
    const line = lines.get(key);
    if (line) line.push(word);
    else lines.set(key, [word]);
    confidenceSum += conf;
    words++;
  }
  // Map insertion order is Tesseract's reading order; a blank line between blocks keeps paragraphs apart.
  let text = '';
  let lastBlock = '';
  for (const [key, line] of lines) {
    const block = key.split('.').slice(0, 2).join('.');
    if (text && block !== lastBlock) text += '\n';
    text += `${line.join(' ')}\n`;
    lastBlock = block;
  }
  return { text, confidence: words ? confidenceSum / words / 100 : 0, words };
}

/** Renders one PDF page to a grayscale PNG for OCR and returns the image path. */
export async function rasterizePdfPage(pdfPath: string, page: number, deadline: Deadline): Promise<string> {
  const prefix = path.join(path.dirname(pdfPath), `page-${page}`);
  const result = await runTool(
    'pdftoppm',
    ['-r', String(OCR_DPI), '-gray', '-png', '-f', String(page), '-l', String(page), '-singlefile', pdfPath, prefix],
    { deadline, maxOutputBytes: 1024 },
  );
  if (result.code !== 0) {
    throw new HirehoundError('RESUME_CORRUPT', {
      message: `Page ${page} of the PDF could not be rendered`,
      details: { tool: 'pdftoppm', stderr: result.stderr.slice(0, 300) },
    });
  }
  return `${prefix}.png`;
}

import path from 'node:path';
import { HirehoundError } from '../../common/errors';
import { runTool, type ToolBudget } from './run-tool';

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
export async function recogniseImage(imagePath: string, budget: ToolBudget): Promise<OcrText> {
  const result = await runTool('tesseract', [imagePath, 'stdout', '-l', 'eng', '--psm', '3', 'tsv'], {
    ...budget,
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

/**
 * The longest side of a rendered page, in pixels: a Letter page at OCR_DPI is 2,750; a page whose
 * MediaBox claims metres would otherwise be rendered at the same resolution into gigabytes.
 */
export const OCR_MAX_PIXELS = 3500;

/** Renders one PDF page to a grayscale PNG for OCR and returns the image path. */
export async function rasterizePdfPage(pdfPath: string, page: number, budget: ToolBudget): Promise<string> {
  const prefix = path.join(path.dirname(pdfPath), `page-${page}`);
  const result = await runTool(
    'pdftoppm',
    [
      '-r',
      String(OCR_DPI),
      '-scale-to',
      String(OCR_MAX_PIXELS),
      '-gray',
      '-png',
      '-f',
      String(page),
      '-l',
      String(page),
      '-singlefile',
      pdfPath,
      prefix,
    ],
    { ...budget, maxOutputBytes: 1024 },
  );
  if (result.code !== 0) {
    throw new HirehoundError('RESUME_CORRUPT', {
      message: `Page ${page} of the PDF could not be rendered`,
      details: { tool: 'pdftoppm', stderr: result.stderr.slice(0, 300) },
    });
  }
  return `${prefix}.png`;
}

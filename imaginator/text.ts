/**
 * How the Imaginator reads lines: a resume's own lines (the evidence it quotes and the bullets it
 * builds on), and the comparison of a suggested line with the resume's text, which must not depend
 * on bullet marks, spacing, quote styles or dashes.
 */

import { escapeRegExp } from '../common/escape-regexp';

export interface ResumeLine {
  /** The line as written, without its bullet mark and surrounding spaces. */
  readonly text: string;
  /** Offset of `text` in the resume. */
  readonly start: number;
  readonly end: number;
  /** Written as a list item (a bullet mark or numbering in front). */
  readonly bulleted: boolean;
}

const BULLET = /^[\s]*(?:[-*•·–—▪◦●o]|\d{1,2}[.)])\s+/u;

export function resumeLines(text: string): ResumeLine[] {
  const lines: ResumeLine[] = [];
  let offset = 0;
  for (const raw of text.split('\n')) {
    const bullet = BULLET.exec(raw);
    const body = bullet ? raw.slice(bullet[0].length) : raw;
    const leading = raw.length - body.length + (body.length - body.trimStart().length);
    const trimmed = body.trim();
    if (trimmed) {
      lines.push({
        text: trimmed,
        start: offset + leading,
        end: offset + leading + trimmed.length,
        bulleted: bullet !== null,
      });
    }
    offset += raw.length + 1;
  }
  return lines;
}

/** The resume line an offset falls on. */
export function lineAt(lines: readonly ResumeLine[], offset: number): ResumeLine | undefined {
  return lines.find((l) => offset >= l.start && offset < l.end);
}

/** Lower case, one kind of quote and dash, bullet marks dropped, runs of spaces made one. */
export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[‐‑‒–—−]/g, '-')
    .split('\n')
    .map((line) => line.replace(BULLET, ''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Where `phrase` occurs in `text` as whole words (not inside a longer word). */
export function findPhrase(text: string, phrase: string, caseSensitive = false): { start: number; end: number }[] {
  if (!phrase.trim()) return [];
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`,
    caseSensitive ? 'gu' : 'giu',
  );
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

export const containsPhrase = (text: string, phrase: string, caseSensitive = false): boolean =>
  findPhrase(text, phrase, caseSensitive).length > 0;

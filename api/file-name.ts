/**
 * A client's file name as we keep and show it: NFC, without the characters that make a name lie
 * about itself (bidi overrides such as U+202E turn "cv‮fdp.exe" into "cvexe.pdf" on screen),
 * without C0/C1 controls or zero-width characters, and with path separators made harmless. The
 * name is only a label; the bytes decide what the file is (understanding/document/file-type.ts).
 */

// C0, DEL and C1 controls; bidi marks, embeddings, overrides and isolates; zero-width space, word
// joiner and BOM. Zero-width (non-)joiners stay: Persian, Indic scripts and emoji sequences need them.
// eslint-disable-next-line no-control-regex
const INVISIBLE_OR_CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

export function sanitizeFileName(name: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[\t\n\r]/g, ' ')
    .replace(INVISIBLE_OR_CONTROL, '')
    .replace(/[\\/]+/g, '_')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned || 'resume';
}

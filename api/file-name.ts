import { INVISIBLE_OR_CONTROL } from '../common/storable-text';

/**
 * A client's file name as we keep and show it: NFC, without the characters that make a name lie
 * about itself (bidi overrides such as U+202E turn "cv‮fdp.exe" into "cvexe.pdf" on screen),
 * without C0/C1 controls or zero-width characters, and with path separators made harmless. The
 * name is only a label; the bytes decide what the file is (understanding/document/file-type.ts).
 */
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

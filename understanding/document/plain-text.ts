import { repairMojibake } from './mojibake';

/**
 * Bytes to text for plain-text, Markdown and HTML uploads: UTF-8 (with or without BOM), UTF-16 with
 * a BOM, and Windows-1252 for the old files that are neither. Never throws: a file that decodes to
 * garbage is caught later by the quality check.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * Mis-decoded UTF-8 ("â€“", "Ã©"), line endings, NULs, non-breaking and zero-width spaces, trailing
 * blanks, runs of blank lines.
 */
export function tidyText(text: string): string {
  return (
    repairMojibake(text)
      .replace(/\r\n?/g, '\n')
      // NULs and zero-width characters carry no text and break downstream regexes.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000\u200b-\u200d\ufeff]/g, '')
      .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g, ' ')
      .replace(/[ ]+\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

/**
 * Markdown to the text a reader sees: link targets kept in parentheses (they are the profile's
 * links), emphasis, heading marks, code fences and table rules dropped.
 *
 * Every span a pattern looks for is bounded and stays on one line: an unbounded one (`[^\]]+`,
 * `.+?`) is tried again from every opening mark that never closes, which is quadratic in the
 * line's length: one line of "[[[[…" held a reader for the whole deadline.
 */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/```[^\n]*\n/g, '')
    .replace(/!\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)/g, '$1')
    .replace(/\[([^\]\n]{1,500})\]\(([^)\s]{1,2000})(?:[ \t]+"[^"\n]{0,500}")?\)/g, (_m, label: string, url: string) =>
      label === url ? url : `${label} (${url})`,
    )
    .replace(/^[ \t]{0,3}#{1,6}[ \t]+/gm, '')
    .replace(/^[ \t]{0,3}>[ \t]?/gm, '')
    .replace(/^[ \t]*\|?([ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*:?-*:?[ \t]*$/gm, '')
    .replace(/[ \t]*\|[ \t]*/g, ' | ')
    .replace(/(\*\*|__)([^\n]{1,500}?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^*_\n]{1,500})[*_](?=[\s).,;:!?]|$)/gm, '$1$2')
    .replace(/`([^`\n]{1,500})`/g, '$1')
    .replace(/^[ \t]*[-*+][ \t]+/gm, '• ')
    .replace(/^[ \t]*(-{3,}|\*{3,}|_{3,})[ \t]*$/gm, '');
}

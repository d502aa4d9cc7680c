import { htmlToText } from '../understanding/document/html-text';
import { withoutTracking } from './canonical-url';

/**
 * A posting's text as people read it and as the rest of the pipeline compares it: markup gone,
 * links without tracking parameters, and the boilerplate every posting of a board or employer
 * repeats (equal-opportunity statements, "apply now" lines, share buttons, hashtags) removed, so
 * that neither the duplicate check nor the completeness score is driven by it.
 */

/** Tags that only occur in markup: a description with one of them is HTML, not text. */
const LOOKS_LIKE_HTML = /<\/?(?:p|div|br|li|ul|ol|span|strong|b|em|h[1-6]|table|a\s)[^>]*>/i;

/**
 * Lines that carry no information about the job. Each is tested on a whole line (a paragraph in
 * most descriptions), and only lines shorter than BOILERPLATE_MAX_LINE are dropped, so a long
 * paragraph that merely mentions one of these phrases is kept.
 */
const BOILERPLATE: readonly RegExp[] = [
  /\bequal (?:employment )?opportunit(?:y|ies) employer\b/i,
  /\bwithout regard to (?:race|colou?r|religion|age|sex|gender)/i,
  /\b(?:eoe|eeo)\b.*\b(?:minorit|female|disab|veteran)/i,
  /\breasonable accommodations?\b.*\b(?:disabilit|applicants?|request)/i,
  /\bparticipates? in e-?verify\b/i,
  /\bwe (?:celebrate|embrace|value) diversity\b/i,
  /\ball qualified applicants will receive consideration\b/i,
  /^\s*(?:apply (?:now|today|here|online)|click (?:here|below) to apply|to apply,? (?:please )?(?:click|visit|go to))\b/i,
  /^\s*(?:share|save|report) (?:this )?(?:job|posting)\b/i,
  /^\s*posted \d+\+? (?:minutes?|hours?|days?|weeks?) ago\s*$/i,
  /^\s*(?:#[\w-]+\s*)+$/u,
  /^\s*#li-[\w-]+\s*$/i,
  /\bwe use cookies\b/i,
  /^\s*(?:job id|requisition id|req(?:uisition)? #?|reference(?: number)?)\s*[:#]?\s*[\w-]+\s*$/i,
];
const BOILERPLATE_MAX_LINE = 600;

/** Markdown marks that only decorate: headings, emphasis, rules, block quotes. */
function stripMarkdown(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label: string, href: string) =>
      label.trim() === href.trim() ? href : `${label} (${href})`,
    )
    .replace(/^\s{0,3}#{1,6}\s*/gm, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|\s)[*_](\S[^*_\n]*?)[*_](?=\s|$|[.,;:!?])/g, '$1$2')
    .replace(/^\s*[-*_]{3,}\s*$/gm, '')
    .replace(/^\s*>\s?/gm, '')
    .replace(/^\s*[*+•·▪●]\s+/gm, '- ');
}

const URL_IN_TEXT = /\bhttps?:\/\/[^\s)<>"']+/gi;

/** Plain text of a description given as HTML, Markdown or text. */
export function descriptionText(input: { readonly text?: string | null; readonly html?: string | null }): string {
  const html = input.html?.trim();
  const text = input.text ?? '';
  const plain = html ? htmlToText(html) : LOOKS_LIKE_HTML.test(text) ? htmlToText(text) : text;
  return stripMarkdown(plain.replace(/\r\n?/g, '\n'));
}

/** Drops boilerplate lines, tracking parameters and redundant whitespace. */
export function cleanText(text: string): string {
  const lines = text
    .replace(URL_IN_TEXT, (url) => withoutTracking(url))
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0\u200b]+/g, ' ').trim())
    .filter((line) => !(line.length <= BOILERPLATE_MAX_LINE && BOILERPLATE.some((p) => p.test(line))));
  // At most one empty line between paragraphs, none at the ends.
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A description as stored, compared and scored: the plain text, cleaned. */
export function cleanDescription(input: { readonly text?: string | null; readonly html?: string | null }): string {
  return cleanText(descriptionText(input));
}

/** A one-line field (title, company, location, snippet): markup and repeated whitespace removed. */
export function cleanLine(text: string | null | undefined): string {
  if (!text) return '';
  const plain = /[<&]/.test(text) ? htmlToText(text) : text;
  return plain
    .replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

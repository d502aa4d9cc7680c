/**
 * Signals about extracted text: is it usable at all (empty, or garbled as from a PDF whose fonts
 * lack a Unicode map), and does it read like a resume.
 */

export interface ExtractionCheck {
  readonly usable: boolean;
  readonly reason: 'ok' | 'empty' | 'garbled';
  /** Letters and digits, the part of the text that carries content. */
  readonly contentChars: number;
}

const MIN_CONTENT_CHARS = 25;

export function checkExtraction(text: string): ExtractionCheck {
  let content = 0;
  let bad = 0;
  let visible = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (/\s/.test(ch)) continue;
    visible++;
    if (/[\p{L}\p{N}]/u.test(ch)) content++;
    // Replacement characters, private-use glyph codes and stray controls are what a broken
    // font encoding leaves behind.
    if (c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff) || c < 0x20 || (c >= 0x7f && c < 0xa0)) bad++;
  }
  const cidRefs = (text.match(/\(cid:\d+\)/g) ?? []).length;
  if (content < MIN_CONTENT_CHARS) return { usable: false, reason: 'empty', contentChars: content };
  if ((bad + cidRefs * 6) / visible > 0.1) return { usable: false, reason: 'garbled', contentChars: content };
  // Text in a Latin script whose "words" mostly lack vowels is a shifted or substituted encoding.
  const words = text.match(/\p{L}{3,}/gu) ?? [];
  const latin = words.filter((w) => /^[A-Za-z]+$/.test(w));
  if (latin.length >= 20 && latin.length >= words.length * 0.6) {
    const plausible = latin.filter((w) => /[aeiouyAEIOUY]/.test(w)).length;
    if (plausible / latin.length < 0.7) return { usable: false, reason: 'garbled', contentChars: content };
  }
  return { usable: true, reason: 'ok', contentChars: content };
}

export interface ResumeSignal {
  readonly isResume: boolean;
  /** 0..1, how much the text reads like a resume rather than some other document. */
  readonly confidence: number;
  readonly evidence: readonly string[];
}

const RESUME_SECTIONS: readonly [string, RegExp][] = [
  [
    'experience',
    /^\s*(professional |work |relevant |employment )?(experience|employment history|work history|career history)\b/im,
  ],
  ['education', /^\s*(education|academic background|qualifications|education and training)\b/im],
  ['skills', /^\s*((technical |core |key )?skills|core competencies|competencies|technologies|skill highlights)\b/im],
  ['summary', /^\s*(summary|professional summary|profile|objective|career objective|about me|executive profile)\b/im],
  [
    'certifications',
    /^\s*(certifications?|licenses?|accomplishments|awards|projects|languages|interests|references)\b/im,
  ],
];

const POSTING_MARKERS =
  /\b(we are looking for|we're looking for|you will|you'll|about the role|what you'll do|how to apply|apply now|equal opportunity employer|our team|benefits include|job description)\b/gi;

/**
 * A transparent score rather than a model: resume section headings, date ranges, contact details
 * and a plausible length count for; job-posting phrasing counts against.
 */
export function resumeSignal(text: string): ResumeSignal {
  const evidence: string[] = [];
  let score = -2;
  for (const [name, pattern] of RESUME_SECTIONS) {
    if (pattern.test(text)) {
      evidence.push(`section:${name}`);
      score += 1.2;
    }
  }
  const ranges = (
    text.match(
      /\b(19|20)\d{2}\s*(?:-|–|—|to|until)\s*((19|20)\d{2}|present|current|now|today)\b|\b\d{1,2}\/(19|20)\d{2}\s*(?:-|–|to)\s*(\d{1,2}\/(19|20)\d{2}|present|current)\b/gi,
    ) ?? []
  ).length;
  if (ranges > 0) {
    evidence.push(`date-ranges:${ranges}`);
    score += Math.min(ranges, 4) * 0.6;
  }
  // Bounded quantifiers (an address part is at most 64 characters): an unbounded one backtracks
  // over a long run of word characters once per start position, quadratic in the line's length.
  if (/[\w.+-]{1,64}@[\w-]{1,63}\.[\w.]{1,63}/.test(text)) {
    evidence.push('email');
    score += 0.8;
  }
  if (/(\+?\d[\d ().-]{8,24}\d)/.test(text)) {
    evidence.push('phone');
    score += 0.4;
  }
  if (/linkedin\.com\/in\//i.test(text)) {
    evidence.push('linkedin');
    score += 0.5;
  }
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words >= 80 && words <= 6000) score += 0.5;
  else if (words < 40) score -= 1.5;
  const postingHits = (text.match(POSTING_MARKERS) ?? []).length;
  if (postingHits > 0) {
    evidence.push(`posting-phrases:${postingHits}`);
    score -= Math.min(postingHits, 5) * 0.7;
  }
  const confidence = 1 / (1 + Math.exp(-score));
  return { isResume: confidence >= 0.5, confidence: Math.round(confidence * 1000) / 1000, evidence };
}

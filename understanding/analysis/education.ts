import type { EducationLevel } from '../features';
import { EDUCATION_LEVELS } from '../onet/types';

export interface EducationMention {
  readonly level: EducationLevel;
  readonly text: string;
  readonly start: number;
}

/** Degree names as resumes and postings write them, most specific first within each language. */
const PATTERNS: readonly [EducationLevel, RegExp][] = [
  [
    'doctorate',
    /\b(ph\.?\s?d\.?|doctorate|doctoral|doctor of [a-z]+|d\.?phil|ed\.?d\.?|pharm\.?d\.?|juris doctor|j\.d\.)(?![a-z])/gi,
  ],
  [
    'master',
    /(?<![a-z.])\b(master'?s?|masters|mba|m\.b\.a\.?|m\.?sc\.?|m\.s\.?|m\.a\.?|m\.eng\.?|meng|m\.ed\.?|mph|msw|mfa|llm)(?![a-z])/gi,
  ],
  [
    'bachelor',
    /(?<![a-z.])\b(bachelor'?s?|bachelors|baccalaureate|b\.?sc\.?|b\.s\.?|bs\b|b\.a\.?|ba\b(?=\s*:| (in|degree|of))|b\.e\.?|b\.?eng\.?|b\.?tech|bba|b\.b\.a\.?|bfa|bsn|undergraduate degree|4-year degree|four-year degree)(?![a-z])/gi,
  ],
  [
    'associate',
    /(?<![a-z.])\b(associate'?s?\s*(degree|of|in\b|:|,\s*(applied|arts|science|general|nursing))|a\.a\.s?\.?|a\.s\.|two-year degree|2-year degree)(?![a-z])/gi,
  ],
  // "Diploma : Culinary Arts" is a trade's; "Diploma : General Studies … High School" is school's.
  [
    'certificate',
    /\b(certificate|certification program|(?<!school\s{0,2})diploma\s*(in\b|:(?![\s\S]{0,80}\b(high|h\.?s\b|sr\.|general|secondary|academy)))|vocational (training|diploma)|trade school)(?![a-z])/gi,
  ],
  // "High SchoolDiploma": text pulled from a PDF glues the words.
  ['high_school', /\b(high\s?school(\s?diploma)?|ged|secondary school|h\.s\. diploma)(?![a-z])/gi],
  // The other languages real postings use: French, German, Dutch, Spanish, Portuguese. Only the
  // words no English text uses otherwise: HBO is a network, VWO a testing tool, CAP a theorem, DUT
  // a device under test, and a baccalauréat is a Québec bachelor's as often as a French school exam.
  ['doctorate', /(?<![\p{L}])(doctorat|doctorado|doutorado|doutoramento)(?![\p{L}])/giu],
  ['master', /(?<![\p{L}])(máster|mestrado|diplom-ingenieur(in)?|dipl\.-ing\.?)(?![\p{L}])/giu],
  [
    'bachelor',
    /(?<![\p{L}])(licence (professionnelle|en|de|d')|licenciatura|bacharelado|grado en|hbo[- ](bachelor|opleiding|diploma))(?![\p{L}])/giu,
  ],
  ['associate', /(?<![\p{L}])(técnico superior)(?![\p{L}])/giu],
  [
    'certificate',
    /(?<![\p{L}])(ausbildung (zum|zur)|formación profesional|curso (técnico|profissional))(?![\p{L}])/giu,
  ],
  ['high_school', /(?<![\p{L}])(abitur|bachillerato)(?![\p{L}])/giu],
];

/**
 * Every degree mentioned, in text order. "Some college" is read from "coursework towards" /
 * "currently pursuing" phrasing next to a degree, which then counts one level lower.
 */
export function findEducation(text: string): EducationMention[] {
  const out: EducationMention[] = [];
  for (const [level, pattern] of PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const before = text.slice(Math.max(0, m.index - 40), m.index).toLowerCase();
      const unfinished =
        /(pursuing|coursework (towards|in)|working towards|candidate for|in progress|currently enrolled)/.test(before);
      out.push({ level: unfinished && level !== 'high_school' ? 'some_college' : level, text: m[0], start: m.index });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const rank = (level: EducationLevel): number => EDUCATION_LEVELS.indexOf(level);

export function highestEducation(mentions: readonly EducationMention[]): EducationLevel | null {
  return mentions.reduce<EducationLevel | null>(
    (best, m) => (best === null || rank(m.level) > rank(best) ? m.level : best),
    null,
  );
}

export function lowestEducation(mentions: readonly EducationMention[]): EducationLevel | null {
  return mentions.reduce<EducationLevel | null>(
    (low, m) => (low === null || rank(m.level) < rank(low) ? m.level : low),
    null,
  );
}

/**
 * How a document writes a span of time it was somewhere: "01/2014 to Current", "Jan 1996 - Oct
 * 1997", "2009 – 2012", "Summer 2019 until present", and in the other languages real postings use,
 * "Janvier 2018 – Aujourd'hui", "März 2015 bis heute", "mrt 2012 tot heden", "enero 2010 a
 * actualidad", "março de 2019 até o momento". One definition for every reader: the resume analysis
 * adds the spans up into experience (understanding/analysis/date-ranges.ts), the skill matcher
 * knows a job's heading by its span (understanding/skills/taxonomy.ts).
 */

/**
 * Month names and their abbreviations, English, French, German, Dutch, Spanish and Portuguese,
 * by month (0 = January); seasons count as their first month. Written as documents write them,
 * accents included.
 */
const MONTH_WORDS: readonly (readonly string[])[] = [
  ['jan', 'january', 'janvier', 'janv', 'januar', 'jänner', 'januari', 'enero', 'ene', 'janeiro', 'winter'],
  ['feb', 'february', 'février', 'fevrier', 'févr', 'fevr', 'februar', 'februari', 'febrero', 'fevereiro', 'fev'],
  ['mar', 'march', 'mars', 'märz', 'maerz', 'mär', 'maart', 'mrt', 'marzo', 'março', 'marco'],
  ['apr', 'april', 'avril', 'avr', 'abril', 'abr', 'spring'],
  ['may', 'mai', 'mei', 'mayo', 'maio'],
  ['jun', 'june', 'juin', 'juni', 'junio', 'junho'],
  ['jul', 'july', 'juillet', 'juil', 'juli', 'julio', 'julho', 'summer'],
  ['aug', 'august', 'août', 'aout', 'augustus', 'agosto', 'ago'],
  ['sep', 'sept', 'september', 'septembre', 'septiembre', 'setiembre', 'setembro', 'set'],
  ['oct', 'october', 'octobre', 'oktober', 'okt', 'octubre', 'outubro', 'out', 'fall', 'autumn'],
  ['nov', 'november', 'novembre', 'noviembre', 'novembro'],
  ['dec', 'december', 'décembre', 'decembre', 'déc', 'dezember', 'dez', 'diciembre', 'dic', 'dezembro'],
];

const MONTH_BY_WORD: ReadonlyMap<string, number> = new Map(
  MONTH_WORDS.flatMap((words, month) => words.map((w) => [w, month] as const)),
);

/** The month a word names ("Sept", "janvier", "März"), or undefined. */
export function monthOfWord(word: string): number | undefined {
  return MONTH_BY_WORD.get(word.toLowerCase().replace(/\.$/, ''));
}

// Longest first, so "june" is not read as "jun" and "janvier" not as "jan".
const MONTH = `(?:${[...MONTH_BY_WORD.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?`;
const YEAR = '(?:19[5-9]\\d|20[0-4]\\d)';
/** One end of a span: a month and year ("März 2015", "março de 2019"), a numeric month/year, or a year alone. */
const POINT = `(?:${MONTH}\\s*,?\\s*(?:de\\s+)?${YEAR}|\\d{1,2}\\s*/\\s*${YEAR}|${YEAR}\\s*[-/]\\s*\\d{1,2}(?!\\d)|${YEAR})`;
/**
 * An end still open, in every language a date can be written in here: present, aujourd'hui, heute,
 * heden, actualidad, atual… Text pulled from a PDF glues the next word on ("to CurrentDanone"), so
 * only the short words that open longer ones must end there ("2015 - Nuclear Engineer").
 */
export const OPEN =
  "(?:present|current(?:ly)?|now|today|date|ongoing|aujourd['’]hui|pr[ée]sent|actuel(?:lement)?|ce jour|en cours|heute|derzeit|aktuell|jetzt|heden|huidig|actualidad|actual(?:mente)?|presente|atual(?:mente)?|o momento|(?:nu|hoy|hoje)(?![a-zà-ÿ]))";
/** Words that join a span's two ends: to, until, à, bis, tot, hasta, até. */
const THROUGH = "(?:-|–|—|to|until|through|thru|~|à|au|jusqu['’]à|bis|tot|hasta|a|até|ate)";
/** A span, its two ends captured. */
export const DATE_RANGE_SOURCE = `(${POINT})\\s*${THROUGH}\\s*(${POINT}|${OPEN})`;

const ANY_RANGE = new RegExp(DATE_RANGE_SOURCE, 'i');

/** Whether a text holds a span of dates ("Administrative Assistant , 04/2020 to 02/2021"). */
export function hasDateRange(text: string): boolean {
  return ANY_RANGE.test(text);
}

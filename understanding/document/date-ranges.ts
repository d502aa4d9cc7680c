/**
 * How a document writes a span of time it was somewhere: "01/2014 to Current", "Jan 1996 - Oct
 * 1997", "2009 – 2012", "Summer 2019 until present". One definition for every reader: the resume
 * analysis adds the spans up into experience (understanding/analysis/date-ranges.ts), the skill
 * matcher knows a job's heading by its span (understanding/skills/taxonomy.ts).
 */

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|fall|autumn|winter)\\.?';
const YEAR = '(?:19[5-9]\\d|20[0-4]\\d)';
/** One end of a span: a month and year, a numeric month/year, or a year alone. */
const POINT = `(?:${MONTH}\\s*,?\\s*${YEAR}|\\d{1,2}\\s*/\\s*${YEAR}|${YEAR}\\s*[-/]\\s*\\d{1,2}(?!\\d)|${YEAR})`;
/** An end still open. */
export const OPEN = '(?:present|current(?:ly)?|now|today|date|ongoing)';
/** A span, its two ends captured. */
export const DATE_RANGE_SOURCE = `(${POINT})\\s*(?:-|–|—|to|until|through|thru|~)\\s*(${POINT}|${OPEN})`;

const ANY_RANGE = new RegExp(DATE_RANGE_SOURCE, 'i');

/** Whether a text holds a span of dates ("Administrative Assistant , 04/2020 to 02/2021"). */
export function hasDateRange(text: string): boolean {
  return ANY_RANGE.test(text);
}

/**
 * The fields a degree is in name what someone studied, not a skill they claim or a posting asks
 * for: "Master Degree in Accounting", "a bachelor's degree in communication, urban studies,
 * transportation planning, public policy, or other related fields", "B.S. in Nursing". The labelled
 * excerpts never count them (the skills named beside them, "CPA Licensed with 5+ years' experience
 * in financial reporting", they do), and a posting's list of acceptable majors read as skills asks
 * every applicant for business development and transportation management.
 */

/** A degree word, then "in" or "of" ("degree in", "Bachelor of Science in", "coursework in"). */
const DEGREE = new RegExp(
  [
    "\\b(?:degrees?|bachelor(?:['’]?s)?|master(?:['’]?s)?|doctorate|diploma|associate['’]?s|majors?|majored|majoring|minors?|minored|coursework|B\\.\\s?S\\.|B\\.\\s?A\\.|M\\.\\s?S\\.|M\\.\\s?A\\.|BSc|MSc|BS|BA|MBA|Ph\\.?\\s?D\\.?)",
    '(?:\\s+degrees?)?',
    '(?:\\s+of\\s+(?:science|arts|applied\\s+science|fine\\s+arts|business\\s+administration))?',
    '\\s+(?:in|of)\\s+',
  ].join(''),
  'gi',
);

/** Where the list of fields ends: the sentence or line, "or a related field", a requirement word. */
const FIELDS_END =
  /[.;:\n()]|\bor\s+(?:an?\s+|other\s+)?(?:closely\s+)?(?:related|equivalent|similar|relevant|comparable)\b|\b(?:preferred|required|with|from|plus|and\s+\d|is|are|a\s+plus)\b/i;

/**
 * A posting's education line, or the line after "Education:" alone: "Education: BE /B.Tech
 * Mechanical / Industrial Engineering, MBA (Supply chain /Operations)".
 */
const EDUCATION_LINE = /^[ \t*•-]*(?:\*\*)?(?:education|degree)(?:\*\*)?\s*:\s*[^\n]*/gim;

/** The spans of a text that name a degree's fields, as [start, end) pairs. */
export function degreeFieldSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(EDUCATION_LINE)) spans.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(DEGREE)) {
    const from = m.index + m[0].length;
    const rest = text.slice(from, from + 160);
    const end = FIELDS_END.exec(rest);
    spans.push([from, from + (end ? end.index : rest.length)]);
  }
  return spans;
}

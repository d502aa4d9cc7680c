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

/**
 * A resume's degree line as LiveCareer and many resume builders write it: the degree, then a
 * colon, then the field ("Bachelor of Science : Business Administration", "Associate's Degree :
 * General Studies", "Master of Science in Nursing : Family Nurse Practitioner"). The degree may
 * carry "degree", its own "of …" or "in …" and a parenthesized initialism, never a sentence; a
 * "Master Electrician:" or "Scrum Master:" is a job, not a degree.
 */
const DEGREE_COLON = new RegExp(
  [
    // A bachelor's or master's may stand alone before the colon ("Bachelor : Business").
    "(?:\\b(?:(?:bachelor|(?<!scrum\\s)master)(?:['’]?s)?|associate['’]?s|doctorate)(?:\\s+(?:degree|(?:of|in)\\s[^:\\n.]{1,50}?))?",
    // An associate or a doctor names its degree ("Associate of Arts :"): "Sales Associate:" is a job.
    '|\\b(?:associate|doctor)\\s+(?:degree|(?:of|in)\\s[^:\\n.]{1,50}?)',
    ')(?:\\s*\\([A-Za-z.]+\\))?\\s?:[ \\t]*',
  ].join(''),
  'gi',
);

/**
 * A degree's initials and its field: with a colon ("MBA : Finance", "B.S : Electrical
 * Engineering", "AAS : Culinary Arts") or before a capitalized word ("BS Accounting", "BSc
 * Nursing", "MBA Finance"). Case-sensitive: "ms" and "ba" are words too; a bare "MS" before a
 * colon or a word is Microsoft ("MS: Word, Excel", "MS Office"), and a bare "BA" before a word a
 * business analyst.
 */
const DEGREE_INITIALS =
  /\b(?:(?:B\.\s?S|B\.\s?A|M\.\s?S|M\.\s?A|BSc|MSc|BSN|BBA|BS|BA|MBA|AAS|A\.A\.S)\.?(?:\s?\([A-Z.]+\))?\s?:|(?:BSc|MSc|BSN|BBA|BS|MBA|B\.S\.|B\.A\.|M\.S\.)(?=\s+\p{Lu}\p{Ll}))[ \t]*/gu;

/**
 * Where a degree line's field ends: a year or month, a comma, a slash run into the next field's
 * line, the school ("University", "College"), a grade, a place, or the line's end.
 */
const FIELD_END =
  /[\n,;|(]|\b(?:19|20)\d\d\b|\b\d{1,2}\/\d|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|fall|winter|expected|GPA|city|state)\b|\p{Lu}[\p{L}.&'’-]*\s+(?:university|college|institute|academy)\b|\b(?:university|college|institute|academy|school)\b/iu;

/** From the end of each degree match, the span of the fields up to `end` or `reach` characters. */
function fieldsAfter(text: string, degrees: Iterable<RegExpExecArray>, end: RegExp, reach: number): [number, number][] {
  return [...degrees].map((m) => {
    const from = m.index + m[0].length;
    const rest = text.slice(from, from + reach);
    const stop = end.exec(rest);
    return [from, from + (stop ? stop.index : rest.length)];
  });
}

/** The spans of a text that name a degree's fields, as [start, end) pairs. */
export function degreeFieldSpans(text: string): [number, number][] {
  return [
    ...[...text.matchAll(EDUCATION_LINE)].map((m): [number, number] => [m.index, m.index + m[0].length]),
    ...fieldsAfter(text, text.matchAll(DEGREE_COLON), FIELD_END, 80),
    ...fieldsAfter(text, text.matchAll(DEGREE_INITIALS), FIELD_END, 80),
    ...fieldsAfter(text, text.matchAll(DEGREE), FIELDS_END, 160),
  ];
}

/**
 * A skill's name is also the name of a department one works with: "cross-functional teams (e.g.,
 * engineering, product, legal, finance)", "the Sales team", "align stakeholders, including Sales,
 * Marketing, Product and Finance", "partner with Marketing". Named there, it is no skill asked for
 * or claimed.
 */

/** "cross-functional teams (e.g., engineering, product, legal, finance)". */
const DEPARTMENT_LIST =
  /\b(?:teams?|departments?|functions?|groups?|stakeholders|partners)\s*\((?:e\.g\.|i\.e\.|such as|including|like)[^()\n]*$/i;

function inParenthesizedList(text: string, start: number): boolean {
  const open = text.lastIndexOf('(', start);
  return (
    open >= 0 &&
    start - open < 120 &&
    !text.slice(open, start).includes(')') &&
    DEPARTMENT_LIST.test(text.slice(Math.max(0, open - 40), start))
  );
}

/** Names a company's departments go by, as written (capitalized). */
const DEPARTMENT_NAME =
  /^(?:Sales|Marketing|Finance|Operations|Legal|Research|Product(?: Management)?|Engineering|Design|Support|Security|HR|Human Resources|Accounting|Procurement|Compliance|Customer (?:Success|Support|Service|Experience)|Business Development|Partnerships|Recruiting|Talent(?: Acquisition)?|People(?: Operations)?|Growth|Analytics|IT|Communications|Public Relations|PR|Data Science|Risk|Audit|Treasury|Payroll|Logistics|Supply Chain|Facilities|Training|Merchandising|Purchasing|Revenue Operations|DevOps|SRE|QA|Infrastructure|Platform)$/;

/** "the Sales team", "Sales and Marketing teams", "our Sales Engineering organization". */
const UNIT_AFTER =
  /^(?:\s*(?:,|&|and|\/)\s*[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)?)*(?:\s+[A-Z][\w&-]*)?\s+(?:teams?|departments?|dept\.?|org(?:anization)?s?|groups?|functions?|stakeholders|counterparts|colleagues|peers|units?|divisions?)\b/;

/** Working with others, after which a list of capitalized names is a list of departments. */
const WITH_OTHERS =
  /\b(?:work(?:s|ing|ed)?\s+(?:closely\s+)?with|collaborat\w*(?:\s+(?:closely\s+)?with)?|partner(?:s|ing|ed)?\s+(?:closely\s+)?with|align(?:s|ing|ed)?(?:\s+with)?|coordinat\w*\s+with|liais\w*\s+with|interfac\w*\s+with|cross-functional(?:ly)?|stakeholders|teams|departments|functions|across)\b/gi;

/** Between that cue and the name: only capitalized names, articles and list words. */
const LIST_BETWEEN =
  /^(?:[\s,&/:()-]|\b(?:the|our|your|their|local|global|internal|key|other|all|and|or|including|such as|like|with|from|e\.g\.|i\.e\.)\b|\b[A-Z][\w&.'-]*)*$/;

export function namesDepartment(text: string, m: { text: string; start: number; end: number }): boolean {
  if (inParenthesizedList(text, m.start)) return true;
  if (!DEPARTMENT_NAME.test(m.text)) return false;
  if (UNIT_AFTER.test(text.slice(m.end, m.end + 60))) return true;
  const before = text.slice(Math.max(0, m.start - 120), m.start);
  const sentenceStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('* '));
  const clause = sentenceStart >= 0 ? before.slice(sentenceStart + 1) : before;
  let cueEnd = -1;
  for (const cue of clause.matchAll(WITH_OTHERS)) cueEnd = cue.index + cue[0].length;
  return cueEnd >= 0 && LIST_BETWEEN.test(clause.slice(cueEnd));
}

import type { Seniority } from '../features';

const BY_TITLE: readonly [Seniority, RegExp][] = [
  ['intern', /\b(intern|internship|trainee|apprentice|werkstudent|stagiaire|alternance)\b/i],
  // An owner of a product, process or account, a business or talent partner, a funeral or
  // activities director are roles of their own, not a company's executives; a partner of a firm
  // ("Managing Partner", "Partner") is one.
  [
    'executive',
    /\b(chief|cto|ceo|cfo|coo|cio|ciso|cmo|vp|vice president|svp|evp|head of|president|founder)\b|(?<!\b(?:funeral|activit(?:y|ies)|music|choir|athletic)\s)\bdirector\b|(?<!\b(?:product|process|service|account|data|system|content|feature|platform|control|risk|project)\s)\bowner\b|(?<!\b(?:business|talent|care|people|hr|learning|channel|strategic|success|account|sales|solutions?|technology|alliances?|finance|recruiting|delivery|patient)\s)\bpartner\b(?![\s-]+(?:manager|development|marketing|engineer|success|sales|operations|specialist|lead|relations|enablement|programs?|account|associate|solutions|integrations?|support|ecosystem)\b)/i,
  ],
  // An architect of buildings or landscapes is a profession, and a research or teaching fellow a
  // trainee; a software architect or a distinguished or technical fellow is a level.
  [
    'principal',
    /\b(principal|distinguished)\b|\b(?:distinguished|technical|senior)\s+fellow\b|(?<!\b(?:landscape|project|building|licensed|registered|interior|naval|residential|design)\s)\barchitect\b/i,
  ],
  // "Staff" is a level above senior only for engineers and scientists ("Staff Software Engineer");
  // a staff nurse, accountant or writer is the profession's regular grade. A head chef or an
  // executive chef runs a kitchen, as a foreman runs a crew.
  [
    'lead',
    /\b(lead|manager|supervisor|team leader|tech lead|leader|foreman|forewoman|executive chef|head (?:chef|cook|nurse|teacher|coach))\b|\bstaff\b(?=(?:[\s/-]+[\w+#.]+){0,2}?[\s/-]+(?:engineer|developer|scientist|designer|researcher|sre|architect)s?\b)/i,
  ],
  ['senior', /\b(senior|sr\.?|snr|iii|level 3|l3|expert)\b/i],
  [
    'junior',
    /\b(junior|jr\.?|entry[- ]level|graduate|associate|assistant|i)\b$|\b(junior|jr\.?|entry[- ]level|graduate)\b/i,
  ],
  ['mid', /\b(mid[- ]level|intermediate|ii|level 2)\b/i],
];

/** Seniority written into a job title ("Sr. Data Engineer" → senior), or null when the title says none. */
export function seniorityFromTitle(title: string): Seniority | null {
  return BY_TITLE.find(([, pattern]) => pattern.test(title))?.[0] ?? null;
}

/** The first seniority any of the titles states, in order ("Analyst", then "Senior Analyst" → senior). */
export function seniorityFromTitles(titles: readonly (string | null)[]): Seniority | null {
  for (const title of titles) {
    const level = title ? seniorityFromTitle(title) : null;
    if (level) return level;
  }
  return null;
}

/** Seniority implied by years of experience, for titles that do not state one. */
export function seniorityFromYears(years: number | null): Seniority | null {
  if (years === null) return null;
  if (years < 2) return 'junior';
  if (years < 5) return 'mid';
  if (years < 10) return 'senior';
  return 'lead';
}

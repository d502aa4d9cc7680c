import type { Seniority } from '../features';

const BY_TITLE: readonly [Seniority, RegExp][] = [
  ['intern', /\b(intern|internship|trainee|apprentice|werkstudent|stagiaire|alternance)\b/i],
  [
    'executive',
    /\b(chief|cto|ceo|cfo|coo|cio|ciso|cmo|vp|vice president|svp|evp|head of|director|president|partner|owner|founder)\b/i,
  ],
  ['principal', /\b(principal|distinguished|fellow|architect)\b/i],
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

import type { Seniority } from '../features';

const BY_TITLE: readonly [Seniority, RegExp][] = [
  ['intern', /\b(intern|internship|trainee|apprentice|werkstudent|stagiaire|alternance)\b/i],
  [
    'executive',
    /\b(chief|cto|ceo|cfo|coo|cio|ciso|cmo|vp|vice president|svp|evp|head of|director|president|partner|owner|founder)\b/i,
  ],
  ['principal', /\b(principal|distinguished|fellow|architect)\b/i],
  ['lead', /\b(lead|staff|manager|supervisor|team leader|tech lead|leader)\b/i],
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

/** Seniority implied by years of experience, for titles that do not state one. */
export function seniorityFromYears(years: number | null): Seniority | null {
  if (years === null) return null;
  if (years < 2) return 'junior';
  if (years < 5) return 'mid';
  if (years < 10) return 'senior';
  return 'lead';
}

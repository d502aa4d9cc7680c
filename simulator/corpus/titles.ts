import type { Seniority } from '../../understanding/features';
import type { CorpusOccupation } from './occupations';
import type { Random } from './random';

/**
 * Posting titles come from O*NET's reported titles (what incumbents call their job) and alternate
 * titles, with a seniority prefix where the job zone allows one, the way employers write them.
 */

export interface PostingTitle {
  readonly title: string;
  readonly seniority: Seniority;
}

const RANK_WORDS: readonly [RegExp, Seniority][] = [
  [/\b(chief|vice president|vp|president|director|head of)\b/i, 'executive'],
  [/\b(principal|staff)\b/i, 'principal'],
  [/\b(lead|manager|supervisor|superintendent|foreman|forewoman|coordinator)\b/i, 'lead'],
  [/\b(senior|sr\.?)\b/i, 'senior'],
  [/\b(junior|jr\.?|entry level|trainee|apprentice|assistant|intern)\b/i, 'junior'],
];

/** The seniority a title states on its own, if it states one. */
export function seniorityInTitle(title: string): Seniority | null {
  for (const [pattern, level] of RANK_WORDS) if (pattern.test(title)) return level;
  return null;
}

const PREFIXES: Readonly<Partial<Record<Seniority, readonly string[]>>> = {
  junior: ['Junior', 'Entry Level', 'Associate'],
  senior: ['Senior', 'Sr.'],
  lead: ['Lead'],
  principal: ['Principal', 'Staff'],
};

/** O*NET titles sometimes carry a parenthesised acronym or a trailing qualifier; job boards rarely do. */
function tidy(title: string): string {
  return title
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function drawSeniority(jobZone: number | null, random: Random): Seniority {
  const zone = jobZone ?? 2;
  const r = random.next();
  if (zone <= 2) return r < 0.08 ? 'senior' : r < 0.14 ? 'lead' : r < 0.24 ? 'junior' : 'mid';
  if (zone === 3) return r < 0.15 ? 'junior' : r < 0.62 ? 'mid' : r < 0.86 ? 'senior' : 'lead';
  return r < 0.12 ? 'junior' : r < 0.55 ? 'mid' : r < 0.82 ? 'senior' : r < 0.93 ? 'lead' : 'principal';
}

export function drawTitle(occupation: CorpusOccupation, random: Random): PostingTitle {
  const { reported, alternate } = occupation.titles;
  const r = random.next();
  const base = tidy(
    reported.length > 0 && r < 0.55
      ? random.pick(reported)
      : alternate.length > 0 && r < 0.92
        ? random.pick(alternate)
        : occupation.occupation.title,
  );
  const stated = seniorityInTitle(base);
  if (stated) return { title: base, seniority: stated };
  const seniority = drawSeniority(occupation.occupation.jobZone, random);
  const prefixes = PREFIXES[seniority];
  return { title: prefixes ? `${random.pick(prefixes)} ${base}` : base, seniority };
}

/** Typical years of experience asked for at each level; null when the level asks for none. */
export function drawYearsRequired(seniority: Seniority, jobZone: number | null, random: Random): number | null {
  if ((jobZone ?? 2) <= 1 && seniority !== 'lead') return random.chance(0.7) ? null : 1;
  switch (seniority) {
    case 'intern':
      return null;
    case 'junior':
      return random.chance(0.4) ? null : random.int(0, 2);
    case 'mid':
      return random.int(2, 5);
    case 'senior':
      return random.int(5, 8);
    case 'lead':
      return random.int(5, 10);
    case 'principal':
      return random.int(8, 12);
    case 'executive':
      return random.int(10, 15);
  }
}

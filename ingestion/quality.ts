import { scoreOf, type PostingForScoring, type Score, type ScoreReason } from './scores';

/**
 * Completeness, 0–100: what a job seeker needs to decide whether to apply. Each part adds points
 * up to its weight; a posting that states everything scores 100. The weights follow what users of
 * job scrapers miss most: the description, pay, the employer and where the work is.
 */
export const QUALITY_WEIGHTS = {
  description: 25,
  salary: 15,
  company: 15,
  requirements: 15,
  location: 10,
  title: 10,
  employmentType: 5,
  postedAt: 5,
} as const;

function descriptionPoints(length: number): number {
  if (length >= 1500) return QUALITY_WEIGHTS.description;
  if (length >= 600) return 18;
  if (length >= 200) return 10;
  return length > 0 ? 4 : 0;
}

/** A title people can read: a few words, not shouted, no prices or exclamation marks. */
export function titleLooksClean(title: string): boolean {
  const letters = title.replace(/[^\p{L}]/gu, '');
  const upper = title.replace(/[^\p{Lu}]/gu, '');
  const words = title.split(/\s+/).filter(Boolean).length;
  const shouted = letters.length > 10 && upper.length / letters.length > 0.6;
  return (
    words >= 1 && words <= 14 && title.length <= 110 && !shouted && !/!|\$|€|£|\d+\s*\/\s*(?:hr|hour|week)/i.test(title)
  );
}

export function qualityScore(p: PostingForScoring): Score {
  const reasons: ScoreReason[] = [];
  const add = (code: string, points: number, detail: string): void => void reasons.push({ code, points, detail });

  const text = p.description ?? p.snippet ?? '';
  const length = text.trim().length;
  add(
    'description',
    descriptionPoints(length),
    p.description
      ? `description of ${length} characters`
      : length > 0
        ? `listing snippet only (${length} characters)`
        : 'no description',
  );
  add(
    'salary',
    p.salary ? QUALITY_WEIGHTS.salary : 0,
    p.salary ? `pay stated (${p.salary.currency} per ${p.salary.period})` : 'no pay stated',
  );
  add(
    'company',
    p.companyName ? QUALITY_WEIGHTS.company : 0,
    p.companyName ? `employer named (${p.companyName})` : 'employer not named',
  );
  const skillPoints = p.skillCount >= 3 ? 10 : p.skillCount > 0 ? 5 : 0;
  const asks = p.yearsRequired !== null || p.educationRequired !== null ? 5 : 0;
  add(
    'requirements',
    skillPoints + asks,
    `${p.skillCount} skill(s) named${asks ? ', experience or education stated' : ', no experience or education stated'}`,
  );
  const located = Boolean(p.location?.trim()) || p.remoteType === 'remote';
  add(
    'location',
    located ? QUALITY_WEIGHTS.location : 0,
    located ? `location stated (${p.location ?? p.remoteType})` : 'no location',
  );
  const cleanTitle = titleLooksClean(p.title);
  add(
    'title',
    cleanTitle ? QUALITY_WEIGHTS.title : 3,
    cleanTitle ? 'readable title' : 'title shouted, overlong or carrying prices',
  );
  add(
    'employment_type',
    p.employmentType ? QUALITY_WEIGHTS.employmentType : 0,
    p.employmentType ? `employment type ${p.employmentType.replace('_', '-')}` : 'employment type not stated',
  );
  add(
    'posted_at',
    p.postedAt ? QUALITY_WEIGHTS.postedAt : 0,
    p.postedAt ? 'posting date known' : 'posting date unknown',
  );
  return scoreOf(reasons);
}

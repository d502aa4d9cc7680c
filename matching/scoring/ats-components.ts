import type { AtsComponentName } from '../../common/ats-component-names';
import {
  SENIORITY_LEVELS,
  type EducationLevel,
  type JobFeatures,
  type ProfileFeatures,
  type Seniority,
} from '../../understanding/features';
import { EDUCATION_LEVELS } from '../../understanding/onet/types';
import { usStateCode } from '../../common/us-states';

/**
 * The ATS components of the composite score, one pure function each. A component answers a score
 * in 0..1 and a sentence saying why, or `score: null` when the posting states nothing about it:
 * then its weight goes to the components that can be judged instead of rewarding or punishing
 * the candidate for the posting's silence.
 */
export interface ComponentScore {
  readonly name: AtsComponentName;
  readonly score: number | null;
  readonly detail: string;
}

/**
 * A component's score with the sentence still unwritten: a ranking scores hundreds of candidates
 * and shows twenty, so the sentences are written only for those (`describe`).
 */
export type ComponentEvaluation<T extends ComponentScore = ComponentScore> = Omit<T, 'detail'> & {
  readonly describe: () => string;
};

/** The evaluation with its sentence written. */
function described<T extends ComponentScore>(evaluation: ComponentEvaluation<T>): T {
  const { describe, ...rest } = evaluation;
  return { ...rest, detail: describe() } as unknown as T;
}

export interface SkillsScore extends ComponentScore {
  readonly name: 'skills';
  readonly matchedRequired: readonly string[];
  readonly missingRequired: readonly string[];
  readonly matchedPreferred: readonly string[];
  readonly missingPreferred: readonly string[];
}

/**
 * What scoring needs of a profile, worked out once per profile object rather than once per
 * candidate: a ranking scores hundreds of jobs against the same profile.
 */
interface PreparedProfile {
  heldSkills?: ReadonlySet<string>;
  guesses?: readonly { readonly code: string; readonly weight: number }[];
  locationParts?: readonly string[];
  /** Job locations already split, by text (postings share a handful of places). */
  readonly jobLocations: Map<string, readonly string[]>;
}

const prepared = new WeakMap<object, PreparedProfile>();
function preparedFor(profile: object): PreparedProfile {
  let entry = prepared.get(profile);
  if (!entry) {
    entry = { jobLocations: new Map() };
    prepared.set(profile, entry);
  }
  return entry;
}

/** Nice-to-have skills count half as much as required ones. */
const PREFERRED_SKILL_WEIGHT = 0.5;

function listed(names: readonly string[], max = 6): string {
  return names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

/** Skills are canonical names already (understanding/), so equality ignoring case is the match. */
export function scoreSkills(
  profile: Pick<ProfileFeatures, 'skills'>,
  job: Pick<JobFeatures, 'skillsRequired' | 'skillsPreferred'>,
): SkillsScore {
  return described(evaluateSkills(profile, job));
}

// Scratch sets for one synchronous walk at a time: a ranking walks the skills of hundreds of postings.
const seenRequired = new Set<string>();
const requiredNames = new Set<string>();
const seenPreferred = new Set<string>();

/**
 * A skill name as compared (trimmed, lower case) and as lower case alone, remembered: the names
 * come from one vocabulary and recur in every ranking (500 postings of about ten skills each), and
 * lower-casing them afresh was a third of the composite scoring's time. Bounded, since postings
 * stored before the vocabulary may carry free text.
 */
const skillForms = new Map<string, { readonly key: string; readonly lower: string }>();
const SKILL_FORMS_MAX = 50_000;

function skillForm(name: string): { readonly key: string; readonly lower: string } {
  let form = skillForms.get(name);
  if (form === undefined) {
    if (skillForms.size >= SKILL_FORMS_MAX) skillForms.clear();
    const lower = name.toLowerCase();
    form = { key: lower.trim(), lower };
    skillForms.set(name, form);
  }
  return form;
}

/**
 * The posting's skills in one pass: required ones deduplicated ignoring case, then nice-to-have
 * ones not also required (a skill listed as both counts once, as required). `visit` sees each with
 * whether the profile holds it. Returns the skills score, null when the posting lists no skills.
 */
function walkSkills(
  profile: Pick<ProfileFeatures, 'skills'>,
  job: Pick<JobFeatures, 'skillsRequired' | 'skillsPreferred'>,
  visit?: (name: string, required: boolean, held: boolean) => void,
): number | null {
  const cache = preparedFor(profile);
  cache.heldSkills ??= new Set(profile.skills.map((s) => s.trim().toLowerCase()));
  const held = cache.heldSkills;
  seenRequired.clear();
  requiredNames.clear();
  seenPreferred.clear();
  let required = 0;
  let matchedRequired = 0;
  for (const name of job.skillsRequired) {
    const { key, lower } = skillForm(name);
    if (!key || seenRequired.has(key)) continue;
    seenRequired.add(key);
    requiredNames.add(lower);
    const has = held.has(key);
    required += 1;
    if (has) matchedRequired += 1;
    visit?.(name, true, has);
  }
  let preferred = 0;
  let matchedPreferred = 0;
  for (const name of job.skillsPreferred) {
    const { key, lower } = skillForm(name);
    if (!key || seenPreferred.has(key)) continue;
    seenPreferred.add(key);
    if (requiredNames.has(lower)) continue;
    const has = held.has(key);
    preferred += 1;
    if (has) matchedPreferred += 1;
    visit?.(name, false, has);
  }
  const total = required + PREFERRED_SKILL_WEIGHT * preferred;
  return total === 0 ? null : (matchedRequired + PREFERRED_SKILL_WEIGHT * matchedPreferred) / total;
}

/** The skills score alone (no lists, no sentence): what ranking every candidate needs. */
export function skillsFit(
  profile: Pick<ProfileFeatures, 'skills'>,
  job: Pick<JobFeatures, 'skillsRequired' | 'skillsPreferred'>,
): number | null {
  return walkSkills(profile, job);
}

export function evaluateSkills(
  profile: Pick<ProfileFeatures, 'skills'>,
  job: Pick<JobFeatures, 'skillsRequired' | 'skillsPreferred'>,
): ComponentEvaluation<SkillsScore> {
  const matchedRequired: string[] = [];
  const missingRequired: string[] = [];
  const matchedPreferred: string[] = [];
  const missingPreferred: string[] = [];
  const score = walkSkills(profile, job, (name, required, held) => {
    if (required) (held ? matchedRequired : missingRequired).push(name);
    else (held ? matchedPreferred : missingPreferred).push(name);
  });
  const base = { name: 'skills' as const, matchedRequired, missingRequired, matchedPreferred, missingPreferred };
  if (score === null) return { ...base, score: null, describe: () => 'the posting lists no skills' };
  const requiredCount = matchedRequired.length + missingRequired.length;
  const preferredCount = matchedPreferred.length + missingPreferred.length;
  const describe = (): string => {
    const parts: string[] = [];
    if (requiredCount > 0) {
      parts.push(
        `${matchedRequired.length}/${requiredCount} required skills${matchedRequired.length ? ` (${listed(matchedRequired)})` : ''}` +
          (missingRequired.length ? `, missing ${listed(missingRequired)}` : ''),
      );
    }
    if (preferredCount > 0) {
      parts.push(
        `${matchedPreferred.length}/${preferredCount} nice-to-have${matchedPreferred.length ? ` (${listed(matchedPreferred)})` : ''}`,
      );
    }
    if (profile.skills.length === 0) parts.push('the profile lists no skills');
    return parts.join('; ');
  };
  return { ...base, score, describe };
}

export function scoreExperience(
  profile: Pick<ProfileFeatures, 'yearsExperience'>,
  job: Pick<JobFeatures, 'yearsRequired'>,
): ComponentScore {
  return described(evaluateExperience(profile, job));
}

/** The experience score alone; `evaluateExperience` adds the sentence. */
export function experienceFit(
  profile: Pick<ProfileFeatures, 'yearsExperience'>,
  job: Pick<JobFeatures, 'yearsRequired'>,
): number | null {
  const required = job.yearsRequired;
  if (required === null) return null;
  const have = profile.yearsExperience;
  if (have === null) return 0.5;
  if (have >= required || required <= 0) return 1;
  // Linear shortfall: 4 of 5 years asked is a near miss, 1 of 5 is not.
  return have / required;
}

export function evaluateExperience(
  profile: Pick<ProfileFeatures, 'yearsExperience'>,
  job: Pick<JobFeatures, 'yearsRequired'>,
): ComponentEvaluation {
  const name = 'experience';
  const score = experienceFit(profile, job);
  const required = job.yearsRequired;
  const have = profile.yearsExperience;
  if (required === null) return { name, score, describe: () => 'the posting states no years of experience' };
  if (have === null)
    return { name, score, describe: () => `${required}+ years asked, the profile's experience is unknown` };
  if (score === 1) return { name, score, describe: () => `${fmtYears(have)} of experience meets ${required}+ asked` };
  return { name, score, describe: () => `${fmtYears(have)} of experience, ${required}+ asked` };
}

function fmtYears(years: number): string {
  const rounded = Math.round(years * 10) / 10;
  return `${rounded} year${rounded === 1 ? '' : 's'}`;
}

const educationRank = (level: EducationLevel): number => EDUCATION_LEVELS.indexOf(level);
/** Score by how many levels the profile is short of the requirement. */
const EDUCATION_SHORTFALL_SCORE = [1, 0.6, 0.3, 0];

export function scoreEducation(
  profile: Pick<ProfileFeatures, 'educationLevel'>,
  job: Pick<JobFeatures, 'educationRequired'>,
): ComponentScore {
  return described(evaluateEducation(profile, job));
}

/** The education score alone; `evaluateEducation` adds the sentence. */
export function educationFit(
  profile: Pick<ProfileFeatures, 'educationLevel'>,
  job: Pick<JobFeatures, 'educationRequired'>,
): number | null {
  const required = job.educationRequired;
  if (required === null) return null;
  const have = profile.educationLevel;
  if (have === null) return 0.5;
  const short = educationRank(required) - educationRank(have);
  return EDUCATION_SHORTFALL_SCORE[Math.min(Math.max(short, 0), EDUCATION_SHORTFALL_SCORE.length - 1)] as number;
}

export function evaluateEducation(
  profile: Pick<ProfileFeatures, 'educationLevel'>,
  job: Pick<JobFeatures, 'educationRequired'>,
): ComponentEvaluation {
  const name = 'education';
  const score = educationFit(profile, job);
  const required = job.educationRequired;
  if (required === null) return { name, score, describe: () => 'the posting states no education requirement' };
  const have = profile.educationLevel;
  const label = (l: EducationLevel): string => l.replace('_', ' ');
  if (have === null)
    return { name, score, describe: () => `${label(required)} asked, the profile's education is unknown` };
  const short = educationRank(required) - educationRank(have);
  return {
    name,
    score,
    describe: () =>
      short <= 0 ? `${label(have)} meets ${label(required)} asked` : `${label(have)}, ${label(required)} asked`,
  };
}

const seniorityRank = (s: Seniority): number => SENIORITY_LEVELS.indexOf(s);
/** By levels apart: a step below the posting hurts more than a step above it. */
const SENIORITY_BELOW = [1, 0.6, 0.25, 0];
const SENIORITY_ABOVE = [1, 0.8, 0.4, 0];

export function scoreSeniority(
  profile: Pick<ProfileFeatures, 'seniority'>,
  job: Pick<JobFeatures, 'seniority'>,
): ComponentScore {
  return described(evaluateSeniority(profile, job));
}

/** The seniority score alone; `evaluateSeniority` adds the sentence. */
export function seniorityFit(
  profile: Pick<ProfileFeatures, 'seniority'>,
  job: Pick<JobFeatures, 'seniority'>,
): number | null {
  if (job.seniority === null || profile.seniority === null) return null;
  const gap = seniorityRank(profile.seniority) - seniorityRank(job.seniority);
  const table = gap < 0 ? SENIORITY_BELOW : SENIORITY_ABOVE;
  return table[Math.min(Math.abs(gap), table.length - 1)] as number;
}

export function evaluateSeniority(
  profile: Pick<ProfileFeatures, 'seniority'>,
  job: Pick<JobFeatures, 'seniority'>,
): ComponentEvaluation {
  const name = 'seniority';
  const wanted = job.seniority;
  const have = profile.seniority;
  if (wanted === null) return { name, score: null, describe: () => 'the posting states no seniority' };
  if (have === null) return { name, score: null, describe: () => "the profile's seniority is unknown" };
  const gap = seniorityRank(have) - seniorityRank(wanted);
  const score = seniorityFit(profile, job);
  return {
    name,
    score,
    describe: () => (gap === 0 ? `${wanted} level, as the profile` : `${wanted} level, the profile is ${have}`),
  };
}

/** O*NET's "related occupations" for a code, most related first (understanding/onet). */
export type RelatedOccupations = (code: string) => readonly string[];

export interface OccupationScore extends ComponentScore {
  readonly name: 'occupation';
  readonly jobCode: string | null;
  readonly profileCode: string | null;
  readonly relation: 'same' | 'same-soc' | 'related' | 'same-broad' | 'same-minor' | 'same-major' | 'unrelated' | null;
}

const RELATION_SCORE = {
  same: 1,
  'same-soc': 0.9,
  related: 0.5,
  'same-broad': 0.4,
  'same-minor': 0.2,
  'same-major': 0.05,
  unrelated: 0,
} as const;

/**
 * O*NET-SOC codes are hierarchical: "15-1252.01" is a specialty of SOC 15-1252, in broad
 * occupation 15-125x, minor group 15-12xx, major group 15. O*NET's related-occupation lists add
 * links across the hierarchy (software developers ↔ QA analysts).
 */
export function occupationRelation(a: string, b: string, related: RelatedOccupations): keyof typeof RELATION_SCORE {
  if (a === b) return 'same';
  if (a.slice(0, 7) === b.slice(0, 7)) return 'same-soc';
  if (related(a).includes(b) || related(b).includes(a)) return 'related';
  if (a.slice(0, 6) === b.slice(0, 6)) return 'same-broad';
  if (a.slice(0, 5) === b.slice(0, 5)) return 'same-minor';
  if (a.slice(0, 2) === b.slice(0, 2)) return 'same-major';
  return 'unrelated';
}

/**
 * Title/occupation fit: the job's occupation against the profile's guesses. The primary guess
 * counts fully; an alternative guess counts in proportion to its confidence relative to the primary.
 */
export function scoreOccupation(
  profile: Pick<ProfileFeatures, 'onetCode' | 'occupations' | 'title'>,
  job: Pick<JobFeatures, 'onetCode' | 'occupations' | 'title'>,
  related: RelatedOccupations,
): OccupationScore {
  return described(evaluateOccupation(profile, job, related));
}

/** The profile's occupation guesses with their weights: the primary fully, alternatives by relative confidence. */
function occupationGuesses(
  profile: Pick<ProfileFeatures, 'onetCode' | 'occupations'>,
): readonly { readonly code: string; readonly weight: number }[] {
  const guesses = profile.onetCode ? [{ code: profile.onetCode, weight: 1 }] : [];
  const top = profile.occupations[0]?.confidence ?? 0;
  for (const o of profile.occupations) {
    if (guesses.some((g) => g.code === o.code)) continue;
    guesses.push({ code: o.code, weight: top > 0 ? Math.min(1, o.confidence / top) : 0 });
  }
  if (guesses[0] && !profile.onetCode) guesses[0] = { code: guesses[0].code, weight: 1 };
  return guesses;
}

/** The profile's guess that fits the job's occupation best, and how well. */
function bestGuess(
  guesses: readonly { readonly code: string; readonly weight: number }[],
  jobCode: string,
  related: RelatedOccupations,
): { score: number; code: string; relation: keyof typeof RELATION_SCORE } {
  let best = { score: -1, code: '', relation: 'unrelated' as keyof typeof RELATION_SCORE };
  for (const g of guesses) {
    const relation = occupationRelation(g.code, jobCode, related);
    const score = RELATION_SCORE[relation] * g.weight;
    if (score > best.score) best = { score, code: g.code, relation };
  }
  return best;
}

const jobOccupationCode = (job: Pick<JobFeatures, 'onetCode' | 'occupations'>): string | null =>
  job.onetCode ?? job.occupations[0]?.code ?? null;

/** The occupation score alone; `evaluateOccupation` adds the codes and the sentence. */
export function occupationFit(
  profile: Pick<ProfileFeatures, 'onetCode' | 'occupations'>,
  job: Pick<JobFeatures, 'onetCode' | 'occupations'>,
  related: RelatedOccupations,
): number | null {
  const jobCode = jobOccupationCode(job);
  const cache = preparedFor(profile);
  cache.guesses ??= occupationGuesses(profile);
  if (jobCode === null || cache.guesses.length === 0) return null;
  return bestGuess(cache.guesses, jobCode, related).score;
}

export function evaluateOccupation(
  profile: Pick<ProfileFeatures, 'onetCode' | 'occupations' | 'title'>,
  job: Pick<JobFeatures, 'onetCode' | 'occupations' | 'title'>,
  related: RelatedOccupations,
): ComponentEvaluation<OccupationScore> {
  const jobCode = jobOccupationCode(job);
  const cache = preparedFor(profile);
  cache.guesses ??= occupationGuesses(profile);
  const guesses = cache.guesses;
  if (jobCode === null) {
    return {
      name: 'occupation',
      score: null,
      describe: () => 'the posting has no occupation code',
      jobCode,
      profileCode: null,
      relation: null,
    };
  }
  if (guesses.length === 0) {
    return {
      name: 'occupation',
      score: null,
      describe: () => "the profile's occupation is unknown",
      jobCode,
      profileCode: null,
      relation: null,
    };
  }
  const best = bestGuess(guesses, jobCode, related);
  return {
    name: 'occupation',
    score: best.score,
    describe: () => `"${job.title}" (${jobCode}) is ${RELATION_WORDS[best.relation]} the profile's ${best.code}`,
    jobCode,
    profileCode: best.code,
    relation: best.relation,
  };
}

const RELATION_WORDS: Record<keyof typeof RELATION_SCORE, string> = {
  same: 'the same occupation as',
  'same-soc': 'a specialty of the same occupation as',
  related: 'an occupation O*NET lists as related to',
  'same-broad': 'the same occupation family as',
  'same-minor': 'the same occupation group as',
  'same-major': 'the same field as',
  unrelated: 'unrelated to',
};

/** Lower-cased comma-separated parts: "Austin, TX, United States" → ["austin", "tx", "united states"]. */
function locationParts(location: string): string[] {
  return (
    location
      .toLowerCase()
      .split(/[,/|;()-]+/)
      .map((p) => p.replace(/\bremote\b|\bhybrid\b|\bon-?site\b/g, '').trim())
      .filter(Boolean)
      // "Texas" and "TX" name the same region.
      .map((p) => usStateCode(p)?.toLowerCase() ?? p)
  );
}

const isStateCode = (part: string): boolean => part.length === 2 && usStateCode(part) !== null;

export function scoreLocation(
  profile: Pick<ProfileFeatures, 'location'>,
  job: Pick<JobFeatures, 'remoteType' | 'location'>,
): ComponentScore {
  return described(evaluateLocation(profile, job));
}

type LocationFit = 'remote' | 'no-job-location' | 'no-profile-location' | 'same-place' | 'same-region' | 'elsewhere';

const LOCATION_SCORE: Record<LocationFit, number | null> = {
  remote: 1,
  'no-job-location': null,
  'no-profile-location': 0.5,
  'same-place': 1,
  'same-region': 0.6,
  elsewhere: 0.1,
};

function locationFitOf(
  profile: Pick<ProfileFeatures, 'location'>,
  job: Pick<JobFeatures, 'remoteType' | 'location'>,
): LocationFit {
  if (job.remoteType === 'remote') return 'remote';
  const jobLocation = job.location;
  const profileLocation = profile.location;
  if (!jobLocation) return 'no-job-location';
  if (!profileLocation) return 'no-profile-location';
  const cache = preparedFor(profile);
  let jobParts = cache.jobLocations.get(jobLocation);
  if (!jobParts) {
    jobParts = locationParts(jobLocation);
    cache.jobLocations.set(jobLocation, jobParts);
  }
  cache.locationParts ??= locationParts(profileLocation);
  const profileParts = cache.locationParts;
  const jobState = jobParts.find(isStateCode);
  const profileState = profileParts.find(isStateCode);
  // Portland, OR is not Portland, ME: two known, different states are different places.
  const differentStates = jobState !== undefined && profileState !== undefined && jobState !== profileState;
  if (!differentStates && jobParts[0] !== undefined && jobParts[0] === profileParts[0]) return 'same-place';
  if (!differentStates && jobParts.some((p) => profileParts.includes(p))) return 'same-region';
  return 'elsewhere';
}

/** The location score alone; `evaluateLocation` adds the sentence. */
export function locationFit(
  profile: Pick<ProfileFeatures, 'location'>,
  job: Pick<JobFeatures, 'remoteType' | 'location'>,
): number | null {
  return LOCATION_SCORE[locationFitOf(profile, job)];
}

export function evaluateLocation(
  profile: Pick<ProfileFeatures, 'location'>,
  job: Pick<JobFeatures, 'remoteType' | 'location'>,
): ComponentEvaluation {
  const name = 'location';
  const fit = locationFitOf(profile, job);
  const score = LOCATION_SCORE[fit];
  const where = job.remoteType === 'hybrid' ? 'hybrid' : 'on-site';
  const sentence: Record<LocationFit, () => string> = {
    remote: () => 'remote position',
    'no-job-location': () => `${where}, the posting names no location`,
    'no-profile-location': () => `${where} in ${job.location}, the profile's location is unknown`,
    'same-place': () => `${where} in ${job.location}, where the profile is`,
    'same-region': () => `${where} in ${job.location}, same region as ${profile.location}`,
    elsewhere: () => `${where} in ${job.location}, the profile is in ${profile.location}`,
  };
  return { name, score, describe: sentence[fit] };
}

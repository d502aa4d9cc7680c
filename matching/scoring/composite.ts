import { ATS_COMPONENTS, type AtsComponentName } from '../../common/ats-component-names';
import type { Config } from '../../common/config';
import type { JobFeatures, ProfileFeatures } from '../../understanding/features';
import type { SimilarityCalibration } from '../embeddings/embedder';
import {
  type ComponentEvaluation,
  type ComponentScore,
  type RelatedOccupations,
  type SkillsScore,
  evaluateEducation,
  evaluateExperience,
  evaluateLocation,
  evaluateOccupation,
  evaluateSeniority,
  evaluateSkills,
  educationFit,
  experienceFit,
  locationFit,
  occupationFit,
  seniorityFit,
  skillsFit,
} from './ats-components';

export type ScoringWeights = Config['matching']['weights'];

/**
 * One line of a score's explanation. `points` is what the line adds to the final score, so the
 * points of all reasons add up to it: ATS components carry `weight` = ATS weight × their share of
 * the judged ATS weights, semantic carries its weight, freshness its boost.
 */
export interface Reason {
  readonly component: AtsComponentName | 'semantic' | 'freshness';
  /** 0..1; null for an ATS component the posting gives nothing to judge (weight 0). */
  readonly score: number | null;
  readonly weight: number;
  readonly points: number;
  readonly detail: string;
}

/** The figures a score is made of; `MatchScore` without the reasons' sentences. */
export interface MatchValue {
  /** 0..100. */
  readonly score: number;
  /** 0..100, over the judged components; null when none could be judged. */
  readonly ats: number | null;
  /** 0..100, the calibrated cosine. */
  readonly semantic: number;
  readonly cosine: number;
  readonly embedding: 'listing' | 'fulltext';
  readonly freshnessBoost: number;
}

export interface MatchScore extends MatchValue {
  readonly matchedSkills: readonly string[];
  readonly missingSkills: readonly string[];
  readonly reasons: readonly Reason[];
}

export interface SemanticEvidence {
  /** Cosine of the profile and the listing embedding (title, company, location, snippet). */
  readonly listingCosine: number;
  /** Cosine with the full-description embedding, once the posting is enriched. */
  readonly fulltextCosine: number | null;
  readonly calibration: SimilarityCalibration;
}

export interface ScoringInput {
  readonly profile: ProfileFeatures;
  readonly job: JobFeatures;
  readonly semantic: SemanticEvidence;
  /** Age of the posting in days (posted, else first seen); null when unknown (no boost). */
  readonly ageDays: number | null;
  readonly freshnessDays: number;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;
const round3 = (x: number): number => Math.round(x * 1000) / 1000;
const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

/** Maps a cosine onto 0..1: the model's "unrelated" level is 0, its "strong match" level is 1. */
export function calibrateCosine(cosine: number, calibration: SimilarityCalibration): number {
  return clamp01((cosine - calibration.unrelated) / (calibration.strong - calibration.unrelated));
}

export function atsComponentScores(
  profile: ProfileFeatures,
  job: JobFeatures,
  related: RelatedOccupations,
): readonly ComponentScore[] {
  return evaluateAtsComponents(profile, job, related).map(({ describe, ...rest }) => ({ ...rest, detail: describe() }));
}

function evaluateAtsComponents(
  profile: ProfileFeatures,
  job: JobFeatures,
  related: RelatedOccupations,
): readonly [ComponentEvaluation<SkillsScore>, ...ComponentEvaluation[]] {
  return [
    evaluateSkills(profile, job),
    evaluateOccupation(profile, job, related),
    evaluateExperience(profile, job),
    evaluateEducation(profile, job),
    evaluateSeniority(profile, job),
    evaluateLocation(profile, job),
  ];
}

/**
 * A scored match whose reasons are not written yet: every figure of the score is final, and
 * `explainMatch` writes the reasons from it (only for the results a person sees). Scoring keeps
 * each component's score alone (no skill lists, no sentence) for every candidate.
 */
export interface MatchEvaluation extends MatchValue {
  /** In ATS_COMPONENTS order, with the weight and points each carried. */
  readonly components: readonly {
    readonly name: AtsComponentName;
    readonly score: number | null;
    readonly counted: boolean;
    readonly weight: number;
    readonly points: number;
  }[];
  /** The posting names no skill and no occupation: its other components are shown, not counted. */
  readonly atsWithheld: boolean;
  /** The calibrated cosine, 0..1, unrounded. */
  readonly semanticFit: number;
  readonly semanticShare: number;
  readonly semanticPoints: number;
  readonly freshness: { readonly score: number; readonly weight: number; readonly points: number } | null;
  /** What was scored, for `explainMatch` to write the reasons from. */
  readonly input: ScoringInput;
  readonly related: RelatedOccupations;
}

/** The order the judged weights are summed in (floating-point sums depend on it). */
const JUDGED_ORDER = ['skills', 'occupation', 'experience', 'education', 'seniority', 'location'] as const;

/**
 * What the job is. The other components (experience, education, seniority, location) adjust a
 * judgement of it; alone they are none: a posting that names no skill and no occupation would
 * otherwise take the whole ATS weight from its location, and such postings ranked first for every
 * profile (a chef's top results were software postings with nothing analysed but a remote place).
 */
const WHAT_THE_JOB_IS = ['skills', 'occupation'] as const;

function componentScores(
  profile: ProfileFeatures,
  job: JobFeatures,
  related: RelatedOccupations,
): Record<AtsComponentName, number | null> {
  return {
    skills: skillsFit(profile, job),
    occupation: occupationFit(profile, job, related),
    experience: experienceFit(profile, job),
    education: educationFit(profile, job),
    seniority: seniorityFit(profile, job),
    location: locationFit(profile, job),
  };
}

/**
 * final = wATS · ATS + wSemantic · semantic + freshness boost, capped at 100 (docs/architecture.md#scoring).
 * wATS and wSemantic are relative (normalised to sum 1). ATS is the weighted mean of the judged
 * components; when none can be judged, or neither skills nor occupation can, semantic carries the
 * whole base score. The score is the sum
 * of the reasons' rounded points, so what a person reads adds up to what the list is sorted by.
 */
export function evaluateMatch(
  input: ScoringInput,
  weights: ScoringWeights,
  related: RelatedOccupations,
): MatchEvaluation {
  const scores = componentScores(input.profile, input.job, related);
  const weighs = (name: AtsComponentName): boolean => weights.atsComponents[name] > 0;
  // With weights that give neither skills nor occupation a say, the rule has nothing to ask for.
  const atsWithheld =
    WHAT_THE_JOB_IS.some(weighs) && !WHAT_THE_JOB_IS.some((name) => weighs(name) && scores[name] !== null);
  let judgedWeight = 0;
  let judgedSum = 0;
  for (const name of JUDGED_ORDER) {
    const score = scores[name];
    if (score !== null && weighs(name) && !atsWithheld) {
      judgedWeight += weights.atsComponents[name];
      judgedSum += weights.atsComponents[name] * score;
    }
  }
  const ats = judgedWeight > 0 ? judgedSum / judgedWeight : null;

  const baseTotal = weights.ats + weights.semantic;
  const atsShare = ats === null ? 0 : baseTotal > 0 ? weights.ats / baseTotal : 0.5;
  const semanticShare = 1 - atsShare;

  const useFulltext = input.semantic.fulltextCosine !== null;
  const cosine = useFulltext ? input.semantic.fulltextCosine : input.semantic.listingCosine;
  const semantic = calibrateCosine(cosine, input.semantic.calibration);

  const freshnessValue =
    input.ageDays === null ? 0 : weights.freshnessBoost * clamp01(1 - Math.max(0, input.ageDays) / input.freshnessDays);

  let total = 0;
  const components: MatchEvaluation['components'][number][] = [];
  for (const name of ATS_COMPONENTS) {
    const score = scores[name];
    const counted = score !== null && weighs(name) && judgedWeight > 0;
    const weight = counted ? (atsShare * weights.atsComponents[name]) / judgedWeight : 0;
    const points = round2(weight * (score ?? 0) * 100);
    total += points;
    components.push({ name, score, counted, weight, points });
  }
  const semanticPoints = round2(semanticShare * semantic * 100);
  total += semanticPoints;
  let freshness: MatchEvaluation['freshness'] = null;
  if (weights.freshnessBoost > 0) {
    freshness = {
      score: freshnessValue / weights.freshnessBoost,
      weight: weights.freshnessBoost / 100,
      points: round2(freshnessValue),
    };
    total += freshness.points;
  }
  return {
    score: Math.min(100, round2(total)),
    ats: ats === null ? null : round2(ats * 100),
    semantic: round2(semantic * 100),
    cosine,
    embedding: useFulltext ? 'fulltext' : 'listing',
    freshnessBoost: round2(freshnessValue),
    components,
    atsWithheld,
    semanticFit: semantic,
    semanticShare,
    semanticPoints,
    freshness,
    input,
    related,
  };
}

/** The reasons of an evaluated match: one per component, semantic and freshness, with their sentences. */
export function explainMatch(evaluation: MatchEvaluation): MatchScore {
  const { profile, job, ageDays } = evaluation.input;
  const evaluated = evaluateAtsComponents(profile, job, evaluation.related);
  const reasons: Reason[] = evaluation.components.map(({ name, score, counted, weight, points }) => {
    const c = evaluated.find((e) => e.name === name) as ComponentEvaluation;
    return {
      component: name,
      score,
      weight: round3(weight),
      points,
      detail:
        counted || score === null
          ? c.describe()
          : evaluation.atsWithheld
            ? `${c.describe()} (not counted: the posting names no skills and no occupation)`
            : `${c.describe()} (weight 0)`,
    };
  });
  reasons.push({
    component: 'semantic',
    score: evaluation.semanticFit,
    weight: round3(evaluation.semanticShare),
    points: evaluation.semanticPoints,
    detail: `${evaluation.embedding === 'fulltext' ? 'full-description' : 'listing'} similarity ${evaluation.cosine.toFixed(3)} (cosine)`,
  });
  if (evaluation.freshness) {
    reasons.push({
      component: 'freshness',
      ...evaluation.freshness,
      detail: ageDays === null ? 'posting date unknown' : `posted ${Math.round(ageDays)} days ago`,
    });
  }
  const skills = evaluated[0];
  return {
    score: evaluation.score,
    ats: evaluation.ats,
    semantic: evaluation.semantic,
    cosine: evaluation.cosine,
    embedding: evaluation.embedding,
    freshnessBoost: evaluation.freshnessBoost,
    matchedSkills: [...skills.matchedRequired, ...skills.matchedPreferred],
    missingSkills: [...skills.missingRequired, ...skills.missingPreferred],
    reasons,
  };
}

/** The score with all its reasons: `evaluateMatch` then `explainMatch`. */
export function scoreMatch(input: ScoringInput, weights: ScoringWeights, related: RelatedOccupations): MatchScore {
  return explainMatch(evaluateMatch(input, weights, related));
}

import { ATS_COMPONENTS, type AtsComponentName } from '../../common/ats-component-names';
import type { Config } from '../../common/config';
import type { JobFeatures, ProfileFeatures } from '../../understanding/features';
import type { SimilarityCalibration } from '../embeddings/embedder';
import {
  type ComponentScore,
  type RelatedOccupations,
  scoreEducation,
  scoreExperience,
  scoreLocation,
  scoreOccupation,
  scoreSeniority,
  scoreSkills,
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

export interface MatchScore {
  /** 0..100. */
  readonly score: number;
  /** 0..100, over the judged components; null when none could be judged. */
  readonly ats: number | null;
  /** 0..100, the calibrated cosine. */
  readonly semantic: number;
  readonly cosine: number;
  readonly embedding: 'listing' | 'fulltext';
  readonly freshnessBoost: number;
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
  return [
    scoreSkills(profile, job),
    scoreOccupation(profile, job, related),
    scoreExperience(profile, job),
    scoreEducation(profile, job),
    scoreSeniority(profile, job),
    scoreLocation(profile, job),
  ];
}

/**
 * final = wATS · ATS + wSemantic · semantic + freshness boost, capped at 100 (docs/architecture.md#scoring).
 * wATS and wSemantic are relative (normalised to sum 1). ATS is the weighted mean of the judged
 * components; when none can be judged, semantic carries the whole base score.
 */
export function scoreMatch(input: ScoringInput, weights: ScoringWeights, related: RelatedOccupations): MatchScore {
  const components = atsComponentScores(input.profile, input.job, related);
  const judged = components.filter((c) => c.score !== null && weights.atsComponents[c.name] > 0);
  const judgedWeight = judged.reduce((sum, c) => sum + weights.atsComponents[c.name], 0);
  const ats =
    judgedWeight > 0
      ? judged.reduce((s, c) => s + weights.atsComponents[c.name] * (c.score as number), 0) / judgedWeight
      : null;

  const baseTotal = weights.ats + weights.semantic;
  const atsShare = ats === null ? 0 : baseTotal > 0 ? weights.ats / baseTotal : 0.5;
  const semanticShare = 1 - atsShare;

  const useFulltext = input.semantic.fulltextCosine !== null;
  const cosine = useFulltext ? input.semantic.fulltextCosine : input.semantic.listingCosine;
  const semantic = calibrateCosine(cosine, input.semantic.calibration);

  const freshness =
    input.ageDays === null ? 0 : weights.freshnessBoost * clamp01(1 - Math.max(0, input.ageDays) / input.freshnessDays);

  const reasons: Reason[] = [];
  const byName = new Map(components.map((c) => [c.name, c]));
  for (const name of ATS_COMPONENTS) {
    const c = byName.get(name);
    if (!c) continue;
    const counted = c.score !== null && weights.atsComponents[name] > 0 && judgedWeight > 0;
    const weight = counted ? (atsShare * weights.atsComponents[name]) / judgedWeight : 0;
    reasons.push({
      component: name,
      score: c.score,
      weight: round3(weight),
      points: round2(weight * (c.score ?? 0) * 100),
      detail: counted || c.score === null ? c.detail : `${c.detail} (weight 0)`,
    });
  }
  reasons.push({
    component: 'semantic',
    score: semantic,
    weight: round3(semanticShare),
    points: round2(semanticShare * semantic * 100),
    detail: `${useFulltext ? 'full-description' : 'listing'} similarity ${cosine.toFixed(3)} (cosine)`,
  });
  if (weights.freshnessBoost > 0) {
    reasons.push({
      component: 'freshness',
      score: freshness / weights.freshnessBoost,
      weight: weights.freshnessBoost / 100,
      points: round2(freshness),
      detail: input.ageDays === null ? 'posting date unknown' : `posted ${Math.round(input.ageDays)} days ago`,
    });
  }
  const total = reasons.reduce((s, r) => s + r.points, 0);
  const skills = byName.get('skills') as ReturnType<typeof scoreSkills>;
  return {
    score: Math.min(100, round2(total)),
    ats: ats === null ? null : round2(ats * 100),
    semantic: round2(semantic * 100),
    cosine,
    embedding: useFulltext ? 'fulltext' : 'listing',
    freshnessBoost: round2(freshness),
    matchedSkills: [...skills.matchedRequired, ...skills.matchedPreferred],
    missingSkills: [...skills.missingRequired, ...skills.missingPreferred],
    reasons,
  };
}

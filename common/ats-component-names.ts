/**
 * The ATS components of the composite score (matching/scoring/ats-components.ts scores each). The
 * names are matching's vocabulary; they sit here at the bottom layer, free of zod, because the
 * configuration validates MATCHING_ATS_WEIGHTS against them when a process starts.
 */
export const ATS_COMPONENTS = ['skills', 'experience', 'education', 'seniority', 'occupation', 'location'] as const;

export type AtsComponentName = (typeof ATS_COMPONENTS)[number];

import { z } from 'zod';
import type { ResumeStatus } from '../schema/resumes.table';
import type { OccupationGuess, ProfileFeatures } from '../understanding/features';
import type { DB } from './database';
import { asEducationLevel, asSeniority } from './vocabulary';
import { parseVector } from './vector';

/** What the cache lookup needs of a resume: its features, the text to embed and any stored vector. */
export interface MatchingProfile {
  readonly resumeId: string;
  readonly userId: string;
  readonly status: ResumeStatus;
  readonly features: ProfileFeatures;
  readonly text: string | null;
  readonly embedding: Float32Array | null;
  readonly embeddingTag: string | null;
}

/** `analysis` is written by understanding/; only its occupation guesses are read here, defensively. */
const AnalysisOccupations = z.object({
  occupations: z
    .array(z.object({ code: z.string(), title: z.string(), confidence: z.number().min(0).max(1) }))
    .default([]),
});

export async function findMatchingProfile(db: DB, resumeId: string): Promise<MatchingProfile | undefined> {
  const row = await db
    .selectFrom('resumes')
    .select([
      'id',
      'user_id',
      'status',
      'text',
      'analysis',
      'title',
      'onet_code',
      'seniority',
      'years_experience',
      'education_level',
      'location',
      'skills',
      'embedding',
      'embedding_model',
    ])
    .where('id', '=', resumeId)
    .executeTakeFirst();
  if (!row) return undefined;
  const parsed = AnalysisOccupations.safeParse(row.analysis ?? {});
  let occupations: OccupationGuess[] = parsed.success ? parsed.data.occupations : [];
  if (occupations.length === 0 && row.onet_code) {
    occupations = [{ code: row.onet_code, title: row.title ?? '', confidence: 1 }];
  }
  return {
    resumeId: row.id,
    userId: row.user_id,
    status: row.status,
    text: row.text,
    features: {
      title: row.title,
      onetCode: row.onet_code,
      occupations,
      skills: row.skills,
      yearsExperience: row.years_experience,
      seniority: asSeniority(row.seniority),
      educationLevel: asEducationLevel(row.education_level),
      location: row.location,
    },
    embedding: row.embedding ? parseVector(row.embedding) : null,
    embeddingTag: row.embedding_model,
  };
}

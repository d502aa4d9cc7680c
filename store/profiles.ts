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

/**
 * What identifies a resume's ranking inputs without loading its text or vector: who owns it,
 * whether it is ready, the uploaded file's hash and the understanding matching reads from it
 * (which a re-analysis or a correction changes while the file's hash does not).
 */
export interface ProfileIdentity {
  readonly userId: string;
  readonly status: ResumeStatus;
  readonly contentSha256: string;
  readonly understanding: Readonly<Record<string, unknown>>;
}

export async function findProfileIdentity(db: DB, resumeId: string): Promise<ProfileIdentity | undefined> {
  const row = await db
    .selectFrom('resumes')
    .select([
      'user_id',
      'status',
      'content_sha256',
      'title',
      'onet_code',
      'seniority',
      'years_experience',
      'education_level',
      'location',
      'skills',
      (eb) => eb.ref('analysis', '->').key('occupations').as('occupations'),
    ])
    .where('id', '=', resumeId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    userId: row.user_id,
    status: row.status,
    contentSha256: row.content_sha256,
    understanding: {
      title: row.title,
      onetCode: row.onet_code,
      seniority: row.seniority,
      yearsExperience: row.years_experience,
      educationLevel: row.education_level,
      location: row.location,
      skills: row.skills,
      occupations: row.occupations ?? null,
    },
  };
}

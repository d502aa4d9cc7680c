import type { ProfileFeatures } from '../understanding/features';
import type { DB } from '../store/database';
import {
  findJobEmbeddingSources,
  findJobsToEmbed,
  setJobEmbeddings,
  setResumeEmbedding,
  type JobEmbeddingKind,
  type JobEmbeddingSource,
} from '../store/embeddings';
import { findResumeText, type MatchingProfile } from '../store/profiles';
import { compatibleTags, type Embedder } from './embeddings/embedder';

/**
 * What gets embedded. A listing is what discovery sees (title, company, location, snippet); the
 * full text adds the description once the posting is enriched. MiniLM reads 256 word pieces, so
 * the most telling words go first.
 */
export function listingText(job: Pick<JobEmbeddingSource, 'title' | 'companyName' | 'location' | 'snippet'>): string {
  const head = [job.title, job.companyName ? `at ${job.companyName}` : null, job.location ? `(${job.location})` : null]
    .filter(Boolean)
    .join(' ');
  return job.snippet ? `${head}\n${job.snippet.trim()}` : head;
}

export function fulltextText(
  job: Pick<JobEmbeddingSource, 'title' | 'companyName' | 'location' | 'descriptionText' | 'snippet'>,
): string {
  return listingText({ ...job, snippet: job.descriptionText ?? job.snippet });
}

/**
 * The profile as one text: canonical title and skills first (they survive truncation and speak the
 * postings' vocabulary), then the resume's own words.
 */
export function profileText(features: Pick<ProfileFeatures, 'title' | 'skills'>, resumeText: string | null): string {
  const parts = [
    features.title,
    features.skills.length ? `Skills: ${features.skills.join(', ')}` : null,
    resumeText?.replace(/\s+/g, ' ').trim() || null,
  ];
  return parts.filter(Boolean).join('\n');
}

async function embedJobs(
  db: DB,
  embedder: Embedder,
  kind: JobEmbeddingKind,
  jobs: readonly JobEmbeddingSource[],
): Promise<number> {
  const eligible = kind === 'fulltext' ? jobs.filter((j) => j.descriptionText) : jobs;
  if (eligible.length === 0) return 0;
  const vectors = await embedder.embed(eligible.map((j) => (kind === 'listing' ? listingText(j) : fulltextText(j))));
  await setJobEmbeddings(
    db,
    kind,
    eligible.map((j, i) => ({ jobId: j.id, vector: vectors[i] as Float32Array, tag: embedder.tag })),
  );
  return eligible.length;
}

/** Embeds and stores the listing vectors of these jobs (discovery calls it for new postings). */
export async function embedJobListings(db: DB, embedder: Embedder, jobIds: readonly string[]): Promise<number> {
  return embedJobs(db, embedder, 'listing', await findJobEmbeddingSources(db, jobIds));
}

/** Embeds and stores the full-description vectors of these (enriched) jobs. */
export async function embedJobFulltexts(db: DB, embedder: Embedder, jobIds: readonly string[]): Promise<number> {
  return embedJobs(db, embedder, 'fulltext', await findJobEmbeddingSources(db, jobIds));
}

/**
 * Re-embeds up to `limit` jobs whose `kind` vector is missing or from another model (after a model
 * change); returns how many it did, so a maintenance loop runs until it returns 0.
 */
export async function reembedStaleJobs(
  db: DB,
  embedder: Embedder,
  kind: JobEmbeddingKind,
  limit: number,
): Promise<number> {
  return embedJobs(db, embedder, kind, await findJobsToEmbed(db, kind, compatibleTags(embedder), limit));
}

/**
 * The profile's vector: the stored one when the same model made it, else embedded now and stored
 * (resume ingestion calls this after analysis; the cache lookup calls it to be safe).
 */
export async function embedProfile(db: DB, embedder: Embedder, profile: MatchingProfile): Promise<Float32Array> {
  if (profile.embedding && profile.embeddingTag && compatibleTags(embedder).includes(profile.embeddingTag)) {
    return profile.embedding;
  }
  const text = await findResumeText(db, profile.resumeId);
  const [vector] = await embedder.embed([profileText(profile.features, text)]);
  await setResumeEmbedding(db, profile.resumeId, vector as Float32Array, embedder.tag);
  return vector as Float32Array;
}

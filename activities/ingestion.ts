import crypto from 'node:crypto';
import { z } from 'zod';
import type { Config } from '../common/config';
import { HirehoundError } from '../common/errors';
import { REMOTE_TYPES, SALARY_PERIODS } from '../common/vocabulary/jobs';
import { JobDetail, ListingPage, ScrapedPage, type ListingItem } from '../gateway/contract';
import type {
  ClusteredBatch,
  CompaniesMatched,
  IngestionBatch,
  IngestionRunner,
  IngestionSteps,
  PublishedBatch,
  StagedBatch,
} from '../ingestion/batch';
import { runIngestion } from '../ingestion/batch';
import { industryFromOccupations, statedCompanyFacts } from '../ingestion/company-facts';
import { canonicalUrl } from '../ingestion/canonical-url';
import { employerDomain } from '../ingestion/company-names';
import { planClustering, type ClusteringPosting } from '../ingestion/cluster-plan';
import {
  fetchedPayloadFingerprint,
  inputFingerprint,
  preparePosting,
  type PostingInput,
  type PreparedPosting,
} from '../ingestion/prepare';
import { decidePublication } from '../ingestion/publication';
import { qualityScore } from '../ingestion/quality';
import { spamScore } from '../ingestion/spam';
import { embedJobFulltexts, listingText } from '../matching/documents';
import { compatibleTags, type Embedder } from '../matching/embeddings/embedder';
import {
  findCompanies,
  findCompanyOccupations,
  linkPostingsToCompanies,
  matchCompanies,
  recordCompanyFacts,
} from '../store/companies';
import type { DB } from '../store/database';
import { setJobEmbeddings } from '../store/embeddings';
import {
  adoptIntoClusters,
  assignClusters,
  createClusters,
  findClusterMemberKeys,
  findDedupRows,
  findDuplicateCandidates,
  raiseSameTextCompanies,
  withClusteringLock,
  type DedupRow,
} from '../store/job-clusters';
import type { ObjectStore } from '../store/objects/object-store';
import {
  findStoredPosting,
  findStoredPostings,
  findPostingsToScore,
  insertPreparedPostings,
  markPostingsSeen,
  recordPublications,
  RELEASED_BY_ADMIN,
  updatePreparedPosting,
  type PreparedWrite,
  type PublicationWrite,
  type StoredPosting,
} from '../store/posting-ingestion';
import { withApplicationFailures } from './application-failure';
import { refreshClusters } from './cluster-upkeep';
import { heartbeatWhile } from './heartbeat';

/** Well under the staging activity's heartbeat timeout (workflows/ingestion/workflow.ts). */
const STAGING_HEARTBEAT_MS = 5_000;

/**
 * The posting-ingestion pipeline's activities (docs/ingestion.md): staging (CPU: cleaning, the
 * analysis shared with resumes, MinHash, embedding) on the `ml` queue, the database steps on the
 * `search` queue. Each is idempotent: it compares with what is stored and writes only differences.
 */

export type IngestionSettings = Config['ingestion'];

export interface IngestionActivityDeps {
  readonly db: DB;
  readonly embedder: Embedder;
  readonly objects: ObjectStore;
  readonly settings: IngestionSettings;
  readonly now?: () => Date;
}

/** A feed of postings (the `postings` batch kind): the pipeline's own input, validated at the boundary. */
export const PostingInputSchema = z.object({
  source: z.string().min(1).max(100),
  externalId: z.string().min(1).max(500),
  url: z.string().max(4096),
  title: z.string().max(1000),
  company: z.string().max(500).nullable(),
  location: z.string().max(500).nullable(),
  snippet: z.string().max(10_000).nullable(),
  description: z.string().max(500_000).nullable(),
  descriptionHtml: z.string().max(1_000_000).nullable(),
  salary: z
    .object({
      min: z.number().nullable(),
      max: z.number().nullable(),
      currency: z.string().nullable(),
      period: z.enum(SALARY_PERIODS),
    })
    .nullable(),
  salaryText: z.string().max(500).nullable(),
  remote: z.enum(REMOTE_TYPES),
  employmentTypes: z.array(z.string().max(100)).max(20),
  postedAt: z.string().max(100).nullable(),
  skills: z.array(z.string().max(200)).max(200),
}) satisfies z.ZodType<PostingInput>;
const PostingFeed = z.array(PostingInputSchema);
const DetailPayload = z.union([JobDetail, ScrapedPage]);

/** Recent postings a company's industry is inferred from when no posting states it. */
const COMPANY_OCCUPATION_SAMPLE = 200;

const sha256 = (data: string | Buffer): string => crypto.createHash('sha256').update(data).digest('hex');

/**
 * Keeps a batch's raw payload (content-addressed, so the same page is stored once) and names the
 * batch after it: the same payload is the same batch, and joins the same workflow.
 */
export async function storeRawBatch(
  objects: ObjectStore,
  batch:
    | { readonly kind: 'listings'; readonly payload: ListingPage }
    | { readonly kind: 'postings'; readonly payload: readonly PostingInput[] },
  fetchedAt: Date,
): Promise<IngestionBatch> {
  const body = Buffer.from(JSON.stringify(batch.payload));
  const digest = sha256(body);
  const rawKey = `raw/${batch.kind}/${digest}.json`;
  await objects.put(rawKey, body, 'application/json');
  return { kind: batch.kind, id: `${batch.kind}-${digest}`, rawKey, fetchedAt: fetchedAt.toISOString() };
}

/** A fetched posting's batch: its raw payload is already stored by enrichment under `rawKey`. */
export function detailsBatch(
  jobId: string,
  rawKey: string,
  origin: 'job_api' | 'web_scraping',
  fetchedAt: Date,
): IngestionBatch {
  return {
    kind: 'details',
    id: `details-${jobId}-${sha256(rawKey).slice(0, 16)}`,
    rawKey,
    fetchedAt: fetchedAt.toISOString(),
    jobId,
    origin,
  };
}

function fromListing(item: ListingItem): PostingInput {
  return {
    source: item.source,
    externalId: item.externalId,
    url: item.url,
    title: item.title,
    company: item.company,
    location: item.location,
    snippet: item.snippet,
    description: null,
    descriptionHtml: null,
    salary: item.salary,
    salaryText: null,
    remote: item.remote,
    employmentTypes: item.employmentTypes,
    postedAt: item.postedAt,
    skills: item.skills,
  };
}

/** A fetched full posting, completed by what the stored listing said. */
function fromDetail(stored: StoredPosting, detail: z.infer<typeof DetailPayload>): PostingInput {
  const listing: PostingInput = {
    source: stored.source,
    externalId: stored.externalId,
    url: stored.url,
    title: stored.title,
    company: stored.companyName,
    location: stored.location,
    snippet: stored.snippet,
    description: null,
    descriptionHtml: null,
    salary:
      stored.salary.period && (stored.salary.min !== null || stored.salary.max !== null)
        ? {
            min: stored.salary.min,
            max: stored.salary.max,
            currency: stored.salary.currency,
            period: stored.salary.period,
          }
        : null,
    salaryText: null,
    remote: stored.remoteType,
    employmentTypes: [],
    postedAt: stored.postedAt?.toISOString() ?? null,
    skills: [],
  };
  if ('description' in detail) {
    return {
      ...listing,
      title: detail.title || listing.title,
      company: detail.company ?? listing.company,
      location: detail.location ?? listing.location,
      description: detail.description,
      descriptionHtml: detail.descriptionHtml,
      salary: detail.salary ?? listing.salary,
      remote: detail.remote !== 'unknown' ? detail.remote : listing.remote,
      employmentTypes: detail.employmentTypes,
      postedAt: detail.postedAt ?? listing.postedAt,
    };
  }
  return { ...listing, description: detail.text, descriptionHtml: detail.text ? null : detail.html };
}

function clusteringPosting(row: DedupRow): ClusteringPosting {
  return {
    id: row.id,
    fingerprint: {
      source: row.source,
      companyKey: row.companyKey,
      titleKey: row.titleKey,
      locationKey: row.locationKey,
      contentHash: row.contentHash,
      signature: row.minhash,
      hasDescription: row.hasDescription,
      skills: row.skills,
    },
    lshKeys: row.lshKeys ?? [],
    clusterId: row.clusterId,
    ingestFingerprint: row.ingestFingerprint,
    clusteredFingerprint: row.clusteredFingerprint,
    sameTextCompanies: row.sameTextCompanies,
    expired: row.expired,
  };
}

export function createIngestionActivities(deps: IngestionActivityDeps) {
  const now = (): Date => deps.now?.() ?? new Date();
  const { settings } = deps;

  async function readRaw(batch: IngestionBatch): Promise<unknown> {
    const body = await deps.objects.get(batch.rawKey);
    if (!body) {
      throw new HirehoundError('INGESTION_RAW_PAYLOAD_MISSING', { details: { rawKey: batch.rawKey } });
    }
    try {
      return JSON.parse(body.toString('utf8')) as unknown;
    } catch {
      throw new HirehoundError('INGESTION_RAW_PAYLOAD_INVALID', { details: { rawKey: batch.rawKey } });
    }
  }

  function parsed<T>(schema: z.ZodType<T>, raw: unknown, batch: IngestionBatch): T {
    const result = schema.safeParse(raw);
    if (!result.success) {
      throw new HirehoundError('INGESTION_RAW_PAYLOAD_INVALID', {
        message: `The raw payload of ${batch.id} is not a ${batch.kind} payload`,
        details: { rawKey: batch.rawKey, issues: result.error.issues.slice(0, 5).map((i) => i.message) },
      });
    }
    return result.data;
  }

  /** The batch's postings with their index in the payload; a details batch holds one. */
  async function inputsOf(
    batch: IngestionBatch,
  ): Promise<{ inputs: { input: PostingInput; item: number | null }[]; stored?: StoredPosting }> {
    const raw = await readRaw(batch);
    if (batch.kind === 'listings') {
      const page = parsed(ListingPage, raw, batch);
      return { inputs: page.items.map((item, i) => ({ input: fromListing(item), item: i })) };
    }
    if (batch.kind === 'postings') {
      return { inputs: parsed(PostingFeed, raw, batch).map((input, i) => ({ input, item: i })) };
    }
    const stored = await findStoredPosting(deps.db, batch.jobId);
    if (!stored) throw new HirehoundError('JOB_NOT_FOUND', { details: { jobId: batch.jobId } });
    return { inputs: [{ input: fromDetail(stored, parsed(DetailPayload, raw, batch)), item: null }], stored };
  }

  async function stagePostings(batch: IngestionBatch): Promise<StagedBatch> {
    const fetchedAt = new Date(batch.fetchedAt);
    const { inputs } = await inputsOf(batch);
    const seenKeys = new Set<string>();
    const usable = inputs.filter(({ input }) => {
      const key = `${input.source}\u0000${input.externalId}`;
      if (!input.title.trim() || !input.url.trim() || seenKeys.has(key)) return false;
      seenKeys.add(key);
      return true;
    });
    const skipped = inputs.length - usable.length;
    const identities = usable.map(({ input }) => ({
      source: input.source,
      externalId: input.externalId,
      url: input.url,
      canonicalUrl: canonicalUrl(input.url),
    }));
    const stored = await findStoredPostings(deps.db, identities);
    const storedFor = (i: number): StoredPosting | undefined => {
      const id = identities[i]!;
      return (
        stored.find((s) => s.source === id.source && s.externalId === id.externalId) ??
        (batch.kind === 'details'
          ? undefined
          : stored.find((s) => s.url === id.url || (id.canonicalUrl !== null && s.canonicalUrl === id.canonicalUrl)))
      );
    };

    const jobIds: (string | null)[] = [];
    const unchanged: string[] = [];
    const updated: string[] = [];
    const toInsert: { index: number; write: PreparedWrite }[] = [];
    const embedNeeded: { jobId: string | null; index: number; prepared: PreparedPosting }[] = [];
    const enriched = batch.kind === 'details';

    for (const [index, { input, item }] of usable.entries()) {
      const existing = storedFor(index);
      // A listing never erases a full description fetched earlier: it is read again with it.
      const merged: PostingInput =
        existing && !input.description && !input.descriptionHtml && existing.descriptionText
          ? { ...input, description: existing.descriptionText }
          : input;
      const fingerprint = enriched ? fetchedPayloadFingerprint(batch.rawKey) : inputFingerprint(merged);
      if (existing && existing.ingestFingerprint === fingerprint) {
        jobIds.push(existing.id);
        unchanged.push(existing.id);
        continue;
      }
      const prepared = { ...preparePosting(merged, fetchedAt), fingerprint };
      const write: PreparedWrite = { prepared, rawKey: batch.rawKey, rawItem: item, fetchedAt, enriched };
      const needsVector =
        !existing ||
        !existing.listingEmbeddingModel ||
        !compatibleTags(deps.embedder).includes(existing.listingEmbeddingModel) ||
        listingText(existing) !== listingText({ ...prepared, companyName: prepared.companyName });
      if (existing) {
        await updatePreparedPosting(deps.db, existing.id, write);
        jobIds.push(existing.id);
        updated.push(existing.id);
        if (needsVector) embedNeeded.push({ jobId: existing.id, index, prepared });
      } else {
        jobIds.push(null);
        toInsert.push({ index, write });
        embedNeeded.push({ jobId: null, index, prepared });
      }
    }

    const inserted: string[] = [];
    if (toInsert.length > 0) {
      const { ids } = await insertPreparedPostings(
        deps.db,
        toInsert.map((t) => t.write),
      );
      // A posting another batch inserted meanwhile is updated instead (its identity is the same).
      const taken = toInsert.filter((_, i) => ids[i] === null);
      const raced =
        taken.length > 0
          ? await findStoredPostings(
              deps.db,
              taken.map((t) => identities[t.index]!),
            )
          : [];
      for (const [i, t] of toInsert.entries()) {
        let id = ids[i] ?? null;
        if (id === null) {
          const other = raced.find(
            (s) => s.source === t.write.prepared.source && s.externalId === t.write.prepared.externalId,
          );
          if (!other) continue;
          await updatePreparedPosting(deps.db, other.id, t.write);
          id = other.id;
          updated.push(id);
        } else {
          inserted.push(id);
        }
        jobIds[t.index] = id;
        const pending = embedNeeded.find((e) => e.index === t.index);
        if (pending) pending.jobId = id;
      }
    }

    const toEmbed = embedNeeded.filter(
      (e): e is { jobId: string; index: number; prepared: PreparedPosting } => e.jobId !== null,
    );
    if (toEmbed.length > 0) {
      // One batch per page: the embedder sorts by length and runs the model on the whole batch.
      const vectors = await deps.embedder.embed(toEmbed.map((e) => listingText(e.prepared)));
      await setJobEmbeddings(
        deps.db,
        'listing',
        toEmbed.map((e, i) => ({ jobId: e.jobId, vector: vectors[i] as Float32Array, tag: deps.embedder.tag })),
      );
    }
    await markPostingsSeen(deps.db, unchanged, fetchedAt);
    return {
      jobIds: [...new Set(jobIds.filter((id): id is string => id !== null))],
      inserted,
      updated: [...new Set(updated)],
      unchanged: [...new Set(unchanged)],
      skipped,
      embedded: toEmbed.length,
    };
  }

  async function matchCompaniesStep({ jobIds }: { readonly jobIds: readonly string[] }): Promise<CompaniesMatched> {
    const postings = await deps.db
      .selectFrom('jobs')
      .select(['id', 'company_name', 'company_key', 'description_text'])
      .where('id', 'in', [...jobIds])
      .execute();
    const named = postings.filter((p) => p.company_name && p.company_key);
    const matches = await matchCompanies(
      deps.db,
      named.map((p) => ({
        name: p.company_name as string,
        key: p.company_key as string,
        domain: p.description_text ? employerDomain(p.description_text) : null,
      })),
    );
    const companyOf = new Map(named.map((p, i) => [p.id, matches[i]!.companyId]));
    const linked = await linkPostingsToCompanies(
      deps.db,
      postings.map((p) => ({ jobId: p.id, companyId: companyOf.get(p.id) ?? null })),
    );

    // Facts: stated by a posting beats derived from occupations; a later posting fills what is missing.
    let factsChanged = 0;
    const companies = await findCompanies(deps.db, [...new Set(companyOf.values())]);
    for (const company of companies) {
      const stated = named
        .filter((p) => companyOf.get(p.id) === company.id && p.description_text)
        .map((p) => statedCompanyFacts(p.description_text as string, p.company_name));
      const statedIndustry = stated.find((f) => f.industry)?.industry ?? null;
      let industry =
        company.industrySource === 'posting' || company.industrySource === 'provider' ? company.industry : null;
      let industrySource = industry ? company.industrySource : null;
      if (!industry && statedIndustry) {
        industry = statedIndustry;
        industrySource = 'posting';
      }
      if (!industry) {
        industry = industryFromOccupations(
          await findCompanyOccupations(deps.db, company.id, COMPANY_OCCUPATION_SAMPLE),
        );
        industrySource = industry ? 'occupations' : null;
      }
      const changed = await recordCompanyFacts(deps.db, company.id, {
        industry,
        industrySource,
        size: company.size ?? stated.find((f) => f.size)?.size ?? null,
        headquarters: company.headquarters ?? stated.find((f) => f.headquarters)?.headquarters ?? null,
      });
      if (changed) factsChanged++;
    }
    return { linked, created: matches.filter((m) => m.created).length, factsChanged };
  }

  async function clusterPostingsStep({ jobIds }: { readonly jobIds: readonly string[] }): Promise<ClusteredBatch> {
    return withClusteringLock(deps.db, async (trx) => {
      // Three reads for the batch (its postings, their candidates, the members of every cluster
      // involved), the decisions in memory, then a few writes: not three statements per posting.
      const found = new Map((await findDedupRows(trx, jobIds)).map((r) => [r.id, r]));
      const rows = [...new Set(jobIds)].flatMap((id) => found.get(id) ?? []);
      const undecided = rows.filter((r) => !(r.clusterId !== null && r.clusteredFingerprint === r.ingestFingerprint));
      const stored = await findDuplicateCandidates(trx, undecided, settings.candidateLimit * undecided.length);
      const clusterIds = new Set([...rows, ...stored].flatMap((r) => (r.clusterId ? [r.clusterId] : [])));
      const plan = planClustering({
        batch: rows.map(clusteringPosting),
        stored: stored.map(clusteringPosting),
        members: await findClusterMemberKeys(trx, [...clusterIds]),
        thresholds: settings.dedup,
        candidateLimit: settings.candidateLimit,
        newClusterId: () => crypto.randomUUID(),
      });
      await createClusters(trx, plan.newClusters);
      await adoptIntoClusters(trx, plan.adopted);
      await assignClusters(trx, plan.assignments);
      await raiseSameTextCompanies(trx, plan.raised);
      return {
        clusterIds: plan.clusterIds,
        duplicates: plan.duplicates,
        rescore: plan.rescore,
        changed: plan.assignments.length,
      };
    });
  }

  async function publishPostingsStep(request: {
    readonly jobIds: readonly string[];
    readonly clusterIds: readonly string[];
  }): Promise<PublishedBatch> {
    const at = now();
    let published = 0;
    let held = 0;
    let changed = 0;
    const clusters = new Set(request.clusterIds);
    const records: PublicationWrite[] = [];
    for (const p of await findPostingsToScore(deps.db, request.jobIds)) {
      // An admin's release stands while the posting is unchanged; a changed one is decided again.
      const released =
        p.stored.status === 'published' &&
        p.publishedFingerprint === p.ingestFingerprint &&
        (p.stored.publicationReasons ?? []).some((r) => r.code === RELEASED_BY_ADMIN);
      if (released) {
        published++;
        if (p.clusterId) clusters.add(p.clusterId);
        continue;
      }
      const quality = qualityScore(p);
      const spam = spamScore(p, { otherCompaniesWithSameText: p.sameTextCompanies });
      const decision = decidePublication(quality, spam, settings.publication);
      if (decision.status === 'published') published++;
      else held++;
      if (p.clusterId) clusters.add(p.clusterId);
      const same =
        p.stored.qualityScore === quality.score &&
        p.stored.spamScore === spam.score &&
        p.stored.status === decision.status &&
        p.publishedFingerprint === p.ingestFingerprint &&
        JSON.stringify(p.stored.qualityReasons) === JSON.stringify(quality.reasons) &&
        JSON.stringify(p.stored.spamReasons) === JSON.stringify(spam.reasons) &&
        JSON.stringify(p.stored.publicationReasons ?? []) === JSON.stringify(decision.reasons);
      if (same) continue;
      records.push({
        jobId: p.id,
        qualityScore: quality.score,
        qualityReasons: quality.reasons,
        spamScore: spam.score,
        spamReasons: spam.reasons,
        status: decision.status,
        publicationReasons: decision.reasons,
        fingerprint: p.ingestFingerprint,
      });
    }
    // One statement for the batch, not one per posting.
    await recordPublications(deps.db, records, at);
    changed += records.length;
    changed += await refreshClusters(deps.db, [...clusters]);
    return { published, held, changed };
  }

  const steps: IngestionSteps = {
    stagePostings,
    matchCompanies: matchCompaniesStep,
    clusterPostings: clusterPostingsStep,
    publishPostings: publishPostingsStep,
  };

  const pipeline = {
    // Staging is the long step (analysis and embedding of a page): its heartbeat lets Temporal
    // retry it elsewhere within a minute of a worker dying, not after the whole start-to-close.
    stagePostings: (batch: IngestionBatch) =>
      heartbeatWhile(
        STAGING_HEARTBEAT_MS,
        () => ({ batch: batch.id }),
        () => withApplicationFailures(() => steps.stagePostings(batch)),
      ),
    matchCompanies: (request: { readonly jobIds: readonly string[] }) =>
      withApplicationFailures(() => steps.matchCompanies(request)),
    clusterPostings: (request: { readonly jobIds: readonly string[] }) =>
      withApplicationFailures(() => steps.clusterPostings(request)),
    publishPostings: (request: { readonly jobIds: readonly string[]; readonly clusterIds: readonly string[] }) =>
      withApplicationFailures(() => steps.publishPostings(request)),
  } satisfies IngestionSteps;

  return {
    ...pipeline,
    /**
     * One fetched posting (an enrichment) through every step in this one activity, then its full
     * text embedded: as separate activities of an ingestion workflow this was seven Temporal round
     * trips per posting, which cost more CPU than the work itself (docs/performance.md#enrichment).
     * Every step is idempotent, so a retry of the whole activity changes nothing twice.
     */
    ingestFetchedPosting: (request: { readonly batch: IngestionBatch; readonly jobId: string }) =>
      heartbeatWhile(
        STAGING_HEARTBEAT_MS,
        () => ({ batch: request.batch.id }),
        () =>
          withApplicationFailures(async () => {
            const result = await runIngestion(steps, request.batch);
            await embedJobFulltexts(deps.db, deps.embedder, [request.jobId]);
            return result;
          }),
      ),
  };
}

/** The ingestion pipeline's activities, typed for proxyActivities. */
export type IngestionActivities = ReturnType<typeof createIngestionActivities>;

/** Runs batches through the same steps in this process (tests, seeding, the evaluation's database pass). */
export function createInProcessIngestion(steps: IngestionSteps): IngestionRunner {
  return { ingest: (batch) => runIngestion(steps, batch) };
}

import { z } from 'zod';
import type { ErrorCode, HirehoundError } from '../../common/errors';
import { CreditStatus } from '../../gateway/contract';
import { ModelLineStatus } from '../../gateway/hf/chat-contract';
import { Tailoring } from '../../imaginator/tailoring';
import type { CreditTotals } from '../../store/credit-ledger';
import type { JobView as StoredJobView } from '../../store/job-views';
import type { HeldPosting as StoredHeldPosting } from '../../store/posting-ingestion';
import type { ResumeReadingSummary } from '../../store/resumes';
import type { User } from '../../store/users';
import { LIVE_SEARCH_UNAVAILABLE_REASONS, SEARCH_PHASES, SEARCH_STATUSES, TIERS } from '../../common/vocabulary/search';
import type * as search from '../../common/vocabulary/search';
import { REMOTE_TYPES, SALARY_PERIODS } from '../../common/vocabulary/jobs';
import type { HealthReport as CheckedHealthReport } from '../health';
import type { Sendable } from './route';

/**
 * The response bodies of the public API. Where the body is a type a lower layer returns, a
 * compile-time check below each schema proves the two accept the same values, and every handler's
 * `res.json()` is typed from these schemas (api/contract/mount.ts), so a route cannot send what
 * the document does not say.
 */

type Writable<T> = T extends readonly (infer U)[]
  ? Writable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Writable<T[K]> }
    : T;
type Same<A, B> = [Writable<A>] extends [Writable<B>] ? ([Writable<B>] extends [Writable<A>] ? true : false) : false;
/** Compiles only when the schema's output and the type accept the same values. */
function sameType<A, B>(_proof: Same<A, B>): void {}

const timestamp = () => z.iso.datetime().describe('ISO 8601, UTC');
const openObject = () => z.record(z.string(), z.unknown());

/** The error body, its `code` one of `codes`. */
export function errorBody(codes: readonly [ErrorCode, ...ErrorCode[]]) {
  return z.object({
    error: z.object({
      code: z.enum(codes).describe('Stable, never renamed: branch on it'),
      message: z.string().describe('For people; may change'),
      details: openObject().optional().describe('Machine-readable specifics, e.g. the invalid fields'),
    }),
  });
}
sameType<z.output<ReturnType<typeof errorBody>>, ReturnType<HirehoundError['toJSON']>>(true);

export const HealthReport = z
  .object({
    status: z.enum(['ok', 'failing']),
    dependencies: z.record(
      z.string(),
      z.object({
        ok: z.boolean(),
        latencyMs: z.number().int(),
        error: z.string().optional().describe('Why the check failed'),
      }),
    ),
  })
  .meta({ id: 'HealthReport' });
sameType<z.output<typeof HealthReport>, CheckedHealthReport>(true);

export const Me = z
  .object({
    id: z.uuid(),
    email: z.string(),
    tier: z.enum(TIERS).describe('From the database, never from the request'),
    isAdmin: z.boolean(),
    dailyCreditCap: z.number().int().nullable().describe('Provider credits per UTC day, when capped'),
  })
  .meta({ id: 'Me' });
sameType<z.output<typeof Me>, Pick<User, 'id' | 'email' | 'tier' | 'isAdmin' | 'dailyCreditCap'>>(true);

const SearchStatus = z.enum(SEARCH_STATUSES);
sameType<z.output<typeof SearchStatus>, search.SearchStatus>(true);

const SearchCounts = z.object({
  cacheCandidates: z.number().int(),
  freshMatches: z.number().int(),
  discoveredPages: z.number().int(),
  discoveredNew: z.number().int(),
  enrichPlanned: z.number().int(),
  enrichDone: z.number().int(),
  enrichJoined: z.number().int(),
  enrichExpired: z.number().int(),
  enrichFailed: z.number().int(),
});

export const SearchProgress = z
  .object({
    searchId: z.uuid(),
    status: SearchStatus,
    phase: z.enum(SEARCH_PHASES),
    version: z.number().int().describe('Increases whenever a new ranking is published'),
    counts: SearchCounts,
    creditsUsed: z.number().int().describe('Provider credits this search was charged'),
    discoveryTriggered: z.boolean(),
    discoveryDecision: z.string().nullable().describe('Why discovery did not run, when it did not'),
    liveSearchUnavailable: z
      .object({
        reason: z.enum(LIVE_SEARCH_UNAVAILABLE_REASONS),
        message: z.string(),
      })
      .nullable()
      .describe('Set when discovery was wanted but the provider could not be used'),
    bestScore: z.number().nullable(),
    timings: z.record(z.string(), z.number()).describe('Milliseconds spent, by phase'),
    startedAt: timestamp(),
    updatedAt: timestamp(),
  })
  .meta({ id: 'SearchProgress' });
sameType<z.output<typeof SearchProgress>, search.SearchProgress>(true);

const ResultJob = z
  .object({
    id: z.uuid(),
    title: z.string(),
    company: z.string().nullable(),
    location: z.string().nullable(),
    remoteType: z.enum(REMOTE_TYPES),
    url: z.string(),
    salary: z
      .object({
        min: z.number().nullable(),
        max: z.number().nullable(),
        currency: z.string().nullable(),
        period: z.enum(SALARY_PERIODS).nullable(),
      })
      .nullable(),
    postedAt: timestamp().nullable(),
    enriched: z.boolean().describe('The full description has been fetched'),
    cluster: z
      .object({
        postings: z
          .number()
          .int()
          .min(1)
          .describe('Published postings of this job (reposts, other boards), this one included'),
        sources: z.number().int().min(1).describe('Distinct job boards among them'),
      })
      .optional()
      .describe(
        'This posting stands for its cluster of duplicates; absent from results stored before clusters existed',
      ),
  })
  .meta({ id: 'ResultJob' });

const SearchResult = z
  .object({
    rank: z.number().int(),
    score: z
      .number()
      .describe(
        "0.7·ATS + 0.3·semantic + freshness, 0–100. The list is sorted by it in whole points, and at an equal whole point by the posting's quality (the more complete posting first), then by the exact score",
      ),
    ats: z.number(),
    semantic: z.number(),
    freshness: z.number(),
    job: ResultJob,
    reasons: openObject().describe('Matched and missing skills, experience, title and location fit, with weights'),
  })
  .meta({ id: 'SearchResult' });

export const ResultsPage = z
  .object({
    version: z.number().int().describe('The ranking version this page is from'),
    total: z.number().int(),
    offset: z.number().int(),
    items: z.array(SearchResult),
  })
  .meta({ id: 'ResultsPage' });
sameType<z.output<typeof ResultsPage>, search.ResultsPage>(true);

export const StartedSearch = z
  .object({
    searchId: z.uuid(),
    links: z.object({ self: z.string(), events: z.string() }),
    progress: SearchProgress.nullable().describe('Set when the first page was ready within waitMs'),
    results: ResultsPage.nullable(),
  })
  .meta({ id: 'StartedSearch' });

export const SearchView = z
  .object({
    searchId: z.uuid(),
    source: z.enum(['workflow', 'database']).describe('The workflow while it runs, Postgres once finished'),
    progress: SearchProgress,
    results: ResultsPage,
  })
  .meta({ id: 'SearchView' });

export const RerankedSearch = SearchView.omit({ source: true }).meta({ id: 'RerankedSearch' });

export const CancellingSearch = z
  .object({ searchId: z.uuid(), status: z.literal('cancelling') })
  .meta({ id: 'CancellingSearch' });

export const SearchDone = z.object({ status: SearchStatus }).meta({ id: 'SearchDone' });

const Salary = ResultJob.shape.salary;

export const JobView = z
  .object({
    id: z.uuid(),
    source: z.string(),
    url: z.string(),
    title: z.string(),
    company: z.string().nullable(),
    location: z.string().nullable(),
    remoteType: z.enum(REMOTE_TYPES),
    employmentType: z.string().nullable(),
    seniority: z.string().nullable(),
    salary: Salary,
    skills: z.array(z.string()),
    skillsRequired: z.array(z.string()),
    skillsPreferred: z.array(z.string()),
    onetCode: z.string().nullable(),
    snippet: z.string().nullable(),
    description: z.string().nullable().describe('The full description, once enriched'),
    postedAt: timestamp().nullable(),
    firstDiscoveredAt: timestamp(),
    lastDiscoveredAt: timestamp(),
    enrichedAt: timestamp().nullable(),
    status: z.object({ discovery: z.string(), enrichment: z.string() }),
  })
  .meta({ id: 'Job', description: 'A cached job posting' });
sameType<z.output<typeof JobView>, StoredJobView>(true);

const ResumeReading = z.object({
  format: z.string(),
  method: z.string(),
  pages: z.number().int(),
  ocrPages: z.number().int(),
  quality: openObject(),
  warnings: z.array(z.string()),
  elapsedMs: z.number(),
});
sameType<z.output<typeof ResumeReading>, ResumeReadingSummary>(true);

export const ResumeView = z
  .object({
    id: z.uuid(),
    fileName: z.string(),
    mediaType: z.string(),
    sizeBytes: z.number().int(),
    status: z.enum(['received', 'parsed', 'analysed', 'ready', 'failed']),
    error: z.object({ code: z.string(), message: z.string() }).nullable(),
    reading: ResumeReading.nullable().describe('What the document reader found, once read'),
    profile: openObject().nullable().describe('The analysed profile: title, skills, experience, education…'),
    embedded: z.boolean(),
    originalFileStored: z.literal(false).describe('The uploaded file is not kept after reading'),
    createdAt: timestamp(),
    updatedAt: timestamp(),
  })
  .meta({ id: 'Resume' });
export type ResumeView = Sendable<z.output<typeof ResumeView>>;

z.globalRegistry.add(CreditStatus, { ...z.globalRegistry.get(CreditStatus), id: 'GatewayCreditStatus' });
const LedgerTotals = z.object({
  credits: z.number().int(),
  calls: z.number().int(),
  byEndpoint: z.record(z.string(), z.number().int()),
});
sameType<z.output<typeof LedgerTotals>, CreditTotals>(true);

export const CreditsView = z
  .object({
    gateway: CreditStatus.describe("The gateway's Redis ledger: budget, used, reserved, alerts, circuits"),
    ledger: LedgerTotals.describe("This month's Postgres ledger of HasData calls, by endpoint"),
    modelLine: z
      .object({
        gateway: ModelLineStatus.describe("The Imaginator's chat-model budget line (hf.chat), in model credits"),
        ledger: LedgerTotals.describe("This month's Postgres ledger of chat-model calls"),
      })
      .describe("The chat model has a budget of its own: its credits never count against HasData's"),
  })
  .meta({ id: 'Credits' });

z.globalRegistry.add(ModelLineStatus, { ...z.globalRegistry.get(ModelLineStatus), id: 'ModelLineStatus' });

export const TailoringView = Tailoring.meta({
  id: 'Tailoring',
  description:
    'Targeted edits to one resume for one job, never a rewritten resume. Every line passed a check against the resume: no skill, name, date or figure the resume does not hold.',
});

const ScoreReason = z
  .object({
    code: z.string().describe('Stable snake_case name of the signal or part, e.g. `fee_asked`, `salary`'),
    points: z.number().describe('What it added to its score'),
    detail: z.string().describe('For people'),
  })
  .meta({ id: 'ScoreReason' });

const HeldPosting = z
  .object({
    id: z.uuid(),
    source: z.string(),
    url: z.string(),
    title: z.string(),
    company: z.string().nullable(),
    qualityScore: z.number().int().nullable().describe('Completeness, 0–100'),
    spamScore: z.number().int().nullable().describe('Scam and spam signals, 0–100'),
    reasons: z.array(ScoreReason).describe('The threshold it failed, then the signals behind it'),
    heldAt: timestamp().nullable(),
  })
  .meta({ id: 'HeldPosting' });
sameType<z.output<typeof HeldPosting>, StoredHeldPosting>(true);

export const HeldPostingsPage = z
  .object({
    total: z.number().int(),
    offset: z.number().int(),
    items: z.array(HeldPosting),
  })
  .meta({ id: 'HeldPostings', description: 'Postings ingestion held back from search, newest first' });

export const ReleasedPosting = z
  .object({
    id: z.uuid(),
    status: z.literal('published'),
    releasedAt: timestamp(),
  })
  .meta({
    id: 'ReleasedPosting',
    description: 'A held posting an admin released: published until its content changes',
  });

export const OpenApiDocument = z
  .looseObject({ openapi: z.string(), info: z.looseObject({ title: z.string(), version: z.string() }) })
  .describe('An OpenAPI 3.1 document');

const SearchSummaryFields = {
  searchId: z.uuid(),
  status: SearchStatus,
  phase: z.string(),
  tier: z.enum(TIERS),
  query: z.object({ keyword: z.string(), location: z.string().optional() }).nullable(),
  filters: openObject().describe('The hard filters it started with'),
  resumeId: z.uuid().nullable(),
  resumeFileName: z.string().nullable(),
  creditsUsed: z.number().int().describe('Provider credits the search reported'),
  bestScore: z.number().nullable(),
  createdAt: timestamp(),
  completedAt: timestamp().nullable(),
};

export const SearchList = z
  .object({ items: z.array(z.object(SearchSummaryFields).meta({ id: 'SearchSummary' })) })
  .meta({ id: 'SearchList', description: "The caller's searches, newest first" });

export const AdminSearchList = z
  .object({
    temporalUiUrl: z.string().nullable().describe('The Temporal UI the run links point into (TEMPORAL_UI_URL)'),
    items: z.array(
      z
        .object({
          ...SearchSummaryFields,
          userEmail: z.string(),
          ledgerCredits: z.number().int().describe('What the credit ledger charged for this search'),
          workflowId: z.string(),
          runUrl: z.string().nullable().describe('This run in the Temporal UI'),
        })
        .meta({ id: 'AdminSearchSummary' }),
    ),
  })
  .meta({ id: 'AdminSearchList', description: "Every user's searches, newest first, with their cost" });

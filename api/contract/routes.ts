import { ERROR_CATALOGUE, type ErrorCode } from '../../common/errors';
import { SearchFilters } from '../search-schemas';
import {
  CancelSearchBody,
  JobIdParams,
  ListQuery,
  PageQuery,
  ResumeCorrectionBody,
  ResumeIdParams,
  ResumeUploadForm,
  SearchIdParams,
  StartSearchBody,
  TailorResumeBody,
} from './requests';
import {
  AdminSearchList,
  CancellingSearch,
  CreditsView,
  HealthReport,
  HeldPostingsPage,
  JobView,
  Me,
  OpenApiDocument,
  ReleasedPosting,
  RerankedSearch,
  ResumeView,
  SearchDone,
  SearchList,
  SearchProgress,
  SearchView,
  StartedSearch,
  TailoringView,
} from './responses';
import {
  AnalyticsQuery,
  AnalyticsView,
  DeadLetterIdParams,
  DeadLetterPage,
  DeadLetterQuery,
  MaintenanceView,
  RequeuedDeadLetter,
} from './admin-schemas';
import { defineRoute, type RouteContract } from './route';

/**
 * What ingestion can end an upload with: every RESUME_* code of the catalogue but the two the
 * routes answer themselves (no file field, no such resume).
 */
const RESUME_VERDICT_CODES = (Object.keys(ERROR_CATALOGUE) as ErrorCode[]).filter(
  (code) => code.startsWith('RESUME_') && code !== 'RESUME_FILE_MISSING' && code !== 'RESUME_NOT_FOUND',
);

/**
 * The route registry: every route of the public API, declared once. Routers are mounted from it
 * (api/contract/mount.ts refuses a contract that is not here) and /openapi.json and docs/api.md
 * are generated from it (`npm run docs:api`).
 */

export const TAGS = {
  system: 'Health, readiness and this document (no API key)',
  account: 'The caller',
  searches: 'Searches: start, follow, re-filter, cancel',
  jobs: 'The shared job cache',
  resumes: 'Resume upload and understanding',
  credits: 'Provider credit accounting (admins)',
  admin: 'Scheduled maintenance: dead letters, runs and analytics (admins)',
  ingestion: 'Posting ingestion: what it held back from search (admins)',
} as const;

const searchIdParams = { name: 'search id', schema: SearchIdParams } as const;

export const ROUTES = {
  system: {
    health: defineRoute({
      method: 'get',
      path: '/healthz',
      operationId: 'getHealth',
      tag: 'system',
      access: 'public',
      summary: 'Liveness of each dependency',
      description: 'Postgres, Redis and Temporal, each with its latency; 503 names the one that does not answer.',
      responses: {
        200: { description: 'Every dependency answers', body: HealthReport },
        503: { description: 'A dependency does not answer', body: HealthReport },
      },
      errors: [],
    }),
    ready: defineRoute({
      method: 'get',
      path: '/readyz',
      operationId: 'getReadiness',
      tag: 'system',
      access: 'public',
      summary: 'Ready to serve: dependencies up, migrations applied, workers polling',
      responses: {
        200: { description: 'Ready', body: HealthReport },
        503: { description: 'Not ready: the failing check is named', body: HealthReport },
      },
      errors: [],
    }),
    me: defineRoute({
      method: 'get',
      path: '/v1/me',
      operationId: 'getMe',
      tag: 'account',
      access: 'user',
      summary: 'The authenticated user and tier',
      responses: { 200: { description: 'The user', body: Me } },
      errors: [],
    }),
  },

  documents: {
    openapi: defineRoute({
      method: 'get',
      path: '/openapi.json',
      operationId: 'getOpenApiDocument',
      tag: 'system',
      access: 'public',
      summary: 'This document',
      description: 'Generated from the route registry the routers are mounted from.',
      responses: { 200: { description: 'OpenAPI 3.1', body: OpenApiDocument } },
      errors: [],
    }),
  },

  searches: {
    start: defineRoute({
      method: 'post',
      path: '/v1/searches',
      operationId: 'startSearch',
      tag: 'searches',
      access: 'user',
      summary: 'Start a search; answers with the first page when the cache phase is done within waitMs',
      description:
        'The tier comes from the API key: free searches use the cache only; paid searches may discover and enrich under the credit budget.',
      body: { json: { name: 'search request', schema: StartSearchBody }, required: true },
      responses: {
        202: {
          description: 'Started; follow `links.events` or poll `links.self`',
          body: StartedSearch,
          headers: { Location: 'The search' },
        },
      },
      errors: ['SEARCH_NEEDS_QUERY_OR_RESUME', 'API_NOT_FOUND', 'SEARCH_RESUME_NOT_READY'],
    }),
    read: defineRoute({
      method: 'get',
      path: '/v1/searches/{id}',
      operationId: 'getSearch',
      tag: 'searches',
      access: 'user',
      summary: 'Progress and a page of results',
      description: 'From the workflow while the search runs, from Postgres once it has finished.',
      params: searchIdParams,
      query: { name: 'page', schema: PageQuery },
      responses: { 200: { description: 'The search', body: SearchView } },
      errors: ['SEARCH_NOT_FOUND'],
    }),
    events: defineRoute({
      method: 'get',
      path: '/v1/searches/{id}/events',
      operationId: 'followSearch',
      tag: 'searches',
      access: 'user',
      summary: 'Server-Sent Events: `progress` on every change, then `done`',
      description:
        'A finished search sends its last `progress` and `done` at once. Comment lines (`: keep-alive`) keep idle proxies from closing the stream.',
      params: searchIdParams,
      responses: {
        200: {
          description: 'The event stream',
          events: {
            progress: {
              description: 'The version, phase, status, credits or counts changed',
              data: SearchProgress,
            },
            done: { description: 'The search has finished; the stream ends', data: SearchDone },
          },
        },
      },
      errors: ['SEARCH_NOT_FOUND'],
    }),
    cancel: defineRoute({
      method: 'post',
      path: '/v1/searches/{id}/cancel',
      operationId: 'cancelSearch',
      tag: 'searches',
      access: 'user',
      summary: 'Stop spending; the search finishes with what it has',
      params: searchIdParams,
      body: { json: { name: 'cancel request', schema: CancelSearchBody }, required: false },
      responses: { 202: { description: 'Cancelling', body: CancellingSearch } },
      errors: ['SEARCH_NOT_FOUND', 'SEARCH_NOT_RUNNING'],
    }),
    changeFilters: defineRoute({
      method: 'patch',
      path: '/v1/searches/{id}/filters',
      operationId: 'changeSearchFilters',
      tag: 'searches',
      access: 'user',
      summary: 'Re-rank a running search under new hard filters (no provider call, no credits)',
      description: 'The filters replace the previous ones; an empty body removes them all.',
      params: searchIdParams,
      body: { json: { name: 'filters', schema: SearchFilters }, required: false },
      responses: { 200: { description: 'The new ranking', body: RerankedSearch } },
      errors: ['SEARCH_NOT_FOUND', 'SEARCH_NOT_RUNNING', 'SEARCH_WORKFLOW_UNAVAILABLE'],
    }),
  },

  jobs: {
    read: defineRoute({
      method: 'get',
      path: '/v1/jobs/{id}',
      operationId: 'getJob',
      tag: 'jobs',
      access: 'user',
      summary: 'A cached job posting, with its full text once enriched',
      description:
        'Jobs are the shared cache: any authenticated user may read one. The read is recorded as an open (the analytics count opened results as useful).',
      params: { name: 'job id', schema: JobIdParams },
      responses: { 200: { description: 'The job', body: JobView } },
      errors: ['JOB_NOT_FOUND'],
    }),
  },

  credits: {
    read: defineRoute({
      method: 'get',
      path: '/v1/credits',
      operationId: 'getCredits',
      tag: 'credits',
      access: 'admin',
      summary: "The month's provider credits, from the gateway and from the ledger (admins only)",
      description: "The gateway's Redis ledger beside the Postgres ledger's totals, to reconcile them at a glance.",
      responses: { 200: { description: 'Both ledgers', body: CreditsView } },
      errors: ['DEPENDENCY_UNAVAILABLE', 'GATEWAY_UNAVAILABLE'],
    }),
  },

  ingestion: {
    held: defineRoute({
      method: 'get',
      path: '/v1/admin/postings/held',
      operationId: 'listHeldPostings',
      tag: 'ingestion',
      access: 'admin',
      summary: 'Postings held back from search, with the reasons (admins only)',
      description:
        'A posting is held when its spam score reaches INGEST_SPAM_HOLD_AT or its quality score is below INGEST_QUALITY_MIN; each reason names the signal and the points it added.',
      query: { name: 'page', schema: PageQuery },
      responses: { 200: { description: 'Held postings, newest first', body: HeldPostingsPage } },
      errors: [],
    }),
    release: defineRoute({
      method: 'post',
      path: '/v1/admin/postings/{id}/release',
      operationId: 'releaseHeldPosting',
      tag: 'ingestion',
      access: 'admin',
      summary: 'Publish a held posting after reading it (admins only)',
      description:
        'The posting becomes searchable (and may represent its cluster) with the reason `released_by_admin`. Ingestion keeps the release while the posting is unchanged; a changed posting is scored and decided again.',
      params: { name: 'job id', schema: JobIdParams, invalid: 'JOB_NOT_FOUND' },
      responses: { 200: { description: 'Released', body: ReleasedPosting } },
      errors: ['JOB_NOT_FOUND', 'INGESTION_POSTING_NOT_HELD'],
    }),
  },

  resumes: {
    upload: defineRoute({
      method: 'post',
      path: '/v1/resumes',
      operationId: 'uploadResume',
      tag: 'resumes',
      access: 'user',
      summary: 'Upload a resume and get its analysed profile',
      description:
        'The same file again answers the existing profile (200). When reading takes longer than RESUME_INGEST_WAIT_MS the answer is 202: poll the resume. A file the reader refuses answers with its RESUME_* code, and nothing of it is kept.',
      body: { multipart: ResumeUploadForm },
      responses: {
        201: { description: 'Read and analysed', body: ResumeView, headers: { Location: 'The resume' } },
        200: { description: 'This file was uploaded before', body: ResumeView, headers: { Location: 'The resume' } },
        202: {
          description: 'Still being read: poll the resume',
          body: ResumeView,
          headers: { Location: 'The resume' },
        },
      },
      // The verdicts ingestion stores on a refused file, which the upload answers with.
      errors: ['RESUME_FILE_MISSING', 'API_VALIDATION_FAILED', ...RESUME_VERDICT_CODES],
    }),
    read: defineRoute({
      method: 'get',
      path: '/v1/resumes/{id}',
      operationId: 'getResume',
      tag: 'resumes',
      access: 'user',
      summary: "One of the caller's resumes",
      description:
        "Another user's resume, a missing one and a malformed id are the same 404. A file the reader refused after the upload answered 202 is not kept: its location answers with the refusal's RESUME_* code.",
      params: { name: 'resume id', schema: ResumeIdParams, invalid: 'RESUME_NOT_FOUND' },
      responses: {
        200: { description: 'The resume (status `failed` carries the error of a failed attempt)', body: ResumeView },
      },
      errors: ['RESUME_NOT_FOUND', ...RESUME_VERDICT_CODES],
    }),
  },

  pastSearches: {
    list: defineRoute({
      method: 'get',
      path: '/v1/searches',
      operationId: 'listSearches',
      tag: 'searches',
      access: 'user',
      summary: "The caller's searches, newest first",
      description: 'Each opens with `GET /v1/searches/{id}`, from Postgres once its workflow is gone.',
      query: { name: 'list', schema: ListQuery },
      responses: { 200: { description: 'The searches', body: SearchList } },
      errors: [],
    }),
  },

  searchCosts: {
    list: defineRoute({
      method: 'get',
      path: '/v1/credits/searches',
      operationId: 'listSearchCosts',
      tag: 'credits',
      access: 'admin',
      summary: "Every user's recent searches with what each cost, and each run in the Temporal UI (admins only)",
      description:
        "`ledgerCredits` is the Postgres ledger's sum for the search, beside the credits the search itself reported.",
      query: { name: 'list', schema: ListQuery },
      responses: { 200: { description: 'The searches', body: AdminSearchList } },
      errors: [],
    }),
  },

  resumeCorrections: {
    correct: defineRoute({
      method: 'patch',
      path: '/v1/resumes/{id}',
      operationId: 'correctResume',
      tag: 'resumes',
      access: 'user',
      summary: 'Correct what was understood: job title, occupation, location, skills',
      description:
        'Later searches match on the corrected profile. What the analysis found first stays in `profile.corrections.original`; skills the taxonomy does not know are listed in `profile.corrections.unrecognisedSkills` and not matched on.',
      params: { name: 'resume id', schema: ResumeIdParams, invalid: 'RESUME_NOT_FOUND' },
      body: { json: { name: 'correction', schema: ResumeCorrectionBody }, required: true },
      responses: { 200: { description: 'The corrected resume', body: ResumeView } },
      errors: ['RESUME_NOT_FOUND', 'MATCHING_PROFILE_NOT_READY'],
    }),
  },

  imaginator: {
    tailor: defineRoute({
      method: 'post',
      path: '/v1/resumes/{id}/tailor',
      operationId: 'tailorResume',
      tag: 'resumes',
      access: 'user',
      summary: 'Targeted edits that fit a resume to one job (paid accounts)',
      description:
        "A summary line aimed at the job, resume lines to strengthen, the job's skills the resume shows (with its own line as evidence) and those it lacks (with O*NET task statements as hints). Written by the chat model when one is configured and its budget allows, else by the deterministic analysis (`source`); either way every line is checked against the resume and dropped if it claims a skill, name, date or figure the resume does not hold.",
      params: { name: 'resume id', schema: ResumeIdParams, invalid: 'RESUME_NOT_FOUND' },
      body: { json: { name: 'tailoring request', schema: TailorResumeBody }, required: true },
      responses: { 200: { description: 'The suggested edits', body: TailoringView } },
      errors: ['IMAGINATOR_PAID_ONLY', 'RESUME_NOT_FOUND', 'IMAGINATOR_RESUME_NOT_READY', 'JOB_NOT_FOUND'],
    }),
  },
  admin: {
    deadLetters: defineRoute({
      method: 'get',
      path: '/v1/admin/dead-letters',
      operationId: 'listDeadLetters',
      tag: 'admin',
      access: 'admin',
      summary: 'What scheduled maintenance failed to do for good, newest first',
      description:
        'A maintenance run that exhausted its retries, or an enrichment that exhausted its nightly retries, with what it was working on and its error.',
      query: { name: 'dead letter query', schema: DeadLetterQuery },
      responses: { 200: { description: 'A page of dead letters', body: DeadLetterPage } },
      errors: [],
    }),
    requeueDeadLetter: defineRoute({
      method: 'post',
      path: '/v1/admin/dead-letters/{id}/requeue',
      operationId: 'requeueDeadLetter',
      tag: 'admin',
      access: 'admin',
      summary: 'Start the work again: the letter is resolved when it succeeds, pending again when it fails',
      params: { name: 'dead letter id', schema: DeadLetterIdParams, invalid: 'MAINTENANCE_DEAD_LETTER_NOT_FOUND' },
      responses: { 202: { description: 'Requeued', body: RequeuedDeadLetter } },
      errors: ['MAINTENANCE_DEAD_LETTER_NOT_FOUND', 'MAINTENANCE_DEAD_LETTER_NOT_PENDING', 'DEPENDENCY_UNAVAILABLE'],
    }),
    maintenance: defineRoute({
      method: 'get',
      path: '/v1/admin/maintenance',
      operationId: 'getMaintenance',
      tag: 'admin',
      access: 'admin',
      summary: 'Runs and failures of each maintenance task, and dead letters by state',
      responses: { 200: { description: 'The maintenance record', body: MaintenanceView } },
      errors: [],
    }),
    analytics: defineRoute({
      method: 'get',
      path: '/v1/admin/analytics',
      operationId: 'getAnalytics',
      tag: 'admin',
      access: 'admin',
      summary: 'Hourly search analytics: tiers, cache hit rate, discovery, credits per useful result, latency',
      description:
        'From the hourly roll-up (a maintenance schedule): the last hour appears once the roll-up has run after it.',
      query: { name: 'analytics range', schema: AnalyticsQuery },
      responses: { 200: { description: 'Hourly figures and their totals', body: AnalyticsView } },
      errors: [],
    }),
  },
} as const satisfies Record<string, Record<string, RouteContract & { readonly tag: keyof typeof TAGS }>>;

/** Every registered contract, in declaration order. */
export const ALL_ROUTES: readonly RouteContract[] = Object.values(ROUTES).flatMap(
  (group: Readonly<Record<string, RouteContract>>) => Object.values(group),
);

const registered = new Set<RouteContract>(ALL_ROUTES);
export const isRegisteredRoute = (contract: RouteContract): boolean => registered.has(contract);

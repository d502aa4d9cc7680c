import crypto from 'node:crypto';
import { WithStartWorkflowOperation, type Client } from '@temporalio/client';
import type { Config } from '../common/config';
import { HirehoundError } from '../common/errors';
import type { ResultsPage, SearchFilters, SearchProgress, SearchQuery, Tier } from '../common/vocabulary/search';
import type { TaskQueueNames } from '../common/vocabulary/task-queues';
import type { DB } from '../store/database';
import { findResumeForSearch } from '../store/resumes';
import { insertSearch } from '../store/searches';
import type { User } from '../store/users';
import { searchAttributesAtStart } from '../temporal/search-attributes';
import { searchWorkflowId } from '../temporal/workflow-ids';
import { firstResultsUpdate } from '../workflows/search/messages';
import { normalizeQueryKey, type SearchSettings, type SearchWorkflowInput } from '../workflows/search/model';
import { searchWorkflow } from '../workflows/search/workflow';

export interface StartSearchRequest {
  readonly resumeId?: string | undefined;
  readonly query?: SearchQuery | undefined;
  readonly filters: SearchFilters;
}

export interface StartedSearch {
  readonly searchId: string;
  readonly workflowId: string;
  /** Present when the cache phase answered within the wait. */
  readonly first: { readonly progress: SearchProgress; readonly results: ResultsPage } | null;
}

/** Operator settings for one run; free users never enrich (and never discover: see decideDiscovery). */
export function searchSettingsFor(tier: Tier, search: Config['search']): SearchSettings {
  return {
    shownResults: search.shownResults,
    candidatePool: search.candidatePool,
    enrichLimit: tier === 'paid' ? search.enrichLimitPaid : 0,
    enrichMinScore: search.matchMinScore,
    enrichConcurrency: search.enrichConcurrency,
    enrichRefreshDays: search.enrichRefreshDays,
    discovery: {
      bestScoreBelow: search.discovery.bestScoreBelow,
      freshMatchesBelow: search.discovery.freshMatchesBelow,
      rule: search.discovery.rule,
      maxPages: search.discovery.maxPages,
      repeatGuardMs: search.discovery.repeatGuardMs,
    },
    backoff: search.backoff,
    freeEndsWithRanking: true,
  };
}

export interface SearchStarterDeps {
  readonly db: DB;
  readonly temporal: Client;
  readonly config: Pick<Config, 'search'>;
  readonly taskQueues: TaskQueueNames;
}

/**
 * Starts a search and, in the same round trip (update-with-start), asks for its first page. The
 * tier comes from the authenticated user row, never from the request. The search row is written
 * before the workflow starts, so a search the API acknowledged is always findable.
 */
export async function startSearch(
  deps: SearchStarterDeps,
  user: User,
  request: StartSearchRequest,
  waitMs: number,
): Promise<StartedSearch> {
  let query = request.query ?? null;
  let resumeId: string | null = null;
  if (request.resumeId) {
    const resume = await findResumeForSearch(deps.db, user.id, request.resumeId);
    if (!resume) throw new HirehoundError('API_NOT_FOUND', { message: 'No such resume' });
    if (!resume.analysed) throw new HirehoundError('SEARCH_RESUME_NOT_READY');
    resumeId = resume.id;
    // A resume alone still gives the provider something to search for: its canonical title.
    if (!query && resume.title)
      query = { keyword: resume.title, ...(resume.location ? { location: resume.location } : {}) };
  }
  if (!query && !resumeId) throw new HirehoundError('SEARCH_NEEDS_QUERY_OR_RESUME');

  const searchId = crypto.randomUUID();
  const workflowId = searchWorkflowId(searchId);
  const input: SearchWorkflowInput = {
    searchId,
    taskQueues: deps.taskQueues,
    userId: user.id,
    tier: user.tier,
    resumeId,
    query,
    normalizedQuery: normalizeQueryKey(query, `resume:${resumeId ?? ''}`),
    filters: request.filters,
    settings: searchSettingsFor(user.tier, deps.config.search),
  };
  await insertSearch(deps.db, input, workflowId);

  const operation = new WithStartWorkflowOperation(searchWorkflow, {
    workflowId,
    taskQueue: deps.taskQueues.search,
    args: [input],
    workflowIdConflictPolicy: 'FAIL',
    typedSearchAttributes: searchAttributesAtStart(input),
  });
  const update = await deps.temporal.workflow.startUpdateWithStart(firstResultsUpdate, {
    args: [{ limit: input.settings.shownResults }],
    waitForStage: 'ACCEPTED',
    startWorkflowOperation: operation,
  });
  let timer: NodeJS.Timeout | undefined;
  const first = await Promise.race([
    update.result(),
    new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), waitMs);
    }),
  ]).finally(() => clearTimeout(timer));
  return { searchId, workflowId, first };
}

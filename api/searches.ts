import { WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import { Router, type Response } from 'express';
import { z } from 'zod';
import type { Config } from '../common/config';
import { HirehoundError } from '../common/errors';
import type { Logger } from '../common/logger';
import type { SearchProgress } from '../common/vocabulary/search';
import type { TaskQueueNames } from '../common/vocabulary/task-queues';
import type { DB } from '../store/database';
import { findSearchById } from '../store/searches';
import { cancelSignal, changeFiltersUpdate } from '../workflows/search/messages';
import { SearchFilters, SearchQuery } from './search-schemas';
import { currentUser } from './auth';
import { ProgressHub } from './progress-hub';
import { readSearch, requireOwnSearch } from './search-reader';
import { startSearch } from './search-starter';
import { parseInput } from './validation';

export const StartSearchBody = z
  .object({
    resumeId: z.string().uuid().optional(),
    query: SearchQuery.optional(),
    filters: SearchFilters.optional(),
    /** How long to wait for the first page before answering 202 without it (ms). */
    waitMs: z.number().int().min(0).max(10_000).optional(),
  })
  .strict();

export const SearchIdParam = z.object({ id: z.string().uuid() });
export const PageQuery = z
  .object({
    offset: z.coerce.number().int().min(0).max(1000).default(0),
    limit: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();

export interface SearchRoutesDeps {
  readonly db: DB;
  readonly temporal: Client;
  readonly config: Pick<Config, 'search'>;
  readonly taskQueues: TaskQueueNames;
  readonly logger: Logger;
  /** How often the SSE hub polls a running search. */
  readonly eventsPollMs: number;
}

function sseSend(res: Response, event: string, data: unknown): void {
  res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}

export function searchRoutes(deps: SearchRoutesDeps): { router: Router; close: () => void } {
  const router = Router();
  // Ownership is checked when a client subscribes; the hub only reads progress by id.
  const hub = new ProgressHub(async (searchId) => {
    const stored = await findSearchById(deps.db, searchId);
    if (!stored) throw new HirehoundError('SEARCH_NOT_FOUND');
    return (await readSearch(deps.db, deps.temporal, stored, 0, 0)).progress;
  }, deps.eventsPollMs);

  router.post('/searches', async (req, res) => {
    const user = currentUser(res);
    const body = parseInput(StartSearchBody, req.body ?? {}, 'search request');
    const started = await startSearch(
      deps,
      user,
      { resumeId: body.resumeId, query: body.query, filters: SearchFilters.parse(body.filters ?? {}) },
      body.waitMs ?? deps.config.search.firstResultsWaitMs,
    );
    res
      .status(202)
      .location(`/v1/searches/${started.searchId}`)
      .json({
        searchId: started.searchId,
        links: { self: `/v1/searches/${started.searchId}`, events: `/v1/searches/${started.searchId}/events` },
        progress: started.first?.progress ?? null,
        results: started.first?.results ?? null,
      });
  });

  router.get('/searches/:id', async (req, res) => {
    const { id } = parseInput(SearchIdParam, req.params, 'search id');
    const page = parseInput(PageQuery, req.query, 'page');
    const stored = await requireOwnSearch(deps.db, currentUser(res).id, id);
    const view = await readSearch(deps.db, deps.temporal, stored, page.offset, page.limit);
    res.json({ searchId: id, source: view.source, progress: view.progress, results: view.results });
  });

  router.get('/searches/:id/events', async (req, res) => {
    const { id } = parseInput(SearchIdParam, req.params, 'search id');
    const stored = await requireOwnSearch(deps.db, currentUser(res).id, id);
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    res.write(': connected\n\n');
    if (stored.status !== 'running') {
      const view = await readSearch(deps.db, deps.temporal, stored, 0, 0);
      sseSend(res, 'progress', view.progress);
      sseSend(res, 'done', { status: view.progress.status });
      res.end();
      return;
    }
    const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
    let unsubscribe: () => void = () => undefined;
    const finish = (): void => {
      clearInterval(keepAlive);
      unsubscribe();
    };
    unsubscribe = hub.subscribe(id, (progress: SearchProgress) => {
      sseSend(res, 'progress', progress);
      if (progress.status !== 'running') {
        sseSend(res, 'done', { status: progress.status });
        finish();
        res.end();
      }
    });
    req.on('close', finish);
  });

  router.post('/searches/:id/cancel', async (req, res) => {
    const { id } = parseInput(SearchIdParam, req.params, 'search id');
    const stored = await requireOwnSearch(deps.db, currentUser(res).id, id);
    if (stored.status !== 'running') throw new HirehoundError('SEARCH_NOT_RUNNING');
    const body = parseInput(
      z.object({ reason: z.string().trim().max(200).optional() }).strict(),
      req.body ?? {},
      'cancel request',
    );
    await deps.temporal.workflow
      .getHandle(stored.workflowId)
      .signal(cancelSignal, { reason: body.reason ?? 'cancelled by the user' });
    res.status(202).json({ searchId: id, status: 'cancelling' });
  });

  router.patch('/searches/:id/filters', async (req, res) => {
    const { id } = parseInput(SearchIdParam, req.params, 'search id');
    const filters = parseInput(SearchFilters, req.body ?? {}, 'filters');
    const stored = await requireOwnSearch(deps.db, currentUser(res).id, id);
    if (stored.status !== 'running') throw new HirehoundError('SEARCH_NOT_RUNNING');
    try {
      const answer = await deps.temporal.workflow
        .getHandle(stored.workflowId)
        .executeUpdate(changeFiltersUpdate, { args: [filters] });
      res.json({ searchId: id, progress: answer.progress, results: answer.results });
    } catch (err) {
      // The validator refuses once the search has finished (it may finish between our check and here).
      if (err instanceof WorkflowUpdateFailedError) throw new HirehoundError('SEARCH_NOT_RUNNING');
      throw err;
    }
  });

  return { router, close: () => hub.close() };
}

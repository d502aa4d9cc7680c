import { WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import type { Config } from '../common/config';
import { HirehoundError } from '../common/errors';
import type { Logger } from '../common/logger';
import type { SearchProgress } from '../common/vocabulary/search';
import type { TaskQueueNames } from '../common/vocabulary/task-queues';
import type { DB } from '../store/database';
import { findSearchById } from '../store/searches';
import { cancelSignal, changeFiltersUpdate } from '../workflows/search/messages';
import { currentUser } from './auth';
import { bindRoutes, type BoundRoute } from './contract/mount';
import { ROUTES } from './contract/routes';
import { openEventStream } from './event-stream';
import { ProgressHub } from './progress-hub';
import { SearchFilters } from './search-schemas';
import { readSearch, requireOwnSearch } from './search-reader';
import { startSearch } from './search-starter';
import { bindSearchToLog, type ApiMetrics } from './telemetry';

export interface SearchRoutesDeps {
  readonly db: DB;
  readonly temporal: Client;
  readonly config: Pick<Config, 'search'>;
  readonly taskQueues: TaskQueueNames;
  readonly logger: Logger;
  /** How often the SSE hub polls a running search. */
  readonly eventsPollMs: number;
  /** Searches started and their time to first results (absent: not counted). */
  readonly metrics?: ApiMetrics;
}

export function searchRoutes(deps: SearchRoutesDeps): { routes: BoundRoute[]; close: () => void } {
  // Ownership is checked when a client subscribes; the hub only reads progress by id.
  const hub = new ProgressHub(async (searchId) => {
    const stored = await findSearchById(deps.db, searchId);
    if (!stored) throw new HirehoundError('SEARCH_NOT_FOUND');
    return (await readSearch(deps.db, deps.temporal, stored, 0, 0)).progress;
  }, deps.eventsPollMs);

  const routes = bindRoutes(ROUTES.searches, {
    start: async ({ body }, _req, res) => {
      const t0 = performance.now();
      const user = currentUser(res);
      const started = await startSearch(
        deps,
        user,
        { resumeId: body.resumeId, query: body.query, filters: SearchFilters.parse(body.filters ?? {}) },
        body.waitMs ?? deps.config.search.firstResultsWaitMs,
      );
      bindSearchToLog(started.searchId);
      deps.metrics?.searchStarted(user.tier, (performance.now() - t0) / 1000, started.first !== null);
      res
        .status(202)
        .location(`/v1/searches/${started.searchId}`)
        .json({
          searchId: started.searchId,
          links: { self: `/v1/searches/${started.searchId}`, events: `/v1/searches/${started.searchId}/events` },
          progress: started.first?.progress ?? null,
          results: started.first?.results ?? null,
        });
    },

    read: async ({ params, query }, _req, res) => {
      bindSearchToLog(params.id);
      const stored = await requireOwnSearch(deps.db, currentUser(res).id, params.id);
      const view = await readSearch(deps.db, deps.temporal, stored, query.offset, query.limit);
      res.json({ searchId: params.id, source: view.source, progress: view.progress, results: view.results });
    },

    events: async ({ params }, req, res) => {
      bindSearchToLog(params.id);
      const stored = await requireOwnSearch(deps.db, currentUser(res).id, params.id);
      const stream = openEventStream(res, ROUTES.searches.events.responses[200]);
      if (stored.status !== 'running') {
        const view = await readSearch(deps.db, deps.temporal, stored, 0, 0);
        stream.send('progress', view.progress);
        stream.send('done', { status: view.progress.status });
        stream.end();
        return;
      }
      // The hub may call back before subscribe() returns (it replays the last progress it has).
      let unsubscribe: () => void = () => undefined;
      unsubscribe = hub.subscribe(params.id, (progress: SearchProgress) => {
        stream.send('progress', progress);
        if (progress.status !== 'running') {
          stream.send('done', { status: progress.status });
          unsubscribe();
          stream.end();
        }
      });
      req.on('close', () => unsubscribe());
    },

    cancel: async ({ params, body }, _req, res) => {
      bindSearchToLog(params.id);
      const stored = await requireOwnSearch(deps.db, currentUser(res).id, params.id);
      if (stored.status !== 'running') throw new HirehoundError('SEARCH_NOT_RUNNING');
      await deps.temporal.workflow
        .getHandle(stored.workflowId)
        .signal(cancelSignal, { reason: body.reason ?? 'cancelled by the user' });
      res.status(202).json({ searchId: params.id, status: 'cancelling' });
    },

    changeFilters: async ({ params, body: filters }, _req, res) => {
      bindSearchToLog(params.id);
      const stored = await requireOwnSearch(deps.db, currentUser(res).id, params.id);
      if (stored.status !== 'running') throw new HirehoundError('SEARCH_NOT_RUNNING');
      try {
        const answer = await deps.temporal.workflow
          .getHandle(stored.workflowId)
          .executeUpdate(changeFiltersUpdate, { args: [filters] });
        res.json({ searchId: params.id, progress: answer.progress, results: answer.results });
      } catch (err) {
        // The validator refuses once the search has finished (it may finish between our check and here).
        if (err instanceof WorkflowUpdateFailedError) throw new HirehoundError('SEARCH_NOT_RUNNING');
        throw err;
      }
    },
  });

  return { routes, close: () => hub.close() };
}

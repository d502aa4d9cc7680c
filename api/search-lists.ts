import type { Config } from '../common/config';
import type { DB } from '../store/database';
import { listRecentSearches, listSearchesForUser, type SearchSummary } from '../store/searches';
import { currentUser } from './auth';
import { bindRoutes, type BoundRoute } from './contract/mount';
import { ROUTES } from './contract/routes';

function summaryView(search: SearchSummary) {
  return {
    searchId: search.id,
    status: search.status,
    phase: search.phase,
    tier: search.tier,
    query: search.query,
    filters: { ...search.filters },
    resumeId: search.resumeId,
    resumeFileName: search.resumeFileName,
    creditsUsed: search.creditsUsed,
    bestScore: search.bestScore,
    createdAt: search.createdAt.toISOString(),
    completedAt: search.completedAt?.toISOString() ?? null,
  };
}

/** A workflow's page in the Temporal UI (its URL scheme: /namespaces/<ns>/workflows/<workflow id>). */
export function temporalRunUrl(uiUrl: string, namespace: string, workflowId: string): string {
  const base = uiUrl.replace(/\/+$/, '');
  return `${base}/namespaces/${encodeURIComponent(namespace)}/workflows/${encodeURIComponent(workflowId)}`;
}

/**
 * GET /v1/searches: the caller's past searches, each reopened by id (the web app's history).
 * GET /v1/credits/searches (admins): everyone's recent searches with their cost beside the
 * ledger's, linked to their runs in the Temporal UI when TEMPORAL_UI_URL is set.
 */
export function searchListRoutes(db: DB, config: Pick<Config, 'temporal' | 'web'>): BoundRoute[] {
  const uiUrl = config.web.temporalUiUrl ?? null;
  return [
    ...bindRoutes(ROUTES.pastSearches, {
      list: async ({ query }, _req, res) => {
        const searches = await listSearchesForUser(db, currentUser(res).id, query.limit);
        res.json({ items: searches.map(summaryView) });
      },
    }),
    ...bindRoutes(ROUTES.searchCosts, {
      list: async ({ query }, _req, res) => {
        const searches = await listRecentSearches(db, query.limit);
        res.json({
          temporalUiUrl: uiUrl,
          items: searches.map((search) => ({
            ...summaryView(search),
            userEmail: search.userEmail,
            ledgerCredits: search.ledgerCredits,
            workflowId: search.workflowId,
            runUrl: uiUrl ? temporalRunUrl(uiUrl, config.temporal.namespace, search.workflowId) : null,
          })),
        });
      },
    }),
  ];
}

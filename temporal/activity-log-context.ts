import type { ActivityInterceptorsFactory } from '@temporalio/worker';
import { withLogContext } from '../common/log-context';
import { searchIdFromWorkflowId } from './workflow-ids';

/**
 * The search an activity works for: named in its input (ranking, discovery, enrichment and the
 * search bookkeeping all carry it, the last inside its progress), else read from a search
 * workflow's id. An enrichment serves the search that asked for it first.
 */
export function searchIdOfActivity(args: readonly unknown[], workflowId: string | undefined): string | undefined {
  const first = args[0];
  if (first && typeof first === 'object') {
    const input = first as { searchId?: unknown; progress?: { searchId?: unknown } };
    if (typeof input.searchId === 'string') return input.searchId;
    if (typeof input.progress?.searchId === 'string') return input.progress.searchId;
  }
  return workflowId ? searchIdFromWorkflowId(workflowId) : undefined;
}

/**
 * Runs every activity (local ones too) inside a log context naming its workflow, its search and
 * itself, so each line it writes — through the SDK's activity logger or any pino logger — carries
 * them (common/log-context.ts). The SDK's own lines about the activity (started, completed,
 * failed) are written outside that context; they get the search id from the SDK's log attributes,
 * once the input has named it.
 */
export const activityLogContext: ActivityInterceptorsFactory = (ctx) => {
  const workflowId = ctx.info.workflowExecution?.workflowId;
  let searchId = workflowId ? searchIdFromWorkflowId(workflowId) : undefined;
  return {
    inbound: {
      execute: (input, next) => {
        searchId = searchIdOfActivity(input.args, workflowId);
        return withLogContext(
          {
            ...(workflowId ? { workflowId } : {}),
            ...(searchId ? { searchId } : {}),
            activity: ctx.info.activityType,
          },
          () => next(input),
        );
      },
    },
    outbound: {
      getLogAttributes: (input, next) => next(searchId ? { ...input, searchId } : input),
    },
  };
};

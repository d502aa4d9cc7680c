import type { Client } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import type { Redis } from 'ioredis';
import { sql } from 'kysely';
import { pendingMigrations } from '../schema/migrator';
import type { DB } from '../store/database';
import type { DependencyCheck } from './health';

export function postgresCheck(db: DB): DependencyCheck {
  return {
    name: 'postgres',
    check: async () => {
      await sql`SELECT 1`.execute(db);
    },
  };
}

export function redisCheck(redis: Redis): DependencyCheck {
  return {
    name: 'redis',
    check: async () => {
      const pong = await redis.ping();
      if (pong !== 'PONG') throw new Error(`unexpected PING answer ${String(pong)}`);
    },
  };
}

export function temporalCheck(client: Client): DependencyCheck {
  return {
    name: 'temporal',
    check: async () => {
      await client.workflowService.describeNamespace({ namespace: client.options.namespace });
    },
  };
}

export function migrationsCheck(db: DB): DependencyCheck {
  return {
    name: 'migrations',
    check: async () => {
      const pending = await pendingMigrations(db);
      if (pending.length > 0) throw new Error(`pending: ${pending.join(', ')}`);
    },
  };
}

/** Ready only when some worker polls the queue; otherwise started workflows would just wait. */
export function workerPollersCheck(client: Client, taskQueue: string): DependencyCheck {
  return {
    name: `workers:${taskQueue}`,
    check: async () => {
      const answer = await client.workflowService.describeTaskQueue({
        namespace: client.options.namespace,
        taskQueue: { name: taskQueue, kind: temporal.api.enums.v1.TaskQueueKind.TASK_QUEUE_KIND_NORMAL },
        taskQueueType: temporal.api.enums.v1.TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW,
      });
      if ((answer.pollers ?? []).length === 0) throw new Error(`no worker polls task queue ${taskQueue}`);
    },
  };
}

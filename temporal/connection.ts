import {
  Client,
  Connection,
  defaultGrpcRetryOptions,
  makeGrpcRetryInterceptor,
  type ConnectionOptions,
} from '@temporalio/client';

export interface TemporalSettings {
  readonly address: string;
  readonly namespace: string;
}

/** Retries still scheduled when a connection closes are waited for this long at most. */
const RETRY_DRAIN_LIMIT_MS = 10_000;

/** A connection whose close() first lets the retries already scheduled run (see connectTemporal). */
class DrainingConnection extends Connection {
  beforeClose: () => Promise<void> = () => Promise.resolve();

  override async close(): Promise<void> {
    await this.beforeClose();
    await super.close();
  }
}

/**
 * A client connection that can be closed while a call waits to be retried. The SDK's retry
 * interceptor re-sends a failed call (UNAVAILABLE, RESOURCE_EXHAUSTED, …) from a timer; when the
 * connection has closed in between, that timer throws "Channel has been shut down" where nothing
 * can catch it, and the process (or a test file) dies. Here close() refuses new retries, lets the
 * ones already scheduled run (their calls then succeed or fail to their callers), and only then
 * closes the channel.
 */
export async function connectTemporal(options: ConnectionOptions): Promise<Connection> {
  const retries = defaultGrpcRetryOptions();
  let closing = false;
  let lastRetryAt = 0;
  const connection = (await DrainingConnection.connect({
    ...options,
    interceptors: [
      makeGrpcRetryInterceptor({
        retryableDecider: (attempt, status) => !closing && retries.retryableDecider(attempt, status),
        delayFunction: (attempt, status) => {
          const delay = retries.delayFunction(attempt, status);
          lastRetryAt = Math.max(lastRetryAt, Date.now() + delay);
          return delay;
        },
      }),
    ],
  })) as DrainingConnection;
  connection.beforeClose = async () => {
    closing = true;
    const wait = Math.min(RETRY_DRAIN_LIMIT_MS, lastRetryAt - Date.now());
    // The scheduled retry fires first and its call goes out on the still-open channel.
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait + 50));
  };
  return connection;
}

export async function connectTemporalClient(settings: TemporalSettings): Promise<Client> {
  const connection = await connectTemporal({ address: settings.address });
  return new Client({ connection, namespace: settings.namespace });
}

/** Resolves once the frontend answers for the namespace (the dev server needs a moment). */
export async function waitForTemporal(settings: TemporalSettings, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    let connection: Connection | undefined;
    try {
      connection = await Connection.connect({ address: settings.address, connectTimeout: 1000 });
      await connection.workflowService.describeNamespace({ namespace: settings.namespace });
      return;
    } catch (err) {
      lastError = err;
      await new Promise((r) => setTimeout(r, 200));
    } finally {
      await connection?.close().catch(() => undefined);
    }
  }
  throw new Error(`Temporal at ${settings.address} did not answer within ${timeoutMs} ms: ${String(lastError)}`);
}

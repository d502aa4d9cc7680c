import { Client, Connection } from '@temporalio/client';

export interface TemporalSettings {
  readonly address: string;
  readonly namespace: string;
}

export async function connectTemporalClient(settings: TemporalSettings): Promise<Client> {
  const connection = await Connection.connect({ address: settings.address });
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

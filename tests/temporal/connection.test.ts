import net from 'node:net';
import type { Connection } from '@temporalio/client';
import { connectTemporal } from '../../temporal/connection';
import { temporalAddress } from '../harness/services';

/**
 * A TCP stand-in in front of the dev server that can start refusing: the client's next call then
 * fails with UNAVAILABLE, and the SDK schedules its retry on a timer.
 */
async function startGate(target: string): Promise<{ address: string; refuse(): Promise<void>; stop(): void }> {
  const [host, port] = [target.slice(0, target.lastIndexOf(':')), Number(target.slice(target.lastIndexOf(':') + 1))];
  const sockets = new Set<net.Socket>();
  let refusing = false;
  let refused: () => void = () => undefined;
  const server = net.createServer((client) => {
    if (refusing) {
      client.destroy();
      refused();
      return;
    }
    const upstream = net.connect(port, host);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => undefined);
      s.on('close', () => sockets.delete(s));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port: own } = server.address() as net.AddressInfo;
  return {
    address: `127.0.0.1:${own}`,
    refuse: () =>
      new Promise<void>((resolve) => {
        refusing = true;
        refused = resolve;
        for (const s of sockets) s.destroy();
      }),
    stop: () => {
      for (const s of sockets) s.destroy();
      server.close();
    },
  };
}

describe('a Temporal client connection closed while a call waits to be retried', () => {
  it('lets the retry run before closing, so the call fails to its caller instead of crashing the process', async () => {
    const gate = await startGate(temporalAddress());
    let connection: Connection | undefined;
    try {
      connection = await connectTemporal({ address: gate.address });
      const refused = gate.refuse();
      const call = connection.workflowService.getSystemInfo({});
      const outcome = call.then(
        () => 'answered',
        (error: unknown) => `failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      // The reconnect was refused: the call has failed once and its retry sits on a timer.
      await refused;
      await new Promise((resolve) => setImmediate(resolve));
      await connection.close();
      // With the SDK's own retry, the timer would now throw "Channel has been shut down" uncaught.
      expect(await outcome).toMatch(/^failed: .*(UNAVAILABLE|No connection established|Channel has been shut down)/);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    } finally {
      gate.stop();
    }
  });
});

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayClient } from './client';

/** A stand-in gateway that answers every listing call with a budget refusal after `delayMs`. */
async function slowGateway(delayMs: number): Promise<{ url: string; peak: () => number; close: () => Promise<void> }> {
  let open = 0;
  let peak = 0;
  const server = http.createServer((req, res) => {
    open++;
    peak = Math.max(peak, open);
    req.resume();
    req.on('end', () => {
      setTimeout(() => {
        open--;
        res.writeHead(429, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            outcome: 'refused',
            requestId: 'r',
            creditsCharged: 0,
            timing: { totalMs: 1, queuedMs: 0, providerMs: 0, overheadMs: 1 },
            reason: 'budget_exhausted',
            retryAfterMs: 1000,
            error: { code: 'GATEWAY_BUDGET_EXHAUSTED', message: 'spent' },
          }),
        );
      }, delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    peak: () => peak,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('the gateway client under a burst of callers', () => {
  it('keeps at most maxOpenRequests requests open and answers every caller', async () => {
    const gateway = await slowGateway(5);
    try {
      const client = createGatewayClient({ baseUrl: gateway.url, internalToken: 't', maxOpenRequests: 8 });
      const results = await Promise.all(
        Array.from({ length: 300 }, () =>
          client.searchListings({ provider: 'indeed', keyword: 'cook', location: 'Ohio' }),
        ),
      );
      expect(results.every((r) => r.outcome === 'refused' && r.reason === 'budget_exhausted')).toBe(true);
      expect(gateway.peak()).toBeLessThanOrEqual(8);
      expect(gateway.peak()).toBeGreaterThan(1);
    } finally {
      await gateway.close();
    }
  });
});

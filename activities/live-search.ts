import { isHirehoundError } from '../common/errors';
import type { GatewayClient } from '../gateway/client';
import type { LiveSearchGate } from './search';

/**
 * Before a paid search spends anything: is the month's budget left, and are the provider's
 * circuits closed? The gateway answers (its Redis ledger is the one source of truth); a user's own
 * daily cap is checked by the gateway on each call. If the gateway cannot be reached, live search
 * is unavailable and the search stays on the cache.
 */
export function createGatewayLiveSearch(gateway: GatewayClient, minimumCost: number): LiveSearchGate {
  return {
    async check() {
      let status;
      try {
        status = await gateway.creditStatus();
      } catch (err) {
        const message = isHirehoundError(err) || err instanceof Error ? err.message : String(err);
        return {
          available: false,
          reason: 'provider_unavailable',
          message: `The gateway cannot be reached: ${message}`,
        };
      }
      if (status.remaining < minimumCost) {
        return {
          available: false,
          reason: 'budget_exhausted',
          message: `The monthly provider budget is used up (${status.used} of ${status.budget} credits in ${status.month})`,
        };
      }
      const open = Object.entries(status.circuits).filter(([, c]) => c.state === 'open');
      const listingOpen = open.filter(([endpoint]) => endpoint.endsWith('.listing'));
      if (
        listingOpen.length > 0 &&
        listingOpen.length === Object.keys(status.circuits).filter((e) => e.endsWith('.listing')).length
      ) {
        return { available: false, reason: 'circuit_open', message: 'The provider is failing; live search is paused' };
      }
      return { available: true };
    },
  };
}

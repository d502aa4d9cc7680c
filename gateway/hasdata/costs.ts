import type { Config } from '../../common/config';
import type { HasDataEndpoint } from '../../common/hasdata-endpoints';

/** Credits per successful call, per endpoint (HASDATA_COST_*). */
export type HasDataCosts = Config['hasdata']['costs'];

export type ProxyType = 'datacenter' | 'residential';

/** What a call asks for, as far as its price is concerned. */
export type PricedCall =
  | { readonly endpoint: Exclude<HasDataEndpoint, 'web.scrape'> }
  | { readonly endpoint: 'web.scrape'; readonly jsRendering: boolean; readonly proxyType: ProxyType };

/**
 * Credits a successful call costs (docs/hasdata.md#credit-costs). HasData reports no cost per response, so the
 * gateway reserves and settles with this figure and the simulator bills with it: both read the same
 * HASDATA_COST_* settings. Failed calls cost nothing.
 */
export function creditCost(costs: HasDataCosts, call: PricedCall): number {
  if (call.endpoint !== 'web.scrape') return costs[call.endpoint];
  if (call.jsRendering) return call.proxyType === 'residential' ? costs.web.jsResidential : costs.web.jsDatacenter;
  return call.proxyType === 'residential' ? costs.web.residential : costs.web.datacenter;
}

import type { z } from 'zod';
import type { HasDataCosts, ProxyType } from './hasdata/costs';
import { HirehoundError } from '../common/errors';
import type {
  JobRequest,
  JobResponse,
  ListingRequest,
  ListingResponse,
  ScrapeRequest,
  ScrapeResponse,
} from './contract';
import { decodeCursor, encodeGlassdoorCursor, encodeIndeedCursor } from './cursor';
import type { GatewayAnswer, GovernedCaller } from './governed-call';
import type { HasDataClient } from './hasdata/client';
import { creditCost } from './hasdata/costs';
import {
  glassdoorJobDetail,
  glassdoorListingPage,
  glassdoorNextToken,
  indeedJobDetail,
  indeedJobKey,
  indeedListingPage,
  indeedNextStart,
  scrapedPage,
} from './hasdata/normalize';
import { boardJobUrl, publicPageUrl, TargetRefused } from './request-targets';

/**
 * The gateway's three operations on top of HasData: a page of listings, one job's full posting,
 * and a scraped page (the fallback for job details). Input is validated before anything is
 * reserved: a request the provider would reject never costs a slot, a token or a credit.
 */

type Parsed<S extends z.ZodType> = z.output<S>;

export interface ProviderCalls {
  listing(request: Parsed<typeof ListingRequest>, abort?: AbortSignal): Promise<ListingResponse>;
  job(request: Parsed<typeof JobRequest>, abort?: AbortSignal): Promise<JobResponse>;
  scrape(request: Parsed<typeof ScrapeRequest>, abort?: AbortSignal): Promise<ScrapeResponse>;
}

/** Only job endpoints can answer "expired"; elsewhere a 400 is a rejected request. */
function withoutExpiry<T>(answer: GatewayAnswer<T>): Exclude<GatewayAnswer<T>, { outcome: 'expired' }> {
  if (answer.outcome !== 'expired') return answer;
  return {
    ...answer,
    outcome: 'provider_error',
    status: 400,
    kind: 'bad_parameters',
    retryable: false,
    retryAfterMs: null,
    error: { code: 'PROVIDER_BAD_PARAMETERS', message: answer.error.message },
  };
}

function invalid(message: string): HirehoundError {
  return new HirehoundError('API_VALIDATION_FAILED', { message });
}

/** The checked URL, or the typed 422 the caller gets when the provider may not fetch it. */
async function checkedTarget(check: () => URL | Promise<URL>): Promise<string> {
  try {
    return (await check()).href;
  } catch (err) {
    if (err instanceof TargetRefused) throw new HirehoundError('GATEWAY_TARGET_REFUSED', { message: err.message });
    throw err;
  }
}

/** What the operator chose for every scrape (config `GATEWAY_SCRAPE_*`). */
export interface ScrapePolicy {
  readonly jsRendering: boolean;
  readonly proxyType: ProxyType;
}

export function createProviderCalls(deps: {
  readonly hasdata: HasDataClient;
  readonly costs: HasDataCosts;
  readonly call: GovernedCaller;
  readonly scrapePolicy: ScrapePolicy;
}): ProviderCalls {
  const { hasdata, costs, call, scrapePolicy } = deps;

  return {
    async listing(request, abort) {
      if (request.provider === 'indeed') {
        const cursor = decodeCursor('indeed', request.cursor);
        const answer = withoutExpiry(
          await call(
            {
              endpoint: 'indeed.listing',
              cost: creditCost(costs, { endpoint: 'indeed.listing' }),
              context: request.context,
              invoke: () =>
                hasdata.indeedListing({
                  keyword: request.keyword,
                  location: request.location,
                  sort: request.sort,
                  ...(cursor ? { start: cursor.start } : {}),
                }),
              toData: (body) => ({ page: indeedListingPage(body), next: indeedNextStart(body) }),
            },
            abort,
          ),
        );
        if (answer.outcome !== 'ok') return answer;
        const { page, next } = answer.data;
        return { ...answer, data: page, nextCursor: next === null ? null : encodeIndeedCursor(next) };
      }
      const cursor = decodeCursor('glassdoor', request.cursor);
      const pageNumber = cursor?.page ?? 1;
      const answer = withoutExpiry(
        await call(
          {
            endpoint: 'glassdoor.listing',
            cost: creditCost(costs, { endpoint: 'glassdoor.listing' }),
            context: request.context,
            invoke: () =>
              hasdata.glassdoorListing({
                keyword: request.keyword,
                location: request.location,
                sort: request.sort === 'date' ? 'recent' : 'relevant',
                ...(cursor ? { nextPageToken: cursor.token } : {}),
              }),
            toData: (body) => ({
              page: glassdoorListingPage(body, new Date()),
              next: glassdoorNextToken(body, pageNumber),
            }),
          },
          abort,
        ),
      );
      if (answer.outcome !== 'ok') return answer;
      const { page, next } = answer.data;
      return { ...answer, data: page, nextCursor: next === null ? null : encodeGlassdoorCursor(pageNumber + 1, next) };
    },

    async job(request, abort) {
      // What is checked is what the provider gets: the parser's normalized form, not the raw text.
      const url = await checkedTarget(() => boardJobUrl(request.provider, request.url));
      if (request.provider === 'indeed') {
        const jobKey = indeedJobKey({ url });
        if (!jobKey) throw invalid('url is not an Indeed job URL with a jk parameter');
        return call(
          {
            endpoint: 'indeed.job',
            cost: creditCost(costs, { endpoint: 'indeed.job' }),
            context: request.context,
            invoke: () => hasdata.indeedJob(url),
            toData: (body) => indeedJobDetail(body, url, jobKey),
          },
          abort,
        );
      }
      const listingId = new URL(url).searchParams.get('jl');
      if (!listingId || !/^\d+$/.test(listingId)) {
        throw invalid('url is not a Glassdoor job URL with a jl parameter');
      }
      return call(
        {
          endpoint: 'glassdoor.job',
          cost: creditCost(costs, { endpoint: 'glassdoor.job' }),
          context: request.context,
          invoke: () => hasdata.glassdoorJob(url),
          toData: (body) => glassdoorJobDetail(body, url, listingId),
        },
        abort,
      );
    },

    async scrape(request, abort) {
      const url = await checkedTarget(() => publicPageUrl(request.url));
      const { jsRendering, proxyType } = scrapePolicy;
      return withoutExpiry(
        await call(
          {
            endpoint: 'web.scrape',
            cost: creditCost(costs, { endpoint: 'web.scrape', jsRendering, proxyType }),
            context: request.context,
            invoke: () => hasdata.webScrape({ url, jsRendering, proxyType }),
            toData: (body) => scrapedPage(body, url),
          },
          abort,
        ),
      );
    },
  };
}

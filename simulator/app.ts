import crypto from 'node:crypto';
import express, { type Express, type Request, type RequestHandler, type Response } from 'express';
import type { z } from 'zod';
import type { Logger } from '../common/logger';
import { creditCost, type HasDataCosts, type PricedCall } from '../gateway/hasdata/costs';
import type { SimulatedAccount } from './account';
import { BehaviourPatch, type Behaviour } from './behaviour';
import { jobKeyFromIndeedUrl, listingIdFromGlassdoorUrl, type JobCorpus, type Posting } from './corpus';
import {
  glassdoorJobBody,
  glassdoorListingItem,
  indeedJobBody,
  indeedListingItem,
  renderJobPage,
  type RequestMetadata,
} from './hasdata-shapes';
import {
  GlassdoorListingParams,
  IndeedListingParams,
  JobParams,
  WebScrapeBody,
  validationErrors,
} from './request-schemas';
import { playScripted, Script, type ScriptedResponses } from './scripted';
import { parseLocation, type CorpusSearchIndex, type SearchHit, type SearchSort } from './search-index';

/**
 * The HasData simulator's HTTP surface: the real paths, parameters, `x-api-key` auth, JSON shapes,
 * pagination, status codes and credit costs (docs/hasdata.md), over the generated corpus. Every provider
 * call goes through the same steps as HasData's: auth (401), concurrency (429), validation (422),
 * credits (403), work (latency and injected faults), then billing only when the call succeeded.
 */

export interface SimulatorDependencies {
  readonly corpus: JobCorpus;
  readonly index: CorpusSearchIndex;
  readonly costs: HasDataCosts;
  readonly apiKey: string;
  readonly behaviour: Behaviour;
  readonly account: SimulatedAccount;
  readonly work: SimulatedWork;
  readonly script: ScriptedResponses;
  readonly logger: Logger;
}

export const INDEED_PAGE_SIZE = 10;
export const GLASSDOOR_PAGE_SIZE = 30;

interface Answer {
  readonly status: number;
  readonly billed: boolean;
  readonly json?: unknown;
  readonly raw?: { readonly contentType: string; readonly text: string };
}

interface Call<P> {
  readonly params: P;
  readonly metadata: RequestMetadata;
}

function sameSecret(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = crypto.createHash('sha256').update(given).digest();
  const b = crypto.createHash('sha256').update(expected).digest();
  return crypto.timingSafeEqual(a, b);
}

/**
 * The simulated work (latency, hangs until the deadline). Stopping the simulator ends every pending
 * wait at once, so a hanging call cannot keep a test or a shutdown waiting for minutes.
 */
export class SimulatedWork {
  private readonly pending = new Set<() => void>();

  wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.pending.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.pending.add(done);
    });
  }

  stopAll(): void {
    for (const done of [...this.pending]) done();
  }
}

const errorBody = (message: string): { status: 'error'; message: string } => ({ status: 'error', message });

function encodeToken(state: GlassdoorPageState): string {
  return Buffer.from(JSON.stringify(state), 'utf8').toString('base64url');
}

interface GlassdoorPageState {
  readonly keyword: string;
  readonly location: string;
  readonly sort: 'recent' | 'relevant';
  readonly filters: Omit<GlassdoorListingParams, 'keyword' | 'location' | 'sort' | 'nextPageToken' | 'domain'>;
  readonly page: number;
}

function decodeToken(token: string): GlassdoorPageState | undefined {
  try {
    const state = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Partial<GlassdoorPageState>;
    if (typeof state.keyword !== 'string' || typeof state.location !== 'string') return undefined;
    if (state.sort !== 'recent' && state.sort !== 'relevant') return undefined;
    if (!Number.isInteger(state.page) || (state.page ?? 0) < 1 || typeof state.filters !== 'object') return undefined;
    return state as GlassdoorPageState;
  } catch {
    return undefined;
  }
}

export function createSimulatorApp(deps: SimulatorDependencies): Express {
  const { corpus, index, account, behaviour, logger } = deps;
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');
  // A script may hold a whole hostile listing; HasData's own requests are small.
  const scriptBody = express.json({ limit: '32mb' });
  const requestBody = express.json({ limit: '64kb' });
  app.use((req, res, next) => (req.path === '/_admin/script' ? scriptBody : requestBody)(req, res, next));

  // Job boards page through the same result list: keep the last queries' hits.
  const searches = new Map<string, SearchHit[]>();
  const search = (keyword: string, location: string, sort: SearchSort): SearchHit[] => {
    const key = JSON.stringify([keyword.toLowerCase(), location.toLowerCase(), sort]);
    let hits = searches.get(key);
    if (!hits) {
      hits = index.search(keyword, parseLocation(location), sort);
      if (searches.size >= 200) searches.delete(searches.keys().next().value as string);
      searches.set(key, hits);
    }
    return hits;
  };

  /** The steps every billed HasData call goes through. */
  function providerCall<P>(
    endpoint: string,
    parse: (req: Request) => z.ZodSafeParseResult<P>,
    price: (params: P) => PricedCall,
    answer: (call: Call<P>) => Answer,
  ): RequestHandler {
    return async (req, res) => {
      const send = (status: number, body: unknown): void => {
        account.recordStatus(status);
        res.status(status).json(body);
      };
      if (!sameSecret(req.get('x-api-key'), deps.apiKey)) {
        send(401, errorBody('Invalid API key'));
        return;
      }
      const scripted = deps.script.take(endpoint);
      if (scripted) {
        account.countCall(endpoint);
        const parsed = parse(req);
        const cost = parsed.success ? creditCost(deps.costs, price(parsed.data)) : 0;
        account.recordStatus(await playScripted(res, scripted, (ms) => deps.work.wait(ms)));
        if (scripted.billed && account.reserve(cost)) account.charge(cost);
        return;
      }
      const fate = behaviour.draw();
      if (fate.kind === 'rate_limited') {
        account.countCall(endpoint);
        send(429, errorBody('You reached concurrency limit'));
        return;
      }
      if (!account.enter(endpoint)) {
        send(429, errorBody('You reached concurrency limit'));
        return;
      }
      const startedAt = Date.now();
      const finish = (status: number, write: () => void): void => {
        // Free the slot before answering: a caller that has the answer may send its next request at once.
        account.leave(startedAt);
        account.recordStatus(status);
        write();
      };
      const parsed = parse(req);
      if (!parsed.success) {
        finish(422, () => res.status(422).json(validationErrors(parsed.error)));
        return;
      }
      const cost = creditCost(deps.costs, price(parsed.data));
      if (!account.reserve(cost)) {
        finish(403, () => res.status(403).json(errorBody("You don't have enough API credits to perform this request")));
        return;
      }
      const metadata: RequestMetadata = {
        id: crypto.randomUUID(),
        status: 'ok',
        url: `https://api.hasdata.com${req.originalUrl}`,
      };
      await deps.work.wait(fate.delayMs);
      if (fate.kind === 'error' || fate.kind === 'timeout') {
        account.refund(cost);
        const status = fate.kind === 'timeout' ? 504 : fate.status;
        const message = fate.kind === 'timeout' ? 'Page load timed out' : 'Internal server error';
        finish(status, () => res.status(status).json(errorBody(message)));
        return;
      }
      if (fate.kind === 'malformed') {
        account.charge(cost);
        finish(200, () =>
          res
            .status(200)
            .type('application/json')
            .send(`{"requestMetadata":{"id":"${metadata.id}","status":"ok"},"jobs":[{"title":`),
        );
        return;
      }
      let result: Answer;
      try {
        result = answer({ params: parsed.data, metadata });
      } catch (err) {
        logger.error({ err, endpoint }, 'simulator failed to answer');
        result = { status: 500, billed: false, json: errorBody('Internal server error') };
      }
      if (result.billed) account.charge(cost);
      else account.refund(cost);
      finish(result.status, () => {
        if (result.raw) res.status(result.status).type(result.raw.contentType).send(result.raw.text);
        else res.status(result.status).json(result.json);
      });
    };
  }

  const query =
    <S extends z.ZodType>(schema: S) =>
    (req: Request) =>
      schema.safeParse(req.query) as z.ZodSafeParseResult<z.infer<S>>;

  app.get(
    '/scrape/indeed/listing',
    providerCall(
      'indeed.listing',
      query(IndeedListingParams),
      () => ({ endpoint: 'indeed.listing' }),
      ({ params, metadata }) => {
        const hits = params.domain === 'www.indeed.com' ? search(params.keyword, params.location, params.sort) : [];
        const page = hits.slice(params.start, params.start + INDEED_PAGE_SIZE).map((h) => corpus.posting(h.index));
        const next = params.start + INDEED_PAGE_SIZE < hits.length ? params.start + INDEED_PAGE_SIZE : null;
        const boardUrl = (start: number): string =>
          `https://${params.domain}/jobs?${new URLSearchParams({
            q: params.keyword,
            l: params.location,
            ...(params.sort === 'date' ? { sort: 'date' } : {}),
            start: String(start),
          }).toString()}`;
        const now = new Date();
        return {
          status: 200,
          billed: true,
          json: {
            requestMetadata: { ...metadata, url: boardUrl(params.start) },
            searchInformation: { totalResults: hits.length },
            jobs: page.map((p) => indeedListingItem(p, now)),
            peopleAlsoSearchFor: [...new Set(page.map((p) => p.occupationTitle))].slice(0, 5),
            pagination: next === null ? {} : { nextPage: boardUrl(next) },
          },
        };
      },
    ),
  );

  app.get(
    '/scrape/glassdoor/listing',
    providerCall(
      'glassdoor.listing',
      query(GlassdoorListingParams),
      () => ({ endpoint: 'glassdoor.listing' }),
      ({ params, metadata }) => {
        const fromToken = params.nextPageToken ? decodeToken(params.nextPageToken) : undefined;
        if (params.nextPageToken && !fromToken) {
          return {
            status: 422,
            billed: false,
            json: { errors: [{ message: 'Invalid nextPageToken', rule: 'invalid', field: 'nextPageToken' }] },
          };
        }
        // The token keeps the original search and filters (docs/hasdata.md#glassdoor-listing).
        const { keyword, location, sort, domain, nextPageToken: _t, ...filters } = params;
        const state: GlassdoorPageState = fromToken ?? { keyword, location, sort, filters, page: 1 };
        const hits = domain
          ? []
          : search(state.keyword, state.location, state.sort === 'recent' ? 'date' : 'relevance').filter((h) =>
              passesGlassdoorFilters(index, h.index, state.filters),
            );
        const pages = Math.ceil(hits.length / GLASSDOOR_PAGE_SIZE);
        const start = (state.page - 1) * GLASSDOOR_PAGE_SIZE;
        const page = hits.slice(start, start + GLASSDOOR_PAGE_SIZE).map((h) => corpus.posting(h.index));
        const otherPages: Record<string, string> = {};
        for (let n = Math.max(1, state.page - 2); n <= Math.min(pages, state.page + 4); n++) {
          if (n !== state.page) otherPages[String(n)] = encodeToken({ ...state, page: n });
        }
        return {
          status: 200,
          billed: true,
          json: {
            requestMetadata: metadata,
            searchInformation: {
              totalResults: hits.length,
              jobsPageUrl: `https://www.glassdoor.com/Job/jobs.htm?${new URLSearchParams({ sc: state.keyword, locKeyword: state.location }).toString()}`,
            },
            jobs: page.map(glassdoorListingItem),
            pagination: { otherPages },
          },
        };
      },
    ),
  );

  const expiredBody = (metadata: RequestMetadata, message: string) => ({
    requestMetadata: { ...metadata, status: 'error' },
    status: 'error',
    message,
  });

  app.get(
    '/scrape/indeed/job',
    providerCall(
      'indeed.job',
      query(JobParams),
      () => ({ endpoint: 'indeed.job' }),
      ({ params, metadata }) => {
        const jobKey = jobKeyFromIndeedUrl(params.url);
        if (!jobKey) {
          return {
            status: 422,
            billed: false,
            json: { errors: [{ message: 'Not an Indeed job URL', rule: 'url', field: 'url' }] },
          };
        }
        const posting = corpus.findByIndeedKey(jobKey);
        if (!posting || posting.expired) {
          return {
            status: 400,
            billed: false,
            json: expiredBody(metadata, 'The job posting has expired or was removed'),
          };
        }
        return { status: 200, billed: true, json: indeedJobBody(posting, metadata) };
      },
    ),
  );

  app.get(
    '/scrape/glassdoor/job',
    providerCall(
      'glassdoor.job',
      query(JobParams),
      () => ({ endpoint: 'glassdoor.job' }),
      ({ params, metadata }) => {
        const id = listingIdFromGlassdoorUrl(params.url);
        if (id === undefined) {
          return {
            status: 422,
            billed: false,
            json: { errors: [{ message: 'Not a Glassdoor job URL', rule: 'url', field: 'url' }] },
          };
        }
        const posting = corpus.findByGlassdoorId(id);
        if (!posting)
          return { status: 400, billed: false, json: expiredBody(metadata, 'The job listing was not found') };
        // A listing Glassdoor still has but marks expired is a successful, billed call.
        return { status: 200, billed: true, json: glassdoorJobBody(posting, metadata) };
      },
    ),
  );

  app.post(
    '/scrape/web',
    providerCall(
      'web.scrape',
      (req) => WebScrapeBody.safeParse(req.body),
      (body) => ({ endpoint: 'web.scrape', jsRendering: body.jsRendering, proxyType: body.proxyType }),
      ({ params, metadata }) => webScrape(corpus, params, metadata),
    ),
  );

  app.get('/user/me/usage', (req, res) => {
    if (!sameSecret(req.get('x-api-key'), deps.apiKey)) {
      res.status(401).json(errorBody('Invalid API key'));
      return;
    }
    res.json({
      status: 'ok',
      data: {
        totalCredits: account.creditsRemaining + account.stats().creditsCharged,
        availableCredits: account.creditsRemaining,
        concurrentRequests: account.concurrentRequests,
        availableConcurrency: Math.max(0, behaviour.settings.concurrency - account.concurrentRequests),
      },
    });
  });

  // Test and benchmark controls; not part of HasData's API.
  app.get('/_admin/state', (_req, res) => {
    res.json({
      settings: behaviour.settings,
      corpus: { size: corpus.size, seed: corpus.seed },
      stats: account.stats(),
    });
  });
  app.put('/_admin/settings', (req, res) => {
    const patch = BehaviourPatch.safeParse(req.body);
    if (!patch.success) {
      res.status(400).json(validationErrors(patch.error));
      return;
    }
    const { credits, ...rest } = patch.data;
    const settings = behaviour.apply(rest);
    if (credits !== undefined) account.setBalance(credits);
    logger.info({ settings, credits }, 'simulator settings changed');
    res.json({ settings, stats: account.stats() });
  });
  app.put('/_admin/script', (req, res) => {
    const script = Script.safeParse(req.body);
    if (!script.success) {
      res.status(400).json(validationErrors(script.error));
      return;
    }
    deps.script.replace(script.data);
    logger.info({ entries: script.data.length }, 'simulator script replaced');
    res.json({ pending: deps.script.pending });
  });
  app.post('/_admin/reset', (_req, res) => {
    account.resetStats();
    res.json({ stats: account.stats() });
  });
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', corpus: corpus.size });
  });

  app.use((_req: Request, res: Response) => {
    res.status(404).json(errorBody('Not found'));
  });
  return app;
}

function passesGlassdoorFilters(
  index: CorpusSearchIndex,
  posting: number,
  filters: GlassdoorPageState['filters'],
): boolean {
  const facts = index.facts(posting);
  if (filters.datePosted !== undefined && facts.ageDays > filters.datePosted) return false;
  if (filters.remoteOnly && !facts.remote) return false;
  if (filters.minRating !== undefined && facts.companyRating < filters.minRating) return false;
  if (filters.minSalary !== undefined || filters.maxSalary !== undefined) {
    // Jobs without a pay estimate are dropped when either bound is set (docs/hasdata.md#glassdoor-listing).
    if (facts.annualMin === null || facts.annualMax === null) return false;
    if (filters.minSalary !== undefined && facts.annualMax < filters.minSalary) return false;
    if (filters.maxSalary !== undefined && facts.annualMin > filters.maxSalary) return false;
  }
  return true;
}

function webScrape(corpus: JobCorpus, body: WebScrapeBody, metadata: RequestMetadata): Answer {
  let board: 'indeed' | 'glassdoor' | 'other' = 'other';
  let posting: Posting | undefined;
  const jobKey = jobKeyFromIndeedUrl(body.url);
  const listingId = listingIdFromGlassdoorUrl(body.url);
  if (jobKey) {
    board = 'indeed';
    posting = corpus.findByIndeedKey(jobKey);
  } else if (listingId !== undefined) {
    board = 'glassdoor';
    posting = corpus.findByGlassdoorId(listingId);
  }
  // A 403 or 404 from the target page is still a successful, billed call (docs/hasdata.md#web-scraping-api).
  const page = renderJobPage(posting, board);
  const formats = body.outputFormat ?? ['html'];
  const single = formats.length === 1 && formats[0] !== 'json' ? formats[0] : undefined;
  if (single === 'html') return { status: 200, billed: true, raw: { contentType: 'text/html', text: page.html } };
  if (single === 'text') return { status: 200, billed: true, raw: { contentType: 'text/plain', text: page.text } };
  if (single === 'markdown')
    return { status: 200, billed: true, raw: { contentType: 'text/markdown', text: page.markdown } };
  return {
    status: 200,
    billed: true,
    json: {
      requestMetadata: { ...metadata, url: body.url },
      statusCode: page.statusCode,
      statusText: page.statusText,
      headers: { 'content-type': 'text/html; charset=utf-8' },
      ...(formats.includes('html') || formats.includes('json') ? { content: page.html } : {}),
      ...(formats.includes('text') ? { text: page.text } : {}),
      ...(formats.includes('markdown') ? { markdown: page.markdown } : {}),
    },
  };
}

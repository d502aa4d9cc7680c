import {
  GlassdoorJobBody,
  GlassdoorListingBody,
  IndeedJobBody,
  IndeedListingBody,
  WebScrapeBody,
} from '../../gateway/hasdata/schemas';
import { parseLocation } from '../../simulator/search-index';
import { SIMULATOR_KEY, startSimulator, type RunningSimulator } from './fixtures';

/** The simulator speaks HasData's API: paths, parameters, x-api-key, shapes, paging, errors, costs. */
describe('HasData simulator', () => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startSimulator({ corpusSize: 20_000 });
  });
  afterAll(async () => {
    await sim.close();
  });
  beforeEach(async () => {
    await sim.admin.configure({
      faults: { errorRate: 0, malformedRate: 0, timeoutRate: 0, rateLimitRate: 0 },
      credits: 1_000_000,
    });
    await sim.admin.resetStats();
  });

  const get = (path: string, key: string | null = SIMULATOR_KEY) =>
    fetch(`${sim.url}${path}`, { headers: key === null ? {} : { 'x-api-key': key } });
  const post = (path: string, body: unknown) =>
    fetch(`${sim.url}${path}`, {
      method: 'POST',
      headers: { 'x-api-key': SIMULATOR_KEY, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('answers 401 without the right x-api-key, and charges nothing', async () => {
    for (const key of [null, 'wrong-key']) {
      const res = await get('/scrape/indeed/listing?keyword=nurse&location=Texas', key);
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ status: 'error', message: 'Invalid API key' });
    }
    expect((await sim.admin.stats()).creditsCharged).toBe(0);
  });

  it('searches Indeed listings by keyword and location, ten a page, with nextPage', async () => {
    const res = await get('/scrape/indeed/listing?keyword=registered%20nurse&location=Texas');
    expect(res.status).toBe(200);
    const page1 = IndeedListingBody.parse(await res.json());
    expect(page1.requestMetadata.status).toBe('ok');
    expect(page1.jobs).toHaveLength(10);
    const texas = parseLocation('Texas');
    for (const job of page1.jobs) {
      const posting = sim.corpus.findByIndeedKey(job.jobKey ?? '');
      expect(posting).toBeDefined();
      expect(texas.kind === 'cities' && texas.cityIds.has(posting?.location.cityId ?? -1)).toBe(true);
      expect(`${posting?.title} ${posting?.occupationTitle}`.toLowerCase()).toMatch(/nurse/);
      expect(job.url).toContain(`jk=${job.jobKey}`);
    }
    const next = new URL(page1.pagination?.nextPage ?? '');
    expect(next.searchParams.get('start')).toBe('10');
    const page2 = IndeedListingBody.parse(
      await (await get('/scrape/indeed/listing?keyword=registered%20nurse&location=Texas&start=10')).json(),
    );
    const keys1 = new Set(page1.jobs.map((j) => j.jobKey));
    expect(page2.jobs.some((j) => keys1.has(j.jobKey))).toBe(false);
    // Newest first when sorted by date.
    const byDate = IndeedListingBody.parse(
      await (await get('/scrape/indeed/listing?keyword=nurse&location=United%20States&sort=date')).json(),
    );
    const dates = byDate.jobs.map((j) => Date.parse(j.isoDate ?? ''));
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    expect((await sim.admin.stats()).creditsCharged).toBe(30);
  });

  it('bills an empty search, and finds remote jobs under "Remote"', async () => {
    const empty = IndeedListingBody.parse(
      await (await get('/scrape/indeed/listing?keyword=zzzqqq&location=Ohio')).json(),
    );
    expect(empty.jobs).toEqual([]);
    expect(empty.pagination?.nextPage).toBeUndefined();
    const remote = IndeedListingBody.parse(
      await (await get('/scrape/indeed/listing?keyword=software&location=Remote')).json(),
    );
    expect(remote.jobs.length).toBeGreaterThan(0);
    for (const job of remote.jobs) expect(job.location).toMatch(/^Remote/);
    expect((await sim.admin.stats()).creditsCharged).toBe(20);
  });

  it('pages Glassdoor listings thirty at a time with otherPages tokens that keep the filters', async () => {
    const first = GlassdoorListingBody.parse(
      await (await get('/scrape/glassdoor/listing?keyword=manager&location=United%20States&remoteOnly=true')).json(),
    );
    expect(first.jobs).toHaveLength(30);
    for (const job of first.jobs) expect(job.location).toMatch(/^Remote/);
    const token = first.pagination?.otherPages?.['2'];
    expect(token).toBeDefined();
    const second = GlassdoorListingBody.parse(
      await (
        await get(
          `/scrape/glassdoor/listing?keyword=manager&location=United%20States&nextPageToken=${encodeURIComponent(token ?? '')}`,
        )
      ).json(),
    );
    const firstIds = new Set(first.jobs.map((j) => j.id));
    expect(second.jobs.length).toBeGreaterThan(0);
    expect(second.jobs.some((j) => firstIds.has(j.id))).toBe(false);
    for (const job of second.jobs) expect(job.location).toMatch(/^Remote/);
    const bad = await get('/scrape/glassdoor/listing?keyword=a&location=b&nextPageToken=bm9wZQ');
    expect(bad.status).toBe(422);
  });

  it('rejects bad parameters with 422 and a VineJS-like body, free of charge', async () => {
    for (const path of [
      '/scrape/indeed/listing?keyword=nurse',
      '/scrape/indeed/listing?keyword=nurse&location=Ohio&domain=xx.indeed.com',
      '/scrape/glassdoor/listing?keyword=a&location=b&minSalary=90000&maxSalary=10',
      '/scrape/indeed/job?url=not-a-url',
      '/scrape/indeed/job?url=https%3A%2F%2Fexample.com%2Fjob',
    ]) {
      const res = await get(path);
      expect(`${path}: ${res.status}`).toBe(`${path}: 422`);
      const body = (await res.json()) as { errors: { field: string; message: string }[] };
      expect(body.errors.length).toBeGreaterThan(0);
    }
    expect((await sim.admin.stats()).creditsCharged).toBe(0);
  });

  it('returns the full posting for a job URL, and 400 (free) for an expired one', async () => {
    let live: number | undefined;
    let gone: number | undefined;
    for (let i = 0; i < sim.corpus.size && (live === undefined || gone === undefined); i++) {
      const s = sim.corpus.summary(i);
      if (s.expired) gone ??= i;
      else live ??= i;
    }
    const posting = sim.corpus.posting(live ?? 0);
    const res = await get(`/scrape/indeed/job?url=${encodeURIComponent(posting.indeedUrl)}`);
    expect(res.status).toBe(200);
    const job = IndeedJobBody.parse(await res.json());
    expect(job.description).toBe(posting.description);
    expect(job.title).toBe(posting.title);
    expect(job.descriptionHtml).toContain('<ul>');

    const expired = sim.corpus.posting(gone ?? 0);
    const goneRes = await get(`/scrape/indeed/job?url=${encodeURIComponent(expired.indeedUrl)}`);
    expect(goneRes.status).toBe(400);
    expect(((await goneRes.json()) as { requestMetadata: { status: string } }).requestMetadata.status).toBe('error');
    // Glassdoor still serves the listing, marked expired, and bills it.
    const gd = GlassdoorJobBody.parse(
      await (await get(`/scrape/glassdoor/job?url=${encodeURIComponent(expired.glassdoorUrl)}`)).json(),
    );
    expect(gd.job.expired).toBe(true);
    const unknown = await get(
      `/scrape/indeed/job?url=${encodeURIComponent('https://www.indeed.com/viewjob?jk=3c916f0d7f870c71')}`,
    );
    expect(unknown.status).toBe(400);
    expect((await sim.admin.stats()).creditsCharged).toBe(20);
  });

  it('scrapes job pages with the Web Scraping API, priced by JS rendering and proxy', async () => {
    const posting = sim.corpus.posting(3);
    const cases: [boolean, 'datacenter' | 'residential', number][] = [
      [false, 'datacenter', 1],
      [false, 'residential', 5],
      [true, 'datacenter', 10],
      [true, 'residential', 15],
    ];
    let expected = 0;
    for (const [jsRendering, proxyType, cost] of cases) {
      const res = await post('/scrape/web', {
        url: posting.indeedUrl,
        jsRendering,
        proxyType,
        outputFormat: ['html', 'text'],
      });
      expect(res.status).toBe(200);
      const body = WebScrapeBody.parse(await res.json());
      expect(body.text).toContain(posting.description);
      expect(body.content).toContain('jobDescriptionText');
      expected += cost;
      expect((await sim.admin.stats()).creditsCharged).toBe(expected);
    }
    const raw = await post('/scrape/web', { url: posting.glassdoorUrl, jsRendering: false, outputFormat: ['text'] });
    expect(raw.headers.get('content-type')).toMatch(/text\/plain/);
    expect(await raw.text()).toContain(posting.title);
    // A 404 page is a successful scrape, and billed (JS rendering is on by default: 10 credits).
    const missing = WebScrapeBody.parse(
      await (await post('/scrape/web', { url: 'https://example.com/nothing', outputFormat: ['html', 'json'] })).json(),
    );
    expect(missing.statusCode).toBe(404);
    expect((await sim.admin.stats()).creditsCharged).toBe(expected + 1 + 10);
  });

  it('refuses with 403 once its credits are spent, and reports usage', async () => {
    await sim.admin.configure({ credits: 25 });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await get('/scrape/indeed/listing?keyword=cook&location=Ohio')).status);
    expect(statuses).toEqual([200, 200, 403]);
    const usage = (await (await get('/user/me/usage')).json()) as { status: string; data: Record<string, number> };
    expect(usage.status).toBe('ok');
    expect(usage.data.availableCredits).toBe(5);
    expect(usage.data.concurrentRequests).toBe(0);
    expect(usage.data.availableConcurrency).toBe(15);
  });

  it('answers 429 above its concurrency limit and reports the peak in flight', async () => {
    await sim.admin.configure({ concurrency: 3, latency: { medianMs: 300, p95Ms: 300 } });
    try {
      const statuses = await Promise.all(
        Array.from({ length: 8 }, () =>
          get('/scrape/indeed/listing?keyword=cashier&location=Ohio').then((r) => r.status),
        ),
      );
      expect(statuses.filter((s) => s === 200)).toHaveLength(3);
      expect(statuses.filter((s) => s === 429)).toHaveLength(5);
      const stats = await sim.admin.stats();
      expect(stats.peakInFlight).toBeGreaterThan(3);
      expect(stats.rejectedOverConcurrency).toBe(5);
      expect(stats.creditsCharged).toBe(30);
      expect(stats.inFlight).toBe(0);
    } finally {
      await sim.admin.configure({ concurrency: 15, latency: { medianMs: 5, p95Ms: 5 } });
    }
  });

  it('injects faults switched at run time: 5xx and timeouts are free, malformed bodies are billed', async () => {
    await sim.admin.configure({ faults: { errorRate: 1 } });
    const failed = await get('/scrape/indeed/listing?keyword=cook&location=Ohio');
    expect([500, 502, 503]).toContain(failed.status);
    await sim.admin.configure({ faults: { errorRate: 0, malformedRate: 1 } });
    const malformed = await get('/scrape/indeed/listing?keyword=cook&location=Ohio');
    expect(malformed.status).toBe(200);
    await expect(malformed.json()).rejects.toThrow();
    await sim.admin.configure({ faults: { malformedRate: 0, timeoutRate: 1 }, deadlineMs: 50 });
    const timedOut = await get('/scrape/indeed/listing?keyword=cook&location=Ohio');
    expect(timedOut.status).toBe(504);
    await sim.admin.configure({ faults: { timeoutRate: 0, rateLimitRate: 1 } });
    expect((await get('/scrape/indeed/listing?keyword=cook&location=Ohio')).status).toBe(429);
    const stats = await sim.admin.stats();
    expect(stats.creditsCharged).toBe(10);
    expect(stats.calls).toBe(4);
    const invalid = await fetch(`${sim.url}/_admin/settings`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ faults: { errorRate: 2 } }),
    });
    expect(invalid.status).toBe(400);
  });
});

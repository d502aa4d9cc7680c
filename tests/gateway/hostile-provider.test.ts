import http from 'node:http';
import type { AddressInfo } from 'node:net';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInProcessIngestion, createIngestionActivities, storeRawBatch } from '../../activities/ingestion';
import { loadConfig } from '../../common/config';
import { createCachedEmbedder } from '../../matching/embeddings/cached-embedder';
import { createHashingBackend } from '../../matching/embeddings/hashing';
import { createFilesystemStore } from '../../store/objects/filesystem-store';
import { createTestDatabase, type TestDatabase } from '../harness/services';
import { startSimulator, type RunningSimulator } from '../simulator/fixtures';
import { startGateway, type GatewayUnderTest } from './fixtures';

/**
 * The provider as an attacker or a broken service would answer (the simulator's scripted mode):
 * every family ends in sanitized data or a typed outcome, within the call's deadline, and never
 * crashes the gateway, fills its memory or follows the provider elsewhere.
 */
const TIMEOUT_MS = 3_000;
const MEMORY_GROWTH_BOUND = 64 * 1024 ** 2;
const listing = { provider: 'indeed' as const, keyword: 'nurse', location: 'Ohio' };

describe('a hostile provider', () => {
  let t: TestDatabase;
  let sim: RunningSimulator;
  let gw: GatewayUnderTest;
  beforeAll(async () => {
    t = await createTestDatabase();
    sim = await startSimulator({ corpusSize: 2000 });
    gw = await startGateway({
      simulatorUrl: sim.url,
      db: t.db,
      databaseUrl: t.url,
      env: {
        HASDATA_TIMEOUT_MS: String(TIMEOUT_MS),
        HASDATA_SERVER_DEADLINE_MS: String(TIMEOUT_MS - 500),
        // Every call here fails on purpose; the circuit breaker has its own tests.
        GATEWAY_CIRCUIT_MIN_CALLS: '1000',
      },
    });
  });
  afterEach(() => sim.admin.script([]));
  afterAll(async () => {
    await gw.close();
    await sim.close();
    await t.drop();
  });

  const ok = { requestMetadata: { id: 'r1', status: 'ok' } };

  it('answers a broken envelope as a malformed provider error', async () => {
    for (const body of [{ requestMetadata: 5, jobs: 'none' }, [], 'jobs', { ...ok, jobs: [{ title: 7 }] }]) {
      await sim.admin.script([{ endpoint: 'indeed.listing', response: { kind: 'json', body } }]);
      expect(await gw.client.searchListings(listing)).toMatchObject({
        outcome: 'provider_error',
        kind: 'malformed',
        error: { code: 'PROVIDER_MALFORMED_RESPONSE' },
      });
    }
  });

  it('cleans markup, script URLs, impossible numbers and dates, and duplicate ids out of a listing', async () => {
    const indeedItem = (jobKey: string, extra: Record<string, unknown> = {}) => ({
      title: '<img src=x onerror=alert(1)>Nurse\u0000 <script>alert(2)</script>',
      company: 'Acme\u202e\u0007 Care',
      location: 'Austin, TX',
      url: `https://www.indeed.com/viewjob?jk=${jobKey}`,
      jobKey,
      isoDate: '+275760-09-13T00:00:00.000Z',
      salary: { min: -5, max: 1e300, type: 'YEARLY' },
      details: ['Full-time', '<b>Remote</b>'],
      ...extra,
    });
    await sim.admin.script([
      {
        endpoint: 'indeed.listing',
        response: {
          kind: 'json',
          body: {
            ...ok,
            searchInformation: { totalResults: -3 },
            jobs: [
              indeedItem('a1b2c3d4e5f60718'),
              indeedItem('a1b2c3d4e5f60718', { title: 'the same id again' }),
              indeedItem('"><svg onload=alert(3)>'),
              indeedItem('', { jobKey: null, url: 'javascript:alert(4)' }),
              indeedItem('0f0f0f0f0f0f0f0f', { isoDate: '1970-01-01T00:00:00Z', salary: { min: 50000, max: 60000 } }),
            ],
          },
        },
      },
      {
        endpoint: 'glassdoor.listing',
        response: {
          kind: 'json',
          body: {
            ...ok,
            jobs: [
              { id: 1, title: 'Nurse', url: 'javascript:alert(5)//www.glassdoor.com/?jl=1' },
              { id: 2, title: 'Nurse', url: 'https://www.glassdoor.com.attacker.example/x.htm?jl=2' },
              { id: 3, title: 'Nurse', url: 'https://www.glassdoor.com/job-listing/x.htm?jl=999' },
              { id: '4; DROP TABLE jobs', title: 'Nurse', url: 'https://www.glassdoor.com/job-listing/x.htm?jl=4' },
              {
                id: 5,
                title: 'Nurse',
                url: 'https://www.glassdoor.com/job-listing/x.htm?jl=5',
                ageInDays: 1e12,
                skills: Array.from({ length: 500 }, (_, i) => `skill ${i}`),
                salary: { period: 'HOURLY', min: 30, max: 45, currency: '<b>$</b>' },
              },
            ],
          },
        },
      },
    ]);
    const indeed = await gw.client.searchListings(listing);
    if (indeed.outcome !== 'ok') throw new Error(JSON.stringify(indeed));
    expect(indeed.data.totalResults).toBeNull();
    expect(indeed.data.items.map((i) => i.externalId)).toEqual(['a1b2c3d4e5f60718', '0f0f0f0f0f0f0f0f']);
    const [first, second] = indeed.data.items;
    // Markup goes, its text stays: plain text, which nothing renders as HTML.
    expect(first).toMatchObject({
      title: 'Nurse alert(2)',
      company: 'Acme Care',
      postedAt: null,
      salary: null,
      employmentTypes: ['Full-time'],
    });
    expect(second).toMatchObject({ postedAt: null, salary: null });
    const glassdoor = await gw.client.searchListings({ ...listing, provider: 'glassdoor' });
    if (glassdoor.outcome !== 'ok') throw new Error(JSON.stringify(glassdoor));
    expect(glassdoor.data.items).toHaveLength(1);
    expect(glassdoor.data.items[0]).toMatchObject({
      externalId: '5',
      url: 'https://www.glassdoor.com/job-listing/x.htm?jl=5',
      postedAt: null,
      salary: { min: 30, max: 45, currency: null, period: 'hour' },
    });
    expect(glassdoor.data.items[0]?.skills).toHaveLength(50);
  });

  it('stores nothing of the junk: ingested rows hold clean text and board URLs only', async () => {
    const junk = (i: number) => ({
      id: 7000 + i,
      title: `<a href="javascript:alert(${i})">Nurse</a>\u0000\ud800 ${i}`,
      url: i % 2 ? `https://www.glassdoor.com/job-listing/x.htm?jl=${7000 + i}` : `javascript:alert(${i})`,
      location: 'Austin, TX\u202e',
      description: '<script>steal()</script> Care for patients\u0000',
      ageInDays: i % 3 ? 2 : -40,
      employer: { name: '\u0007Acme' },
      salary: { period: 'YEARLY', min: 1e308, max: 80_000, currency: 'USD' },
    });
    const jobs = [...Array.from({ length: 6 }, (_, i) => junk(i)), junk(1), junk(3)];
    await sim.admin.script([{ endpoint: 'glassdoor.listing', response: { kind: 'json', body: { ...ok, jobs } } }]);
    const answer = await gw.client.searchListings({ ...listing, provider: 'glassdoor' });
    if (answer.outcome !== 'ok') throw new Error(JSON.stringify(answer));
    const embedder = createCachedEmbedder(createHashingBackend(), { batchSize: 64, cacheSize: 0 });
    const objects = createFilesystemStore(fs.mkdtempSync(path.join(os.tmpdir(), 'hh-hostile-')));
    const settings = loadConfig({
      DATABASE_URL: 'postgres://u@127.0.0.1:5432/db',
      REDIS_URL: 'redis://127.0.0.1:6379',
      TEMPORAL_ADDRESS: '127.0.0.1:7233',
    }).ingestion;
    const now = new Date();
    const pipeline = createInProcessIngestion(createIngestionActivities({ db: t.db, embedder, objects, settings }));
    const { inserted } = await pipeline.ingest(
      await storeRawBatch(objects, { kind: 'listings', payload: answer.data }, now),
    );
    expect(inserted).toHaveLength(3);
    const rows = await t.db
      .selectFrom('jobs')
      .select(['url', 'title', 'company_name', 'location', 'snippet', 'posted_at'])
      .where('id', 'in', inserted)
      .execute();
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row.url).toMatch(/^https:\/\/www\.glassdoor\.com\/job-listing\/x\.htm\?jl=\d+$/);
      for (const text of [row.title, row.company_name, row.location, row.snippet])
        // eslint-disable-next-line no-control-regex
        expect(text).not.toMatch(/[<>\u0000-\u001f\u202e\ud800-\udfff]/);
    }
  });

  it('keeps at most a page of items from a huge listing', async () => {
    const jobs = Array.from({ length: 5_000 }, (_, i) => ({
      title: `Nurse ${i}`,
      url: `https://www.indeed.com/viewjob?jk=${i.toString(16).padStart(16, '0')}`,
    }));
    await sim.admin.script([{ endpoint: 'indeed.listing', response: { kind: 'json', body: { ...ok, jobs } } }]);
    const answer = await gw.client.searchListings(listing);
    if (answer.outcome !== 'ok') throw new Error(JSON.stringify(answer));
    expect(answer.data.items).toHaveLength(100);
  });

  it.each([
    ['a gzip bomb', { kind: 'gzipBomb', inflatedBytes: 64 * 1024 * 1024 }],
    ['an endless body', { kind: 'endless' }],
  ] as const)('stops reading %s at the size cap, billed as the provider would', async (name, response) => {
    await sim.admin.script([{ endpoint: 'indeed.listing', response }]);
    const rssBefore = process.memoryUsage().rss;
    const started = Date.now();
    const answer = await gw.client.searchListings(listing);
    // 'malformed' is the cap speaking: read whole, the bomb is valid JSON (ok, no items) and the
    // endless body never ends (timeout).
    expect(answer).toMatchObject({ outcome: 'provider_error', kind: 'malformed', creditsCharged: 10 });
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS);
    // The growth of this call, not the jest worker's whole footprint (earlier suites in the same
    // worker leave native memory behind: 2.3 GB was seen on CI). Growth that is measured is about
    // the 16 MB cap; read whole, the 64 MB bomb grows it by more than this bound.
    const grown = process.memoryUsage().rss - rssBefore;
    console.log(`[hostile provider] ${name}: rss grew ${Math.round(grown / 1024 ** 2)} MB`);
    expect(grown).toBeLessThan(MEMORY_GROWTH_BOUND);
  });

  it.each([
    ['stalls', { kind: 'stall' }],
    ['drips slower than the deadline', { kind: 'slow', body: { ...ok, jobs: [] }, bytesPerSecond: 4 }],
  ] as const)('gives up on a body that %s at the deadline', async (_name, response) => {
    await sim.admin.script([{ endpoint: 'indeed.listing', response }]);
    const started = Date.now();
    const answer = await gw.client.searchListings(listing);
    expect(answer).toMatchObject({ outcome: 'provider_error', kind: 'timeout' });
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 2_000);
  });

  it('never follows a redirect, so the API key goes nowhere else', async () => {
    const seen: http.IncomingHttpHeaders[] = [];
    const elsewhere = http.createServer((req, res) => {
      seen.push(req.headers);
      res.end('{}');
    });
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
    try {
      const target = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}/latest/meta-data/`;
      for (const status of [301, 302, 307, 308] as const) {
        await sim.admin.script([
          { endpoint: 'indeed.listing', response: { kind: 'redirect', status, location: target } },
        ]);
        expect(await gw.client.searchListings(listing)).toMatchObject({
          outcome: 'provider_error',
          kind: 'malformed',
          creditsCharged: 0,
        });
      }
      expect(seen).toEqual([]);
    } finally {
      await new Promise((resolve) => elsewhere.close(resolve));
    }
  });

  it('still answers normally once the script is spent', async () => {
    expect((await gw.client.searchListings(listing)).outcome).toBe('ok');
  });
});

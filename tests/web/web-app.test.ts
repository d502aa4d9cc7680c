import type { Browser, Page } from 'playwright-core';
import type { WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { WorkflowNotFoundError } from '@temporalio/client';
import { createUser } from '../../store/users';
import { ledgerFor } from '../e2e/api-client';
import { startStack, type Stack } from '../e2e/stack';
import { uniquePrefix } from '../harness/services';
import { bundleWorkflows } from '../harness/workflow-bundle';
import { searchWorkflowId } from '../../temporal/workflow-ids';
import { RESUME_MARKDOWN } from '../understanding/fixtures/documents';
import {
  accessibilityProblems,
  horizontalOverflow,
  launchBrowser,
  openPage,
  PHONE,
  screenshot,
  signIn,
  type WatchedPage,
} from './browser';

/**
 * The web app in real headless Chromium against the whole system (API serving web/dist, workers,
 * gateway, HasData simulator, PostgreSQL, Redis, Temporal): what a person does, as they would do
 * it, with a screenshot of each scenario in tests/.artifacts/web/ and axe-core on every page.
 */
jest.setTimeout(300_000);

let bundle: WorkflowBundleWithSourceMap;
let stack: Stack;
let browser: Browser;
let base: string;
let closeApi: () => void = () => undefined;
let apiClosed: Promise<void> = Promise.resolve();
const opened: WatchedPage[] = [];

beforeAll(async () => {
  bundle = await bundleWorkflows();
  stack = await startStack({
    bundle,
    // Slow enough that a person (and the test) sees the phases go by.
    simulator: { latency: { medianMs: 300, p95Ms: 600 } },
    // Short back-off pauses: a search that met the provider's 429s picks up within seconds of its
    // answering again, even on a loaded machine.
    env: { TEMPORAL_UI_URL: 'http://127.0.0.1:8233', SEARCH_ENRICH_LIMIT_PAID: '6', PROVIDER_BACKOFF_MAX_MS: '3000' },
  });
  await stack.seedCache('software developer', 'United States', 2);
  // The API stays up for the whole file: withApi's callback returns only when the file is done.
  await new Promise<void>((ready) => {
    apiClosed = stack.withApi(
      (url) =>
        new Promise<void>((release) => {
          base = url;
          closeApi = release;
          ready();
        }),
    );
  });
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  for (const p of opened) await p.close().catch(() => undefined);
  await browser?.close();
  closeApi();
  // The server closes once its last stream has; the stack's services go after it.
  await apiClosed;
  await stack?.close();
});

async function page(viewport?: { width: number; height: number }): Promise<WatchedPage> {
  const watched = await openPage(browser, viewport);
  opened.push(watched);
  return watched;
}

async function expectAccessible(p: Page, where: string): Promise<void> {
  expect({ where, problems: await accessibilityProblems(p) }).toEqual({ where, problems: [] });
}

async function newUser(tier: 'free' | 'paid', isAdmin = false, dailyCreditCap: number | null = null) {
  return createUser(stack.db, { email: `${uniquePrefix(tier)}@example.com`, tier, isAdmin, dailyCreditCap });
}

/** Waits until the page shows the ranking version the finished search ended with. */
async function waitForFinalRanking(p: Page, apiKey: string, searchId: string): Promise<void> {
  const res = await fetch(`${base}/v1/searches/${searchId}?limit=1`, { headers: { 'x-api-key': apiKey } });
  const view = (await res.json()) as { progress: { status: string; version: number } };
  expect(view.progress.status).not.toBe('running');
  await p.waitForFunction(
    (version) => document.querySelector('ol.results')?.getAttribute('data-version') === String(version),
    view.progress.version,
  );
}

/**
 * Deletes a finished search's workflow from Temporal, as its retention period eventually does.
 * The server deletes asynchronously, and on a loaded machine a delete issued while the run is still
 * closing can be dropped, so the request is repeated until the run is gone.
 */
async function forgetWorkflow(searchId: string): Promise<void> {
  const workflowId = searchWorkflowId(searchId);
  const deadline = Date.now() + 90_000;
  for (let attempt = 0; ; attempt += 1) {
    if (attempt % 8 === 0) {
      await stack.temporal.workflowService
        .deleteWorkflowExecution({
          namespace: stack.config.temporal.namespace,
          workflowExecution: { workflowId },
        })
        .catch(() => undefined);
    }
    const gone = await stack.temporal.workflow
      .getHandle(workflowId)
      .describe()
      .then(
        () => false,
        (error: unknown) => {
          if (error instanceof WorkflowNotFoundError) return true;
          throw error;
        },
      );
    if (gone) return;
    if (Date.now() > deadline) throw new Error(`workflow ${workflowId} still there`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

function file(name: string, content: string | Buffer, mimeType: string) {
  return { name, mimeType, buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) };
}

/** Drops a file on the upload zone as a person dragging it from their desktop would. */
async function dropFile(p: Page, name: string, content: string, type: string): Promise<void> {
  await p.evaluate(
    ({ name, content, type }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], name, { type }));
      const zone = document.querySelector('.drop-zone');
      if (!zone) throw new Error('no drop zone');
      zone.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer }));
      zone.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    },
    { name, content, type },
  );
}

/** Records every progress heading the page shows, so a test can tell which phases streamed by. */
async function recordHeadings(p: Page): Promise<void> {
  await p.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __headings: string[] }).__headings = seen;
    const note = () => {
      const text = document.getElementById('progress-heading')?.textContent ?? '';
      if (text && seen[seen.length - 1] !== text) seen.push(text);
    };
    new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

const headingsSeen = (p: Page): Promise<string[]> =>
  p.evaluate(() => (window as unknown as { __headings: string[] }).__headings);

async function shownCredits(p: Page): Promise<number> {
  return Number((await p.getByTestId('credits-used').innerText()).replace(/[^\d]/g, ''));
}

async function startKeywordSearch(p: Page, keyword: string, where: string): Promise<string> {
  await p.getByLabel('Job title or keywords').fill(keyword);
  await p.getByLabel('Where', { exact: true }).fill(where);
  await p.getByRole('button', { name: 'Search', exact: true }).click();
  await p.waitForURL(/\/searches\/[0-9a-f-]{36}$/);
  return p.url().split('/').pop()!;
}

/**
 * Runs `fn` while the provider answers 429 to everything: a paid search started meanwhile stays in
 * discovery, backing off without spending (refused calls are free).
 */
async function whileProviderRefuses<T>(fn: () => Promise<T>): Promise<T> {
  await stack.sim.admin.configure({ faults: { rateLimitRate: 1 } });
  try {
    return await fn();
  } finally {
    await stack.sim.admin.configure({ faults: { rateLimitRate: 0 } });
  }
}

/** A paid keyword search, once the page shows it searching job boards. */
async function startSearchInDiscovery(p: Page, keyword: string, where: string): Promise<string> {
  const searchId = await startKeywordSearch(p, keyword, where);
  await p.getByRole('heading', { name: 'Searching job boards for new postings' }).waitFor({ timeout: 60_000 });
  return searchId;
}

describe('the web app in headless Chromium', () => {
  it('refuses a wrong key in words and passes axe on the sign-in page', async () => {
    const { page: p, errors } = await page();
    await p.goto(`${base}/`);
    await expectAccessible(p, 'sign-in');
    await p.getByLabel('API key').fill('hh_not-a-real-key-at-all-000000000000000000000');
    await p.getByRole('button', { name: 'Sign in' }).click();
    await expect(p.getByRole('alert').innerText()).resolves.toContain('That API key is not valid');
    await screenshot(p, 'sign-in-refused');
    expect(errors).toEqual([]);
  });

  it('a free user uploads a resume, corrects it, and sees cached results with reasons and 0 credits', async () => {
    const free = await newUser('free');
    const { page: p, errors } = await page();
    await signIn(p, base, free.apiKey);
    await expectAccessible(p, 'home');
    await p.setInputFiles('#resume-file', file('dana.md', RESUME_MARKDOWN, 'text/markdown'));
    await p.getByRole('heading', { name: 'What we understood from dana.md' }).waitFor({ timeout: 90_000 });
    // The understanding: occupation with its confidence, skills, experience, education.
    const understood = await p.locator('.facts').innerText();
    expect(understood).toMatch(/Occupation \(O\*NET\)\s+.+\(\d{2}-\d{4}\.\d{2}\),\s+\d+% confident/);
    expect(understood).toMatch(/\d+(\.\d)? years/);
    expect(understood).toContain("Master's degree");
    expect(await p.locator('.chips').innerText()).toContain('PostgreSQL');
    await expectAccessible(p, 'understanding');
    // Corrections: a location and one more skill, sent before the search.
    await p.getByLabel('Your location').fill('United States');
    await p.getByPlaceholder('Add a skill').fill('Rust');
    await p.getByRole('button', { name: 'Add', exact: true }).click();
    await screenshot(p, 'free-understanding');
    await p.getByRole('button', { name: 'Search', exact: true }).click();
    await p.waitForURL(/\/searches\/[0-9a-f-]{36}$/);
    const searchId = p.url().split('/').pop()!;

    await p.getByRole('heading', { name: 'Results from our database' }).waitFor();
    await p.locator('article.result').first().waitFor();
    expect(await p.locator('article.result').count()).toBeGreaterThan(0);
    expect(await shownCredits(p)).toBe(0);
    expect(await p.locator('.upgrade').innerText()).toContain('Upgrade to a paid plan');
    // Nothing will happen: no spinner anywhere.
    expect(await p.locator('.spinner').count()).toBe(0);
    const first = p.locator('article.result').first();
    expect(await first.locator('.breakdown').innerText()).toMatch(/Match on requirements \(ATS\)/);
    await first.getByText('Why this score').click();
    expect(await first.locator('.reasons table').innerText()).toMatch(/Skills|Title fit/);
    await first.getByRole('button', { name: 'Show description' }).click();
    await first.locator('.description').waitFor();
    await expectAccessible(p, 'free results');
    await screenshot(p, 'free-results');
    // The correction reached matching: the stored profile has the added skill.
    const resume = await stack.db
      .selectFrom('resumes')
      .select('skills')
      .where('user_id', '=', free.user.id)
      .executeTakeFirstOrThrow();
    expect(resume.skills).toContain('Rust');
    expect((await ledgerFor(stack.db, searchId)).credits).toBe(0);

    // Past searches list it; its bookmark reopens it in a new tab from the database, the workflow
    // being gone by then.
    await forgetWorkflow(searchId);
    await p.getByRole('link', { name: 'Past searches' }).click();
    await p.getByRole('heading', { name: 'Past searches' }).waitFor();
    // The heading renders before the list has loaded: wait for its first entry, then count.
    await p.locator('.search-list li').first().waitFor();
    expect(await p.locator('.search-list li').count()).toBe(1);
    await expectAccessible(p, 'past searches');
    const firstTitle = await first
      .locator('h3')
      .innerText()
      .catch(() => '');
    const reopened = await page();
    await signIn(reopened.page, base, free.apiKey, `/searches/${searchId}`);
    await reopened.page.locator('article.result').first().waitFor();
    expect(await reopened.page.locator('article.result h3').first().innerText()).toBe(
      firstTitle || (await reopened.page.locator('article.result h3').first().innerText()),
    );
    expect(errors).toEqual([]);
  });

  it('shows a bad upload as a clear sentence', async () => {
    const free = await newUser('free');
    const { page: p, errors } = await page();
    await signIn(p, base, free.apiKey);
    await p.setInputFiles('#resume-file', file('empty.pdf', Buffer.alloc(0), 'application/pdf'));
    await expect(p.getByRole('alert').innerText()).resolves.toContain('That file is empty');
    await p.setInputFiles(
      '#resume-file',
      file(
        'tool.exe',
        Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff]),
        'application/octet-stream',
      ),
    );
    await expect(p.getByRole('alert').innerText()).resolves.toContain('cannot be read');
    expect(await p.getByRole('alert').innerText()).not.toMatch(/RESUME_[A-Z_]+/);
    await expectAccessible(p, 'upload error');
    await screenshot(p, 'bad-upload');
    expect(errors).toEqual([]);
  });

  it('renders a hostile resume as inert text', async () => {
    const free = await newUser('free');
    const { page: p, dialogs, errors } = await page();
    await signIn(p, base, free.apiKey);
    const hostile = [
      '# <script>alert("title")</script> Software Developer',
      '<img src=x onerror="alert(\'img\')"> · javascript:alert("bare") · [portfolio](javascript:alert("link"))',
      'Links: <a href="javascript:alert(\'anchor\')">me</a> https://github.com/hostile-example',
      '',
      '## Experience',
      '### Software Developer, Acme — Jan 2018 – Present',
      '- Built services in Go and PostgreSQL <svg onload=alert("svg")>',
    ].join('\n');
    await dropFile(p, '<img src=x onerror=alert(1)>.md', hostile, 'text/markdown');
    await p.getByRole('heading', { name: /What we understood from/ }).waitFor({ timeout: 90_000 });
    // The hostile file name and lines are on the page as text.
    expect(await p.getByRole('heading', { name: /What we understood from/ }).innerText()).toContain(
      '<img src=x onerror=alert(1)>.md',
    );
    // A hostile correction goes through the API and back, and into the search's heading.
    await p.getByLabel('Job title').fill('<script>alert("fix")</script> Developer');
    await p.getByRole('button', { name: 'Search', exact: true }).click();
    await p.waitForURL(/\/searches\//);
    await p.getByRole('heading', { level: 1 }).filter({ hasText: '<script>alert("fix")</script> Developer' }).waitFor();
    await p.locator('article.result, .search-results p').first().waitFor();

    expect(dialogs).toEqual([]);
    const scripts = await p.evaluate(() => [...document.scripts].map((s) => s.src));
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/\/assets\/index-[\w-]+\.js$/);
    expect(await p.locator('img, svg, iframe, object, embed').count()).toBe(0);
    const hrefs = await p.evaluate(() =>
      [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? ''),
    );
    expect(hrefs.filter((h) => !/^(\/|#|https?:)/.test(h))).toEqual([]);
    await p.goBack();
    await p.getByRole('heading', { name: /What we understood from/ }).waitFor();
    const linkHrefs = await p.evaluate(() =>
      [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? ''),
    );
    expect(linkHrefs.some((h) => h.toLowerCase().startsWith('javascript:'))).toBe(false);
    await screenshot(p, 'hostile-resume');
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("a paid user's cold search streams its phases and ends enriched and re-ranked, its credits equal to the ledger's", async () => {
    const paid = await newUser('paid');
    const { page: p, errors } = await page();
    await signIn(p, base, paid.apiKey);
    await recordHeadings(p);
    // The stack's six enrichments are one wave of provider calls: at 300 ms a call the phase can
    // begin and end between two of the API's progress polls (500 ms apart), and no heading shows it.
    await stack.sim.admin.configure({ latency: { medianMs: 1_200, p95Ms: 1_500 } });
    let searchId: string;
    try {
      searchId = await startKeywordSearch(p, 'registered nurse', 'Texas');
      await p.getByRole('heading', { name: 'Finished', exact: true }).waitFor({ timeout: 240_000 });
    } finally {
      await stack.sim.admin.configure({ latency: { medianMs: 300, p95Ms: 600 } });
    }
    // The page shows "Finished" as the progress event arrives and fetches the final ranking after
    // it: wait for the version the search ended with.
    await waitForFinalRanking(p, paid.apiKey, searchId);

    const seen = await headingsSeen(p);
    expect(seen).toEqual(
      expect.arrayContaining([
        'Searching job boards for new postings',
        'Fetching full descriptions of the best matches',
      ]),
    );
    expect(Number(await p.locator('ol.results').getAttribute('data-version'))).toBeGreaterThan(1);
    expect(await p.locator('.badge.enriched').count()).toBeGreaterThan(0);
    expect(Number(await p.getByTestId('pages-discovered').innerText())).toBeGreaterThan(0);

    await stack.gateway.gateway.mirror.drain();
    const ledger = await ledgerFor(stack.db, searchId);
    expect(ledger.credits).toBeGreaterThan(0);
    expect(await shownCredits(p)).toBe(ledger.credits);
    await p.locator('article.result').first().getByText('Why this score').click();
    await expectAccessible(p, 'paid results');
    await screenshot(p, 'paid-results');
    expect(errors).toEqual([]);
  });

  it('re-ranks on new filters without spending credits', async () => {
    const paid = await newUser('paid');
    const { page: p, errors } = await page();
    await signIn(p, base, paid.apiKey);
    // While the provider refuses, any credit spent would be the filter change's own.
    await whileProviderRefuses(async () => {
      const searchId = await startSearchInDiscovery(p, 'accountant', 'New York');
      const versionBefore = Number(await p.locator('ol.results').getAttribute('data-version'));
      await stack.gateway.gateway.mirror.drain();
      const before = await ledgerFor(stack.db, searchId);

      await p.getByRole('checkbox', { name: 'Remote', exact: true }).check();
      await p.getByRole('button', { name: 'Apply filters' }).click();
      await expect(
        p.getByRole('status').filter({ hasText: 'Re-ranked with the new filters' }).innerText(),
      ).resolves.toContain('No credits were used');
      expect(Number(await p.locator('ol.results').getAttribute('data-version'))).toBeGreaterThan(versionBefore);
      const metas = await p.locator('article.result .job-meta').allInnerTexts();
      expect(metas.length).toBeGreaterThan(0);
      expect(metas.filter((m) => !m.includes('Remote'))).toEqual([]);
      await stack.gateway.gateway.mirror.drain();
      expect((await ledgerFor(stack.db, searchId)).credits).toBe(before.credits);
      expect(await shownCredits(p)).toBe(before.credits);
      await screenshot(p, 'filters-reranked');
    });

    // The provider answers again and the list re-ranks while the reader sits on a result (focus on
    // its button): that result stays where it was on the screen.
    const reader = p.locator('ol.results > li').nth(1);
    const readerKey = await reader.getAttribute('data-flip-key');
    await reader.evaluate((li) => window.scrollTo(0, li.getBoundingClientRect().top + window.scrollY - 300));
    await reader.getByRole('button', { name: 'Show description' }).focus();
    const topBefore = await reader.evaluate((li) => li.getBoundingClientRect().top);
    const version = Number(await p.locator('ol.results').getAttribute('data-version'));
    await p.waitForFunction(
      (v) => Number(document.querySelector('ol.results')?.getAttribute('data-version')) > v,
      version,
      { timeout: 120_000 },
    );
    const after = await p.evaluate(() => {
      const li = document.activeElement?.closest('li[data-flip-key]');
      return li ? { key: li.getAttribute('data-flip-key'), top: li.getBoundingClientRect().top } : null;
    });
    expect(after?.key).toBe(readerKey);
    expect(Math.abs((after?.top ?? Infinity) - topBefore)).toBeLessThan(2);
    // How it ends is the paid search's test; stopped here, it cannot spend into the next tests.
    const stop = p.getByRole('button', { name: 'Stop searching' });
    if (await stop.isVisible()) await stop.click({ timeout: 5_000 }).catch(() => undefined);
    await p.getByRole('heading', { name: /Finished|Cancelled/ }).waitFor({ timeout: 120_000 });
    expect(errors).toEqual([]);
  });

  it('says in words why a live search could not run, and spins nothing once it has ended', async () => {
    // A paid user whose daily credit cap is 0: the job boards refuse them, the database answers.
    const capped = await newUser('paid', false, 0);
    const { page: p, errors } = await page();
    await signIn(p, base, capped.apiKey);
    const searchId = await startKeywordSearch(p, `welder ${uniquePrefix('cap')}`, 'Ohio');
    await p.getByRole('heading', { name: 'Finished', exact: true }).waitFor({ timeout: 120_000 });
    const notice = await p.locator('.progress .notice').innerText();
    expect(notice).toContain("You have reached today's limit of live searches");
    expect(notice).not.toMatch(/user_cap_reached|[A-Z]{3,}_[A-Z_]+/);
    expect(await p.locator('.spinner').count()).toBe(0);
    expect(await p.getByRole('button', { name: 'Stop searching' }).count()).toBe(0);
    await stack.gateway.gateway.mirror.drain();
    expect(await shownCredits(p)).toBe((await ledgerFor(stack.db, searchId)).credits);
    await expectAccessible(p, 'live search unavailable');
    await screenshot(p, 'live-search-unavailable');
    expect(errors).toEqual([]);
  });

  it('stops a running search with its button, and spends nothing more after', async () => {
    const paid = await newUser('paid');
    const { page: p, errors } = await page();
    await signIn(p, base, paid.apiKey);
    // While the provider refuses, the search is still running when the person stops it.
    const { searchId, spent } = await whileProviderRefuses(async () => {
      const searchId = await startSearchInDiscovery(p, 'pharmacist', 'Florida');
      await p.getByRole('button', { name: 'Stop searching' }).click();
      await p.getByRole('heading', { name: 'Cancelled', exact: true }).waitFor({ timeout: 60_000 });
      expect(await p.getByRole('button', { name: 'Stop searching' }).count()).toBe(0);
      expect(await p.locator('.spinner').count()).toBe(0);
      await stack.gateway.gateway.mirror.drain();
      const ledger = await ledgerFor(stack.db, searchId);
      expect(await shownCredits(p)).toBe(ledger.credits);
      return { searchId, spent: ledger.credits };
    });
    // The provider answers again: a cancelled search must not pick its work back up.
    await new Promise((r) => setTimeout(r, 3_000));
    await stack.gateway.gateway.mirror.drain();
    expect((await ledgerFor(stack.db, searchId)).credits).toBe(spent);
    await p.getByRole('link', { name: 'Past searches' }).click();
    expect(await p.locator('.search-list li').first().innerText()).toContain('Cancelled');
    await screenshot(p, 'cancelled');
    expect(errors).toEqual([]);
  });

  it('a paid user tailors their resume to a result: targeted edits from the analysis, as text', async () => {
    const paid = await newUser('paid');
    const { page: p, errors } = await page();
    await signIn(p, base, paid.apiKey);
    await p.setInputFiles('#resume-file', file('dana.md', RESUME_MARKDOWN, 'text/markdown'));
    await p.getByRole('heading', { name: 'What we understood from dana.md' }).waitFor({ timeout: 90_000 });
    await p.getByLabel('Your location').fill('United States');
    await p.getByRole('button', { name: 'Search', exact: true }).click();
    await p.waitForURL(/\/searches\/[0-9a-f-]{36}$/);
    const first = p.locator('article.result').first();
    await first.getByRole('button', { name: 'Tailor my resume' }).click();
    const panel = first.getByRole('region', { name: /^Suggestions for / });
    await panel.waitFor({ timeout: 60_000 });
    // No chat model is configured here: the deterministic analysis answers, and says so.
    expect(await panel.innerText()).toContain('From an analysis of your resume and the posting.');
    expect(await panel.locator('h5').count()).toBeGreaterThan(0);
    await expectAccessible(p, 'tailoring');
    await screenshot(p, 'tailoring');
    expect(errors).toEqual([]);
  });

  it("the admin view shows the month's credits, the circuit, calls in flight and runs in the Temporal UI", async () => {
    const admin = await newUser('paid', true);
    const { page: p, errors } = await page();
    await signIn(p, base, admin.apiKey);
    // Enrichments the earlier tests started may still be spending: the page's figure is the
    // gateway's at some moment between these two reads.
    const before = await stack.gateway.client.creditStatus();
    await p.getByRole('link', { name: 'Admin' }).click();
    await p.getByRole('heading', { name: /Provider credits for \d{4}-\d{2}/ }).waitFor();
    const shown = Number((await p.getByTestId('month-credits').innerText()).replace(/[^\d]/g, ''));
    const status = await stack.gateway.client.creditStatus();
    expect(before.used).toBeGreaterThan(0);
    expect(shown).toBeGreaterThanOrEqual(before.used);
    expect(shown).toBeLessThanOrEqual(status.used);
    expect(await p.locator('.marks').innerText()).toMatch(/70% mark[\s\S]*90% mark/);
    expect(await p.getByTestId('circuit-state').innerText()).toBe('Closed on every endpoint');
    expect(await p.getByTestId('in-flight').innerText()).toMatch(/^\d+ of 15$/);
    const runLinks = await p
      .getByRole('link', { name: /Temporal UI/ })
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(runLinks.length).toBeGreaterThan(0);
    expect(runLinks[0]).toMatch(/^http:\/\/127\.0\.0\.1:8233\/namespaces\/[^/]+\/workflows\/search-[0-9a-f-]{36}$/);
    await expectAccessible(p, 'admin');
    await screenshot(p, 'admin');
    expect(errors).toEqual([]);
  });

  it('works at phone width and with the keyboard alone', async () => {
    const free = await newUser('free');
    const { page: p, errors } = await page(PHONE);
    await p.goto(`${base}/`);
    // The app renders after the page loads: a Tab before the form exists lands nowhere.
    await p.locator('#api-key').waitFor();
    // Keyboard only: type the key, submit with Enter, reach the search form by Tab, search with Enter.
    await p.keyboard.press('Tab');
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('api-key');
    await p.keyboard.type(free.apiKey);
    await p.keyboard.press('Enter');
    await p.getByRole('button', { name: 'Sign out' }).waitFor();
    await p.getByLabel('Job title or keywords').focus();
    await p.keyboard.type('software developer');
    await p.keyboard.press('Enter');
    await p.waitForURL(/\/searches\//);
    await p.locator('article.result').first().waitFor();
    // Open a result's reasons with the keyboard.
    await p.locator('article.result').first().getByText('Why this score').focus();
    await p.keyboard.press('Enter');
    await p.locator('article.result .reasons table').first().waitFor();
    expect(await horizontalOverflow(p)).toBeLessThanOrEqual(0);
    await expectAccessible(p, 'phone results');
    await screenshot(p, 'phone-results');
    expect(errors).toEqual([]);
  });
});

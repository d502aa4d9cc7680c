import { canonicalUrl } from '../../ingestion/canonical-url';
import { cleanDescription } from '../../ingestion/clean-text';
import { companyKey } from '../../ingestion/company-names';
import { judgeDuplicate } from '../../ingestion/duplicates';
import { limitPerCompany } from '../../matching/diversity';
import { preparePosting, scoringView as forScoring, type PreparedPosting } from '../../ingestion/prepare';
import { decidePublication, chooseRepresentative } from '../../ingestion/publication';
import { qualityScore } from '../../ingestion/quality';
import { spamScore } from '../../ingestion/spam';
import { ACME_BACKEND, posting, REPOST_EDITS, SCAM_MESSENGER_FEE, SCAM_PERSONAL_DATA, TEST_CONFIG } from './postings';

const settings = TEST_CONFIG.ingestion;
const FETCHED = new Date('2026-12-01T00:00:00Z');

const prepare = (input: Parameters<typeof posting>[0]): PreparedPosting => preparePosting(posting(input), FETCHED);
const judge = (a: PreparedPosting, b: PreparedPosting) => judgeDuplicate(a.dedup, b.dedup, settings.dedup);

describe('cleaning and normalizing', () => {
  it('turns HTML into text without markup, scripts or tracking parameters in the URL', () => {
    const text = cleanDescription({
      html: '<div><h2>About</h2><p>Build <b>services</b>.</p><script>track()</script><ul><li>SQL</li></ul></div>',
    });
    expect(text).toContain('Build services.');
    expect(text).toContain('SQL');
    expect(text).not.toMatch(/<|track\(\)/);
    expect(canonicalUrl('https://Jobs.Example.com/a/1?utm_source=x&gclid=1&ref=y&id=7#apply')).toBe(
      'https://jobs.example.com/a/1?id=7',
    );
  });

  it('annualizes a stated salary with its currency and reads the employment type', () => {
    const p = prepare({
      externalId: 'n1',
      salaryText: '$40 - $50 an hour',
      description: 'Contract role. ' + ACME_BACKEND,
    });
    expect(p.salary).toMatchObject({ currency: 'USD', period: 'hour' });
    expect(p.salary?.annualMin).toBeGreaterThan(70_000);
    expect(p.employmentType).toBe('full_time');
    expect(p.analysis.onetCode).toMatch(/^15-/);
    expect(p.analysis.skillsRequired.length).toBeGreaterThan(2);
  });
});

describe('companies', () => {
  it('reads three spellings of one employer as one company key, and keeps different employers apart', () => {
    const keys = ['Google LLC', 'Google', 'google inc.', 'GOOGLE, Inc', 'Alphabet Inc.'].map(companyKey);
    expect(new Set(keys)).toEqual(new Set(['google']));
    expect(companyKey('Acme Billing Inc.')).toBe(companyKey('ACME billing, LLC'));
    expect(companyKey('Acme Billing')).not.toBe(companyKey('Acme Robotics'));
    expect(companyKey('Johnson & Johnson')).toBe('johnson and johnson');
    expect(companyKey('Confidential')).toBeNull();
  });
});

describe('duplicates in stages', () => {
  const original = prepare({ externalId: 'a1' });

  it('catches an identical description (content hash), even with other spacing and case', () => {
    const copy = prepare({
      externalId: 'b1',
      source: 'other-board',
      company: 'ACME Billing',
      description: ACME_BACKEND.toUpperCase().replace(/\n/g, '\n\n'),
    });
    expect(judge(copy, original)).toEqual({ stage: 'content_hash', similarity: 1 });
  });

  it('catches a repost with small edits as a near duplicate', () => {
    const repost = prepare({ externalId: 'a2', description: REPOST_EDITS(ACME_BACKEND), postedAt: '2026-11-27' });
    const match = judge(repost, original);
    expect(match?.stage).toBe('near_duplicate');
    expect(match?.similarity).toBeGreaterThanOrEqual(settings.dedup.nearJaccard);
  });

  it('catches one listing seen on two boards by employer, title and place', () => {
    const listing = (source: string) =>
      prepare({ externalId: `l-${source}`, source, description: null, snippet: 'Acme builds billing software.' });
    expect(judge(listing('indeed'), listing('glassdoor'))?.stage).toBe('listing_identity');
  });

  it('keeps the same template apart for another role, another city or another level', () => {
    const otherRole = prepare({
      externalId: 'r1',
      title: 'Senior Frontend Engineer',
      description: ACME_BACKEND.replace(/Backend/g, 'Frontend'),
    });
    const otherCity = prepare({ externalId: 'c1', location: 'Berlin, Germany' });
    const otherLevel = prepare({ externalId: 'v1', title: 'Backend Engineer' });
    expect(judge(otherRole, original)).toBeNull();
    expect(judge(otherCity, original)).toBeNull();
    expect(judge(otherLevel, original)).toBeNull();
  });

  it("keeps one board's per-place copies of a text apart, but joins a copy on another board that omits the place", () => {
    const remote = prepare({ externalId: 'p1', location: 'Remote', remote: 'remote' });
    const denmark = prepare({ externalId: 'p2', location: 'Denmark', remote: 'remote' });
    const elsewhere = prepare({ externalId: 'p3', source: 'other-board', location: 'Denmark', remote: 'remote' });
    expect(judge(denmark, remote)).toBeNull();
    const newYork = prepare({ externalId: 'p4', location: 'New York, NY' });
    expect(judge(newYork, prepare({ externalId: 'p5', location: 'US' }))).toBeNull();
    expect(judge(elsewhere, remote)?.stage).toBe('content_hash');
  });

  it('keeps two teams of one template apart when each asks for skills the other does not', () => {
    const team = (id: string, stack: string, tools: string) =>
      prepare({
        externalId: id,
        description: ACME_BACKEND.replace('in TypeScript and Node.js', `in ${stack}`).replace(
          'experience with Redis and message queues',
          `experience with ${tools}`,
        ),
      });
    const payments = team('t1', 'Go and Java', 'Kafka and gRPC');
    const ledger = team('t2', 'Python and Django', 'Terraform and Linux');
    expect(judge(ledger, payments)).toBeNull();
    // A repost that only adds requirements names new skills on one side: still the same job.
    const repost = prepare({
      externalId: 't3',
      description: `${ACME_BACKEND}\n- Bonus: Python, Terraform, Kafka, Linux and gRPC.`,
    });
    expect(judge(repost, original)?.stage).toBe('near_duplicate');
  });

  it('tells no two roles apart by soft skills: reposts that reword the soft-skill line stay one job', () => {
    const a = prepare({
      externalId: 's1',
      description: `${ACME_BACKEND}
- You work well with others and bring strong problem solving.`,
    });
    const b = prepare({
      externalId: 's2',
      description: `${ACME_BACKEND}
- Excellent time management and critical thinking.`,
    });
    expect(a.dedup.skills).not.toContain('Teamwork');
    expect(judge(a, b)?.stage).toBe('near_duplicate');
  });

  it('never joins two employers, however alike the text', () => {
    expect(judge(prepare({ externalId: 'x1', company: 'Globex Corporation' }), original)).toBeNull();
  });
});

describe('quality and spam', () => {
  it('holds obvious scams with the reasons behind the score', () => {
    for (const [id, description, expected] of [
      ['s1', SCAM_MESSENGER_FEE, ['messenger_contact', 'fee_asked', 'free_mail_contact', 'urgency_bait']],
      ['s2', SCAM_PERSONAL_DATA, ['personal_data_asked', 'free_mail_contact']],
    ] as const) {
      const p = prepare({ externalId: id, title: 'Data Entry Clerk', company: null, description });
      const spam = spamScore(forScoring(p), { otherCompaniesWithSameText: 0 });
      const decision = decidePublication(qualityScore(forScoring(p)), spam, settings.publication);
      expect(decision.status).toBe('held');
      expect(decision.reasons[0]?.code).toBe('spam_threshold');
      expect(spam.reasons.map((r) => r.code)).toEqual(expect.arrayContaining([...expected]));
    }
  });

  it('publishes an honest, complete posting, and one weak signal alone does not hold it', () => {
    const honest = forScoring(prepare({ externalId: 'h1', salaryText: '$150,000 - $180,000 a year' }));
    const quality = qualityScore(honest);
    expect(quality.score).toBeGreaterThanOrEqual(80);
    expect(spamScore(honest, { otherCompaniesWithSameText: 0 }).score).toBe(0);
    const gmail = forScoring(
      prepare({ externalId: 'h2', description: `${ACME_BACKEND}\nQuestions: acme.jobs@gmail.com` }),
    );
    const spam = spamScore(gmail, { otherCompaniesWithSameText: 0 });
    expect(spam.reasons.map((r) => r.code)).toEqual(['free_mail_contact']);
    expect(decidePublication(qualityScore(gmail), spam, settings.publication).status).toBe('published');
  });

  it('counts the same text under several employers as mass reposting', () => {
    const p = forScoring(prepare({ externalId: 'm1' }));
    expect(spamScore(p, { otherCompaniesWithSameText: 3 }).reasons.map((r) => r.code)).toEqual(['mass_repost']);
  });

  it('a thin listing scores lower quality than a complete posting, with a reason for each missing part', () => {
    const thin = qualityScore(
      forScoring(
        prepare({ externalId: 't1', description: null, snippet: 'Backend role.', company: null, location: null }),
      ),
    );
    expect(thin.score).toBeLessThan(settings.publication.qualityMin);
    expect(thin.reasons.filter((r) => r.points === 0).map((r) => r.code)).toEqual(
      expect.arrayContaining(['salary', 'company', 'location']),
    );
  });
});

describe('cluster representative and diversity', () => {
  it('shows the most complete published member, then the freshest', () => {
    const member = (id: string, qualityScore: number, day: number, status: 'published' | 'held' = 'published') => ({
      id,
      status,
      qualityScore,
      datedAt: new Date(Date.UTC(2026, 10, day)),
      enriched: false,
    });
    expect(chooseRepresentative([member('a', 70, 1), member('b', 90, 1), member('c', 95, 9, 'held')])).toBe('b');
    expect(chooseRepresentative([member('a', 90, 1), member('b', 90, 5)])).toBe('b');
    expect(chooseRepresentative([member('a', 90, 1, 'held')])).toBeNull();
  });

  it('keeps at most N per company among the shown results, moving the rest down in order', () => {
    const ranked = ['a1', 'a2', 'b1', 'a3', 'a4', 'c1', 'a5'].map((id) => ({ id, company: id[0] as string }));
    const out = limitPerCompany(ranked, (r) => r.company, 2, 5).map((r) => r.id);
    expect(out).toEqual(['a1', 'a2', 'b1', 'c1', 'a3', 'a4', 'a5']);
    expect(limitPerCompany(ranked, () => null, 1, 5).map((r) => r.id)).toEqual(ranked.map((r) => r.id));
  });
});

import { GlassdoorListingBody, IndeedListingBody } from './schemas';
import {
  glassdoorListingPage,
  glassdoorNextToken,
  indeedJobKey,
  indeedListingPage,
  indeedNextStart,
  remoteHint,
} from './normalize';

describe('normalizing provider shapes', () => {
  it('reads remote hints the way the boards write them', () => {
    expect(remoteHint('Remote')).toBe('remote');
    expect(remoteHint('Remote in Austin, TX')).toBe('remote');
    expect(remoteHint('Austin, TX', 'Full-time', 'Hybrid work')).toBe('hybrid');
    expect(remoteHint('Austin, TX', 'In-person')).toBe('onsite');
    expect(remoteHint('Austin, TX')).toBe('unknown');
    expect(remoteHint(null, undefined)).toBe('unknown');
  });

  it('finds the Indeed job key in the item or its URL, and skips items without one', () => {
    expect(indeedJobKey({ jobKey: 'abc', url: 'x' })).toBe('abc');
    expect(indeedJobKey({ url: 'https://www.indeed.com/m/viewjob?jk=def&from=serp' })).toBe('def');
    expect(indeedJobKey({ url: '/rc/clk?jk=ghi' })).toBe('ghi');
    const page = indeedListingPage(
      IndeedListingBody.parse({
        requestMetadata: { status: 'ok' },
        jobs: [
          { title: 'Nurse', url: 'https://www.indeed.com/pagead/clk?mo=r&ad=x', sponsored: true },
          {
            title: 'Cook',
            url: 'https://www.indeed.com/m/viewjob?jk=k1',
            company: 'Diner',
            location: 'Remote',
            isoDate: '2026-11-20T10:00:00.000Z',
            details: ['Part-time', 'Remote'],
            salary: { min: '18', max: 22, type: 'HOURLY' },
          },
        ],
        pagination: { nextPage: 'https://www.indeed.com/jobs?q=cook&l=Ohio&start=10' },
      }),
    );
    expect(page.items).toEqual([
      {
        source: 'indeed',
        externalId: 'k1',
        url: 'https://www.indeed.com/viewjob?jk=k1',
        title: 'Cook',
        company: 'Diner',
        location: 'Remote',
        snippet: null,
        postedAt: '2026-11-20T10:00:00.000Z',
        salary: { min: 18, max: 22, currency: 'USD', period: 'hour' },
        remote: 'remote',
        employmentTypes: ['Part-time'],
        sponsored: false,
        skills: [],
      },
    ]);
    expect(
      indeedNextStart(
        IndeedListingBody.parse({
          requestMetadata: { status: 'ok' },
          jobs: [],
          pagination: { nextPage: 'https://www.indeed.com/jobs?q=cook&start=20' },
        }),
      ),
    ).toBe(20);
    expect(indeedNextStart(IndeedListingBody.parse({ requestMetadata: { status: 'ok' }, jobs: [] }))).toBeNull();
  });

  it('dates Glassdoor items from their age and finds the next page token', () => {
    const body = GlassdoorListingBody.parse({
      requestMetadata: { status: 'ok' },
      searchInformation: { totalResults: '61' },
      jobs: [
        {
          id: 1010220057561,
          title: 'Analyst',
          url: 'https://www.glassdoor.com/job-listing/x.htm?jl=1010220057561',
          location: 'Chicago, IL',
          ageInDays: 3,
          salary: { currency: 'USD', period: 'ANNUAL', min: 70000, median: 80000, max: 90000, source: 'ESTIMATED' },
          employer: { name: 'Acme' },
          skills: ['SQL'],
        },
      ],
      pagination: { otherPages: { '1': 'a', '3': 'c', '2': 'b' } },
    });
    const page = glassdoorListingPage(body, new Date('2026-11-23T12:00:00.000Z'));
    expect(page.totalResults).toBe(61);
    expect(page.items[0]).toMatchObject({
      externalId: '1010220057561',
      company: 'Acme',
      postedAt: '2026-11-20T12:00:00.000Z',
      salary: { min: 70000, max: 90000, currency: 'USD', period: 'year' },
      skills: ['SQL'],
    });
    expect(glassdoorNextToken(body, 1)).toBe('b');
    expect(glassdoorNextToken(body, 3)).toBeNull();
  });
});

import {
  glassdoorJobUrl,
  glassdoorListingId,
  indeedJobKey,
  indexFromGlassdoorId,
  indexFromIndeedKey,
  jobKeyFromIndeedUrl,
  listingIdFromGlassdoorUrl,
} from './identifiers';

describe('provider ids', () => {
  it('round-trips Indeed job keys and rejects keys that are not ours', () => {
    for (const index of [0, 1, 99_999, 1_234_567]) {
      const key = indeedJobKey(5, index);
      expect(key).toMatch(/^[0-9a-f]{16}$/);
      expect(indexFromIndeedKey(5, key)).toBe(index);
      expect(indexFromIndeedKey(6, key)).toBeUndefined();
    }
    expect(indexFromIndeedKey(5, '3c916f0d7f870c71')).toBeUndefined();
    expect(indexFromIndeedKey(5, 'not-a-key')).toBeUndefined();
  });

  it('round-trips Glassdoor listing ids, 13 digits like the real ones', () => {
    for (const index of [0, 42, 99_999]) {
      const id = glassdoorListingId(5, index);
      expect(String(id)).toMatch(/^\d{13}$/);
      expect(indexFromGlassdoorId(5, id)).toBe(index);
    }
    expect(indexFromGlassdoorId(5, 12)).toBeUndefined();
  });

  it('parses the ids back out of the URLs the job boards use', () => {
    expect(jobKeyFromIndeedUrl('https://www.indeed.com/viewjob?jk=3c916f0d7f870c71')).toBe('3c916f0d7f870c71');
    expect(jobKeyFromIndeedUrl('https://www.indeed.com/m/viewjob?jk=abc&from=serp')).toBe('abc');
    expect(jobKeyFromIndeedUrl('https://uk.indeed.com/rc/clk?jk=abc')).toBe('abc');
    expect(jobKeyFromIndeedUrl('https://example.com/viewjob?jk=abc')).toBeUndefined();
    expect(jobKeyFromIndeedUrl('not a url')).toBeUndefined();
    const url = glassdoorJobUrl(1009846893500, 'Software Engineer', 'Acme Labs', 3);
    expect(url).toBe(
      'https://www.glassdoor.com/job-listing/software-engineer-acme-labs-JV_IC1100003_KO0,17_KE18,27.htm?jl=1009846893500',
    );
    expect(listingIdFromGlassdoorUrl(url)).toBe(1009846893500);
    expect(listingIdFromGlassdoorUrl('https://www.glassdoor.com/job-listing/x.htm')).toBeUndefined();
    expect(listingIdFromGlassdoorUrl('https://www.indeed.com/x.htm?jl=1')).toBeUndefined();
  });
});

import { findUnstorableText } from '../common/storable-text';
import { REMOTE_TYPES } from '../common/vocabulary/jobs';
import { parseSearchFilters } from '../common/vocabulary/search-filters-guard';
import { SearchFilters } from './search-schemas';

describe('SearchFilters', () => {
  it('applies defaults and rejects unknown keys or values', () => {
    expect(SearchFilters.parse({ minAnnualSalary: { amount: 90000 }, location: { text: ' Berlin ' } })).toEqual({
      minAnnualSalary: { amount: 90000, includeUnknown: false },
      location: { text: 'Berlin', includeRemote: true },
    });
    expect(SearchFilters.safeParse({ remoteTypes: ['moon'] }).success).toBe(false);
    expect(SearchFilters.safeParse({ minAnnualSalary: { amount: -1 } }).success).toBe(false);
    expect(SearchFilters.safeParse({ minAnnualSalary: { amount: 1, currency: 'dollars' } }).success).toBe(false);
    expect(SearchFilters.safeParse({ remote: true }).success).toBe(false);
  });
});

describe('parseSearchFilters (the schema-free guard) agrees with the API schema', () => {
  const valid = [
    {},
    { remoteTypes: ['remote', 'hybrid'] },
    { minAnnualSalary: { amount: 120_000, currency: 'USD', includeUnknown: false } },
    { minAnnualSalary: { amount: 5_000_000 } },
    { minAnnualSalary: { amount: 90_000, currency: 'eur', note: 'dropped' } },
    { visaSponsorship: { includeUnknown: true } },
    { visaSponsorship: {} },
    { location: { text: 'Austin, TX', includeRemote: true } },
    { location: { text: '  Berlin  ' } },
    { location: { text: `  ${'x'.repeat(200)}  ` } },
  ];
  const invalid = [
    null,
    [],
    'remote',
    { colour: 'blue' },
    { remoteTypes: [] },
    { remoteTypes: ['underwater'] },
    { remoteTypes: 'remote' },
    { minAnnualSalary: { amount: -5 } },
    { minAnnualSalary: { amount: 1e12 } },
    { minAnnualSalary: { amount: 5_000_001 } },
    { minAnnualSalary: { amount: '100000' } },
    { minAnnualSalary: { amount: 100_000, currency: 'US Dollars' } },
    { minAnnualSalary: { amount: 100_000, includeUnknown: 'yes' } },
    { visaSponsorship: true },
    { visaSponsorship: { includeUnknown: 1 } },
    { location: { text: '  ' } },
    { location: { text: 'x'.repeat(201) } },
    { location: { text: 'Austin', includeRemote: 'no' } },
    { remoteTypes: Array(REMOTE_TYPES.length + 1).fill('remote') },
  ];

  it.each(valid)('accepts what the API schema accepts, and answers the same: %j', (filters) => {
    const parsed = SearchFilters.safeParse(filters);
    expect(parsed.success).toBe(true);
    expect(parseSearchFilters(filters)).toEqual(parsed.data);
  });

  it.each(invalid)('refuses what the API schema refuses: %j', (filters) => {
    expect(SearchFilters.safeParse(filters).success).toBe(false);
    expect(() => parseSearchFilters(filters)).toThrow();
  });

  it.each(['Austin\u0000', '\ud800Austin', 'Austin\udfff', 'Aus\u0007tin'])(
    "refuses the text the API's edge refuses before its schema runs: %j",
    (text) => {
      const filters = { location: { text } };
      expect(findUnstorableText(filters)?.path).toBe('location.text');
      expect(() => parseSearchFilters(filters)).toThrow();
    },
  );
});

import { HardFilters } from '../../matching/filters';
import { assertSearchFilters } from './filters-guard';

describe('assertSearchFilters (the workflow-side guard)', () => {
  const valid = [
    {},
    { remoteTypes: ['remote', 'hybrid'] },
    { minAnnualSalary: { amount: 120_000, currency: 'USD', includeUnknown: false } },
    { visaSponsorship: { includeUnknown: true } },
    { location: { text: 'Austin, TX', includeRemote: true } },
  ];
  const invalid = [
    null,
    [],
    'remote',
    { colour: 'blue' },
    { remoteTypes: [] },
    { remoteTypes: ['underwater'] },
    { minAnnualSalary: { amount: -5 } },
    { minAnnualSalary: { amount: 1e12 } },
    { minAnnualSalary: { amount: '100000' } },
    { visaSponsorship: true },
    { location: { text: '  ' } },
    { location: { text: 'x'.repeat(201) } },
  ];

  it.each(valid)('accepts what the API schema accepts: %j', (filters) => {
    expect(HardFilters.safeParse(filters).success).toBe(true);
    expect(() => assertSearchFilters(filters)).not.toThrow();
  });

  it.each(invalid)('refuses what the API schema refuses: %j', (filters) => {
    expect(HardFilters.safeParse(filters).success).toBe(false);
    expect(() => assertSearchFilters(filters)).toThrow();
  });
});

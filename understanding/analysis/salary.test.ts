import { parseSalary } from './salary';

describe('salary', () => {
  it.each([
    [
      '$174,000/yr - $235,000/yr',
      { min: 174000, max: 235000, currency: 'USD', period: 'year', annualMin: 174000, annualMax: 235000 },
    ],
    ['234,000 - 300,000 BRL', { min: 234000, max: 300000, currency: 'BRL', period: 'year' }],
    ['USD 79,805 \\- USD 95,766', { min: 79805, max: 95766, currency: 'USD' }],
    ['$120-150k', { min: 120000, max: 150000, currency: 'USD', period: 'year' }],
    ['€60k - €80k per year', { min: 60000, max: 80000, currency: 'EUR' }],
    ['£50,000 per annum', { min: 50000, max: null, currency: 'GBP', period: 'year' }],
    ['$45/hr', { min: 45, currency: 'USD', period: 'hour', annualMin: 93600 }],
    [
      '€4.500 - €5.000 per month',
      { min: 4500, max: 5000, currency: 'EUR', period: 'month', annualMin: 54000, annualMax: 60000 },
    ],
  ])('%s', (text, expected) => {
    expect(parseSalary(text)).toMatchObject(expected);
  });

  it('needs a currency: bare numbers are headcounts or years', () => {
    expect(parseSalary('$Competitive')).toBeNull();
    expect(parseSalary('0')).toBeNull();
    expect(parseSalary('We have 500 employees since 2024')).toBeNull();
  });
});

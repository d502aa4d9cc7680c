import type { SalaryRange } from '../features';

const CURRENCY_SYMBOLS: Record<string, string> = {
  $: 'USD',
  US$: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '₹': 'INR',
  R$: 'BRL',
  C$: 'CAD',
  A$: 'AUD',
  CA$: 'CAD',
  AU$: 'AUD',
  '¥': 'JPY',
  '₱': 'PHP',
  zł: 'PLN',
};
const CODES = 'USD|EUR|GBP|CAD|AUD|BRL|INR|MXN|PLN|CHF|SEK|NOK|DKK|JPY|PHP|ARS|COP|ZAR|NZD|SGD|ILS|CZK|RON|HUF|TRY|UAH';
const SYMBOL = '(?:US\\$|CA\\$|AU\\$|R\\$|C\\$|A\\$|\\$|€|£|₹|¥|₱)';
const AMOUNT = '(\\d{1,3}(?:[,.\\s]\\d{3})+(?:\\.\\d{1,2})?|\\d+(?:\\.\\d+)?)\\s*([kKmM])?';
const SIDE = `(${SYMBOL}|\\b(?:${CODES})\\b)?\\s*${AMOUNT}\\s*(${SYMBOL}|\\b(?:${CODES})\\b)?`;
const RANGE = new RegExp(
  `${SIDE}(?:\\s*(?:\\/\\s*(?:yr|year|hr|hour|mo|month))?\\s*(?:\\\\?-|–|—|to)\\s*${SIDE})?`,
  'g',
);

const PERIODS: readonly [SalaryRange['period'], RegExp][] = [
  ['hour', /(\/\s*h(ou)?r\b|per hour|hourly|an hour|\/h\b)/i],
  ['day', /(\/\s*day\b|per day|daily rate|a day)/i],
  ['week', /(\/\s*w(ee)?k\b|per week|weekly)/i],
  ['month', /(\/\s*mo(nth)?\b|per month|monthly|a month|\/m\b)/i],
  ['year', /(\/\s*y(ea)?r\b|per year|annual|annually|per annum|a year|\bp\.?a\.?\b|yearly|salary)/i],
];
const ANNUAL_FACTOR: Record<SalaryRange['period'], number> = { hour: 2080, day: 260, week: 52, month: 12, year: 1 };

function amount(raw: string, suffix: string | undefined): number {
  // "174,000", "174.000", "174 000" are thousands; "45.50" is a decimal.
  const grouped = /^\d{1,3}([,.\s]\d{3})+$/.test(raw);
  const value = grouped ? Number(raw.replace(/[,.\s]/g, '')) : Number(raw.replace(',', '.').replace(/\s/g, ''));
  const k = suffix?.toLowerCase();
  return k === 'k' ? value * 1000 : k === 'm' ? value * 1_000_000 : value;
}

function currencyOf(token: string | undefined): string | undefined {
  if (!token) return undefined;
  return CURRENCY_SYMBOLS[token] ?? (new RegExp(`^(${CODES})$`).test(token) ? token : undefined);
}

/**
 * A salary range from free text ("$174,000/yr - $235,000/yr", "USD 79,805 - USD 95,766",
 * "234,000 - 300,000 BRL", "$45/hr", "€60k"), with its period and yearly equivalents. Null unless a
 * currency is stated: a bare number is as likely a headcount or a year.
 */
export function parseSalary(text: string): SalaryRange | null {
  for (const m of text.matchAll(RANGE)) {
    const [, cur1, amt1, k1, cur1b, cur2, amt2, k2, cur2b] = m;
    const currency = currencyOf(cur1) ?? currencyOf(cur1b) ?? currencyOf(cur2) ?? currencyOf(cur2b);
    if (!currency || !amt1) continue;
    let low = amount(amt1, k1);
    let high = amt2 ? amount(amt2, k2 ?? k1) : null;
    // "$120-150k": the suffix of the upper bound applies to both.
    if (high !== null && !k1 && k2 && low < 1000) low *= k2.toLowerCase() === 'k' ? 1000 : 1_000_000;
    if (high !== null && high < low) high = null;
    const context = text.slice(m.index, m.index + m[0].length + 30);
    const period =
      PERIODS.find(([, p]) => p.test(context))?.[0] ??
      (low >= 1000 || (high ?? 0) >= 10000 ? 'year' : low < 300 ? 'hour' : 'year');
    if (low <= 0 || (period === 'year' && low < 1000)) continue;
    const factor = ANNUAL_FACTOR[period];
    return {
      min: low,
      max: high,
      currency,
      period,
      annualMin: Math.round(low * factor),
      annualMax: high === null ? null : Math.round(high * factor),
    };
  }
  return null;
}

/** A structured range (from a job board's own salary field) with its yearly equivalents. */
export function annualizeSalary(range: Pick<SalaryRange, 'min' | 'max' | 'currency' | 'period'>): SalaryRange {
  const factor = ANNUAL_FACTOR[range.period];
  return {
    ...range,
    annualMin: range.min === null ? null : Math.round(range.min * factor),
    annualMax: range.max === null ? null : Math.round(range.max * factor),
  };
}

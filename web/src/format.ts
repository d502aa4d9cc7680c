import type { ResultJob } from './api-client/contract';

const PERIOD_WORDS: Record<string, string> = {
  year: 'a year',
  month: 'a month',
  week: 'a week',
  day: 'a day',
  hour: 'an hour',
};

function money(amount: number, currency: string | null): string {
  if (currency && /^[A-Z]{3}$/.test(currency)) {
    try {
      return new Intl.NumberFormat(undefined, { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
    } catch {
      // An unknown code: the number with the code beside it.
    }
  }
  return `${new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 }).format(amount)}${currency ? ` ${currency}` : ''}`;
}

export function salaryText(salary: ResultJob['salary']): string | null {
  if (!salary || (salary.min === null && salary.max === null)) return null;
  const range =
    salary.min !== null && salary.max !== null && salary.min !== salary.max
      ? `${money(salary.min, salary.currency)}–${money(salary.max, salary.currency)}`
      : money((salary.min ?? salary.max)!, salary.currency);
  return salary.period ? `${range} ${PERIOD_WORDS[salary.period] ?? `per ${salary.period}`}` : range;
}

export function dateText(iso: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date.toLocaleDateString(undefined, { dateStyle: 'medium' });
}

export function dateTimeText(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? ''
    : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export const round = (n: number, digits = 0): string => n.toFixed(digits);

export const count = (n: number): string => new Intl.NumberFormat().format(n);

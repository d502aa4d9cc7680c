import { DATE_RANGE_SOURCE, OPEN, monthOfWord } from '../document/date-ranges';

/**
 * Employment date ranges and the total experience they add up to: ranges are merged where they
 * overlap (two jobs at once count once) and an open end ("present", "current") means the
 * reference date.
 */
export interface DateRange {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Months since year 0: year * 12 + month index (0 = January). */
  readonly fromMonth: number;
  readonly toMonth: number;
  readonly ongoing: boolean;
}

const RANGE = new RegExp(DATE_RANGE_SOURCE, 'gi');

function parsePoint(raw: string): number | undefined {
  const s = raw.toLowerCase().trim();
  const year = Number(s.match(/(19|20)\d{2}/)?.[0]);
  if (!year) return undefined;
  const name = s.match(/\p{L}+/u)?.[0];
  const month = name === undefined ? undefined : monthOfWord(name);
  if (month !== undefined) return year * 12 + month;
  const numeric = s.match(/^(\d{1,2})\s*\/\s*\d{4}$/) ?? s.match(/^\d{4}\s*[-/]\s*(\d{1,2})$/);
  if (numeric) {
    const month = Number(numeric[1]);
    if (month >= 1 && month <= 12) return year * 12 + month - 1;
  }
  // A bare year says "some time that year": mid-year on both ends, so "2015 - 2018" is three years.
  return year * 12 + 5;
}

export function findDateRanges(text: string, asOf: Date): DateRange[] {
  const now = asOf.getUTCFullYear() * 12 + asOf.getUTCMonth();
  const out: DateRange[] = [];
  for (const m of text.matchAll(RANGE)) {
    const from = parsePoint(m[1]!);
    const ongoing = new RegExp(`^${OPEN}$`, 'i').test(m[2]!.trim());
    const to = ongoing ? now : parsePoint(m[2]!);
    if (from === undefined || to === undefined) continue;
    // Future starts, reversed ranges and half-century spans are misreads, not careers.
    if (from > now || to < from || to - from > 50 * 12) continue;
    out.push({
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
      fromMonth: from,
      toMonth: Math.min(to, now),
      ongoing,
    });
  }
  return out;
}

/** Total months covered by the ranges, overlaps counted once. Inclusive of both end months. */
export function mergedMonths(ranges: readonly Pick<DateRange, 'fromMonth' | 'toMonth'>[]): number {
  const sorted = [...ranges].sort((a, b) => a.fromMonth - b.fromMonth);
  let total = 0;
  let curFrom = -1;
  let curTo = -2;
  for (const r of sorted) {
    if (r.fromMonth > curTo + 1) {
      if (curTo >= curFrom && curFrom >= 0) total += curTo - curFrom + 1;
      curFrom = r.fromMonth;
      curTo = r.toMonth;
    } else curTo = Math.max(curTo, r.toMonth);
  }
  if (curFrom >= 0) total += curTo - curFrom + 1;
  return total;
}

import { findDateRanges, mergedMonths } from './date-ranges';

const asOf = new Date('2026-11-15T00:00:00Z');

describe('date ranges', () => {
  it('reads the ways resumes write ranges', () => {
    const text = [
      'Engineer, Acme — Mar 2020 – Present',
      'Analyst 01/2016 to 06/2020',
      'Clerk September 2014 - Dec. 2015',
      'Intern 2012-2013',
      'Volunteer 2019-04 – 2019-09',
    ].join('\n');
    const ranges = findDateRanges(text, asOf);
    expect(ranges.map((r) => [r.fromMonth, r.toMonth, r.ongoing])).toEqual([
      [2020 * 12 + 2, 2026 * 12 + 10, true],
      [2016 * 12 + 0, 2020 * 12 + 5, false],
      [2014 * 12 + 8, 2015 * 12 + 11, false],
      [2012 * 12 + 5, 2013 * 12 + 5, false],
      [2019 * 12 + 3, 2019 * 12 + 8, false],
    ]);
  });

  it('reads ranges in the other languages real postings use', () => {
    const text = [
      "Cheffe de cuisine — Janvier 2018 – Aujourd'hui",
      'Sous-chef, déc. 2016 à janv. 2018',
      'Krankenpfleger März 2016 – heute',
      'Pflegehelfer Okt. 2012 bis Feb. 2016',
      'Boekhouder mrt 2015 – heden',
      'Profesora septiembre 2015 – actualidad',
      'Auxiliar octubre 2013 a junio 2015',
      'Carpinteiro março de 2017 – atual',
      'Ajudante jan 2013 até fev 2017',
    ].join('\n');
    expect(findDateRanges(text, asOf).map((r) => [r.fromMonth, r.toMonth, r.ongoing])).toEqual([
      [2018 * 12 + 0, 2026 * 12 + 10, true],
      [2016 * 12 + 11, 2018 * 12 + 0, false],
      [2016 * 12 + 2, 2026 * 12 + 10, true],
      [2012 * 12 + 9, 2016 * 12 + 1, false],
      [2015 * 12 + 2, 2026 * 12 + 10, true],
      [2015 * 12 + 8, 2026 * 12 + 10, true],
      [2013 * 12 + 9, 2015 * 12 + 5, false],
      [2017 * 12 + 2, 2026 * 12 + 10, true],
      [2013 * 12 + 0, 2017 * 12 + 1, false],
    ]);
  });

  it('takes no longer word for an open end, but reads one glued on by a PDF', () => {
    expect(findDateRanges('2015 - Nuclear Engineer', asOf)).toEqual([]);
    const glued = findDateRanges('Industrial Development DirectorNovember 2015 to CurrentDanone - Minster, OH', asOf);
    expect(glued.map((r) => [r.fromMonth, r.ongoing])).toEqual([[2015 * 12 + 10, true]]);
  });

  it('ignores reversed, future and implausibly long ranges', () => {
    expect(findDateRanges('2019 - 2015, 2030 - present, 1950 - 2020', asOf)).toEqual([]);
  });

  it('merges overlaps so concurrent jobs count once', () => {
    const months = (from: number, to: number) => ({ fromMonth: from, toMonth: to });
    expect(mergedMonths([months(0, 11), months(6, 17)])).toBe(18);
    expect(mergedMonths([months(0, 11), months(12, 23)])).toBe(24);
    expect(mergedMonths([months(0, 11), months(24, 35)])).toBe(24);
    expect(mergedMonths([months(0, 35), months(6, 11)])).toBe(36);
    expect(mergedMonths([])).toBe(0);
  });
});

/**
 * The figures a line states: dates (a year, or a month of a year), percentages, money amounts and
 * plain numbers, digits or words ("eight years"). A suggested line may state a figure only when the
 * resume states the same one; these are read the same way from both, so "06/2018" and "June 2018",
 * "$1.2M" and "$1,200,000", "ten" and "10" are the same figure.
 */

export type Figure =
  | { readonly kind: 'year'; readonly year: number; readonly text: string }
  | { readonly kind: 'month'; readonly year: number; readonly month: number; readonly text: string }
  | { readonly kind: 'percent'; readonly value: number; readonly text: string }
  | { readonly kind: 'money'; readonly value: number; readonly text: string }
  | { readonly kind: 'number'; readonly value: number; readonly text: string };

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH_NAME =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const YEAR = '(?:19[5-9]\\d|20[0-4]\\d)';
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

const SCALES: Readonly<Record<string, number>> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
};
// Within a line: a figure cut by a line break ("$1.14" / "million") is read as each line writes it.
const SCALE = '(?:[ \\t]?(?:k|m|mm|mn|b|bn)|[ \\t](?:thousand|million|billion))';
const AMOUNT = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';

const PATTERNS: readonly { kind: string; regex: RegExp }[] = [
  // Dates first, so "06/2018" is one date and not the numbers 6 and 2018.
  { kind: 'month-name', regex: new RegExp(`${B}(${MONTH_NAME})\\s*,?\\s*'?(${YEAR})${E}`, 'giu') },
  {
    kind: 'month-numeric',
    regex: new RegExp(`${B}(\\d{1,2})\\s*[/.-]\\s*(?:\\d{1,2}\\s*[/.-]\\s*)?(${YEAR})${E}`, 'gu'),
  },
  { kind: 'year-month', regex: new RegExp(`${B}(${YEAR})\\s*[/-]\\s*(\\d{1,2})${E}`, 'gu') },
  {
    kind: 'money',
    regex: new RegExp(
      `(?:[$€£¥][ \\t]?(${AMOUNT})(${SCALE})?${E}|${B}(${AMOUNT})(${SCALE})?[ \\t]?(?:usd|eur|gbp|dollars|euros|pounds)${E})`,
      'giu',
    ),
  },
  { kind: 'percent', regex: new RegExp(`${B}(${AMOUNT})[ \\t]?(?:%|percent${E}|per cent${E})`, 'giu') },
  { kind: 'year', regex: new RegExp(`${B}(?:'|’)?(${YEAR})(?:'?s)?${E}`, 'gu') },
  { kind: 'number', regex: new RegExp(`${B}(${AMOUNT})(${SCALE}${E})?`, 'giu') },
];

const UNITS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const TEENS = ['thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const DIGIT_WORDS = ['one', ...UNITS.slice(0, 8)];
/** Spelled-out numbers from two ("one" is too often a pronoun to count). */
const WORD_VALUES = new Map<string, number>([
  ...UNITS.map((w, i) => [w, i + 2] as const),
  ...TEENS.map((w, i) => [w, i + 13] as const),
  ...TENS.map((w, i) => [w, (i + 2) * 10] as const),
  ['dozen', 12],
]);
const NUMBER_WORD = new RegExp(
  `${B}(${TENS.join('|')})[- ](${DIGIT_WORDS.join('|')})${E}|${B}(${[...WORD_VALUES.keys()].join('|')})${E}`,
  'giu',
);

function amount(digits: string, scale: string | undefined): number {
  const base = Number(digits.replace(/,/g, ''));
  const factor = scale ? (SCALES[scale.trim().toLowerCase()] ?? 1) : 1;
  // Round away float noise: 1.2 × 1e6 is 1,200,000, not 1,199,999.9999.
  return Math.round(base * factor * 1000) / 1000;
}

export function findFigures(text: string): Figure[] {
  const figures: Figure[] = [];
  const taken: [number, number][] = [];
  const free = (start: number, end: number): boolean => taken.every(([s, e]) => end <= s || start >= e);
  for (const { kind, regex } of PATTERNS) {
    for (const m of text.matchAll(regex)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!free(start, end)) continue;
      const figure = figureOf(kind, m);
      if (!figure) continue;
      taken.push([start, end]);
      figures.push(figure);
    }
  }
  for (const m of text.matchAll(NUMBER_WORD)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    const value = m[3]
      ? WORD_VALUES.get(m[3].toLowerCase())
      : (WORD_VALUES.get(m[1]!.toLowerCase()) ?? 0) + DIGIT_WORDS.indexOf(m[2]!.toLowerCase()) + 1;
    if (value !== undefined) figures.push({ kind: 'number', value, text: m[0] });
  }
  return figures;
}

function figureOf(kind: string, m: RegExpMatchArray): Figure | undefined {
  const text = m[0];
  switch (kind) {
    case 'month-name': {
      const month = MONTHS[m[1]!.toLowerCase().slice(0, 3)];
      return month ? { kind: 'month', year: Number(m[2]), month, text } : undefined;
    }
    case 'month-numeric':
    case 'year-month': {
      const [monthText, yearText] = kind === 'month-numeric' ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
      const month = Number(monthText);
      return month >= 1 && month <= 12 ? { kind: 'month', year: Number(yearText), month, text } : undefined;
    }
    case 'money':
      return { kind: 'money', value: amount(m[1] ?? m[3]!, m[2] ?? m[4]), text };
    case 'percent':
      return { kind: 'percent', value: amount(m[1]!, undefined), text };
    case 'year':
      return { kind: 'year', year: Number(m[1]), text };
    default:
      return { kind: 'number', value: amount(m[1]!, m[2]), text };
  }
}

/** Everything a text states, indexed for lookups. */
export interface FigureIndex {
  readonly years: ReadonlySet<number>;
  /** year × 12 + month − 1 */
  readonly months: ReadonlySet<number>;
  readonly percents: ReadonlySet<number>;
  readonly money: ReadonlySet<number>;
  /** Every value the text states, whatever its kind: a plain number may repeat any of them. */
  readonly values: ReadonlySet<number>;
}

export function indexFigures(figures: readonly Figure[], extraValues: readonly number[] = []): FigureIndex {
  const years = new Set<number>();
  const months = new Set<number>();
  const percents = new Set<number>();
  const money = new Set<number>();
  const values = new Set<number>(extraValues);
  for (const f of figures) {
    if (f.kind === 'year' || f.kind === 'month') {
      years.add(f.year);
      values.add(f.year);
      if (f.kind === 'month') months.add(f.year * 12 + f.month - 1);
      continue;
    }
    values.add(f.value);
    if (f.kind === 'percent') percents.add(f.value);
    if (f.kind === 'money') money.add(f.value);
  }
  return { years, months, percents, money, values };
}

/** Whether the index states this figure (a month needs that month, a year that year…). */
export function isStated(index: FigureIndex, figure: Figure): boolean {
  switch (figure.kind) {
    case 'year':
      return index.years.has(figure.year);
    case 'month':
      return index.months.has(figure.year * 12 + figure.month - 1);
    case 'percent':
      return index.percents.has(figure.value);
    case 'money':
      return index.money.has(figure.value);
    case 'number':
      return index.values.has(figure.value);
  }
}

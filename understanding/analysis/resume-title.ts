import type { OccupationGuess } from '../features';
import type { TitleClassifier } from '../titles/title-classifier';
import type { DateRange } from './date-ranges';
import { isSectionHeading } from './sections';

export interface TitleChoice {
  /** The job title as the resume writes it (headline or most recent role). */
  readonly written: string | null;
  readonly occupations: OccupationGuess[];
  /** Every title-like line considered, headline first, then the most recent roles. */
  readonly candidates: readonly string[];
}

// Contact lines, page furniture, and the placeholders anonymised resumes carry ("Company Name", "City , State").
const NOT_A_TITLE =
  /[@]|https?:|www\.|\d{3}|^(page|resume|curriculum vitae|cv|professionals?)\b|company name|city\s*,\s*state/i;

function cleanCandidate(line: string): string | null {
  const s = line
    .replace(/^[\s•*#\-–|]+/, '')
    .replace(/[\s|•,:;–—-]+$/, '')
    .trim();
  // Sentences end with a full stop; titles do not.
  if (s.length < 3 || s.length > 70 || NOT_A_TITLE.test(s) || isSectionHeading(s) || /\.$/.test(s)) return null;
  if ((s.match(/[A-Za-z]/g) ?? []).length < 3) return null;
  if (s.split(/\s+/).length > 8) return null;
  return s;
}

/**
 * The resume's job title and occupations. Candidates: the headline (first short lines) and the
 * lines around the most recent date ranges, where roles are written. Each candidate is classified;
 * the occupation distributions are summed with weights (headline first, recent roles next). A name
 * or an employer line among the candidates does little harm: the classifier spreads its mass thinly.
 */
export function chooseResumeTitle(
  text: string,
  experienceRanges: readonly DateRange[],
  classifier: TitleClassifier,
  k = 5,
): TitleChoice {
  const lines = text.split('\n');
  const candidates: { text: string; weight: number }[] = [];
  let seen = 0;
  for (const line of lines) {
    if (seen >= 4) break;
    if (!line.trim()) continue;
    seen++;
    const c = cleanCandidate(line);
    if (c) candidates.push({ text: c, weight: 1 });
  }
  const recent = [...experienceRanges].sort((a, b) => b.toMonth - a.toMonth || b.fromMonth - a.fromMonth).slice(0, 2);
  recent.forEach((range, i) => {
    const lineStart = text.lastIndexOf('\n', range.start) + 1;
    const before = text.slice(0, lineStart).split('\n').slice(-3, -1);
    const own = text.slice(lineStart, text.indexOf('\n', range.end) < 0 ? text.length : text.indexOf('\n', range.end));
    const after = text.slice(range.end).split('\n').slice(1, 3);
    const ownRest = own.replace(range.text, ' ').replace(/\b(company name|city\s*,\s*state)\b/gi, ' ');
    for (const line of [ownRest, ...after, ...before]) {
      const c = cleanCandidate(line);
      if (c) candidates.push({ text: c, weight: i === 0 ? 0.8 : 0.5 });
    }
  });
  if (candidates.length === 0) return { written: null, occupations: [], candidates: [] };

  const mass = new Map<string, { guess: OccupationGuess; score: number }>();
  const perCandidate = candidates.map((c) => ({ ...c, guesses: classifier.classify(c.text, 10) }));
  let total = 0;
  for (const c of perCandidate) {
    for (const g of c.guesses) {
      const entry = mass.get(g.code) ?? { guess: g, score: 0 };
      entry.score += g.confidence * c.weight;
      mass.set(g.code, entry);
    }
    total += c.weight;
  }
  const occupations = [...mass.values()]
    .sort((a, b) => b.score - a.score)
    .slice(0, k)
    .map(({ guess, score }) => ({ ...guess, confidence: Math.round((score / (total || 1)) * 1000) / 1000 }));
  // The written title: the candidate that argues most for the chosen occupation.
  const chosen = occupations[0]?.code;
  let bestWritten: { text: string; value: number } | null = null;
  for (const c of perCandidate) {
    const value = (c.guesses.find((g) => g.code === chosen)?.confidence ?? 0) * c.weight;
    if (!bestWritten || value > bestWritten.value) bestWritten = { text: c.text, value };
  }
  return { written: bestWritten?.text ?? null, occupations, candidates: candidates.map((c) => c.text) };
}

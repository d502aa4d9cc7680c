import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { skillKey, tokenizeSkills } from './skill-tokens';

/** One canonical skill as shipped in data/hermes/skills.json.gz (scripts/hermes/build-skill-taxonomy.ts). */
export interface TaxonomySkill {
  readonly name: string;
  readonly category: string;
  readonly aliases: readonly string[];
  /** Also an ordinary word or letter (Go, R, Chef): counts only beside other skills. */
  readonly contextual?: boolean;
  /** Contextual even when capitalized mid-sentence ("Executive Chef"): counts in lists only. */
  readonly strict?: boolean;
  readonly sources: readonly string[];
}

export interface SkillTaxonomyFile {
  readonly version: number;
  readonly attribution: string;
  readonly skills: readonly TaxonomySkill[];
}

interface Entry {
  readonly skill: TaxonomySkill;
  /** The alias or name as written in the taxonomy, for the case rules. */
  readonly written: string;
}

export interface SkillTaxonomy {
  readonly skills: readonly TaxonomySkill[];
  readonly byKey: ReadonlyMap<string, Entry>;
  /** Longest name, in tokens. */
  readonly maxTokens: number;
}

export const SKILLS_FILE = path.resolve(__dirname, '..', '..', 'data', 'hermes', 'skills.json.gz');

let cached: SkillTaxonomy | undefined;

export function loadSkillTaxonomy(): SkillTaxonomy {
  if (cached) return cached;
  const file = JSON.parse(zlib.gunzipSync(fs.readFileSync(SKILLS_FILE)).toString('utf8')) as SkillTaxonomyFile;
  const byKey = new Map<string, Entry>();
  let maxTokens = 1;
  for (const skill of file.skills) {
    for (const written of [skill.name, ...skill.aliases]) {
      const key = skillKey(written);
      if (!key || byKey.has(key)) continue;
      byKey.set(key, { skill, written });
      maxTokens = Math.max(maxTokens, key.split(' ').length);
    }
  }
  cached = { skills: file.skills, byKey, maxTokens: Math.min(maxTokens, 8) };
  return cached;
}

/**
 * The canonical name of one skill as someone typed it ("golang" → "Go", "JS" → "JavaScript",
 * "c#" → "C#", "k8s" → "Kubernetes"), or null when the taxonomy does not know it. Case and
 * punctuation variants resolve; C, C# and C++ stay distinct.
 */
export function normalizeSkill(name: string, taxonomy: SkillTaxonomy = loadSkillTaxonomy()): string | null {
  return taxonomy.byKey.get(skillKey(name.trim()))?.skill.name ?? null;
}

/** Canonical names for a list of typed skills, unknown ones dropped, duplicates merged, order kept. */
export function normalizeSkills(names: readonly string[], taxonomy: SkillTaxonomy = loadSkillTaxonomy()): string[] {
  const out = new Set<string>();
  for (const n of names) {
    const canonical = normalizeSkill(n, taxonomy);
    if (canonical) out.add(canonical);
  }
  return [...out];
}

export interface SkillMention {
  readonly skill: string;
  /** The text as written and where: the evidence span in the analysed text. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const LIST_PUNCTUATION = /[,;/|()•:·\-–\n]|\band\b|\bor\b/;

/**
 * Every skill mention in a text, longest name first at each position ("React Native" before
 * "React"). Short names must match their written case ("Go", not "go"). Contextual names (also
 * ordinary words: Go, R, React, Chef) count only where the context says "technology": in a list
 * beside another skill, alone on a list line, or capitalized as written in mid-sentence ("worked
 * with React daily"; not for strict ones like Chef, whose capitalized form is a job title).
 */
export function extractSkills(text: string, taxonomy: SkillTaxonomy = loadSkillTaxonomy()): SkillMention[] {
  const tokens = tokenizeSkills(text);
  const found: (SkillMention & { contextual: boolean; trusted: boolean })[] = [];
  for (let i = 0; i < tokens.length;) {
    let matched = 0;
    for (let n = Math.min(taxonomy.maxTokens, tokens.length - i); n >= 1 && !matched; n--) {
      const window = tokens.slice(i, i + n);
      // A name never spans a line break or sentence punctuation.
      const span = text.slice(window[0]!.start, window[n - 1]!.end);
      if (n > 1 && /[\n,;:()|]/.test(span)) continue;
      const entry = taxonomy.byKey.get(window.map((t) => t.key).join(' '));
      if (!entry) continue;
      const first = window[0]!.surface;
      if (entry.written.length <= 2 && span !== entry.written) continue;
      if (entry.skill.contextual && first[0] !== entry.written[0]) continue;
      const start = window[0]!.start;
      found.push({
        skill: entry.skill.name,
        text: span,
        start,
        end: window[n - 1]!.end,
        contextual: entry.skill.contextual ?? false,
        trusted: !entry.skill.strict && capitalizedMidSentence(text, start, span, entry.written),
      });
      matched = n;
    }
    i += matched || 1;
  }
  return found
    .filter((m, idx) => !m.contextual || m.trusted || standsInList(text, m, found, idx))
    .map(({ contextual: _c, trusted: _t, ...mention }) => mention);
}

/** "with React daily": written exactly as the product spells it, capitalized, not opening a sentence. */
function capitalizedMidSentence(text: string, start: number, span: string, written: string): boolean {
  if (span !== written || span.length < 3 || !/^[A-Z]/.test(span)) return false;
  const before = text.slice(Math.max(0, start - 3), start);
  return /[\p{L}\p{N},)]\s+$/u.test(before) || /[\p{L}\p{N}]\/$/u.test(before);
}

function standsInList(text: string, m: SkillMention, all: readonly SkillMention[], idx: number): boolean {
  const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
  const lineEndAt = text.indexOf('\n', m.end);
  const lineEnd = lineEndAt < 0 ? text.length : lineEndAt;
  // A list item of its own: "  * Rust".
  if (/^[\s*•·\-–o]*$/.test(text.slice(lineStart, m.start)) && /^[\s.,;]*$/.test(text.slice(m.end, lineEnd)))
    return true;
  const before = text.slice(Math.max(lineStart, m.start - 6), m.start);
  const after = text.slice(m.end, Math.min(lineEnd, m.end + 6));
  // One side set off is enough: "with Go, Python" and "React/Next.js" are lists; "Vitamin C is" is not.
  const delimited =
    m.start === lineStart || LIST_PUNCTUATION.test(before) || m.end === lineEnd || LIST_PUNCTUATION.test(after);
  const neighbour = all.some(
    (o, j) =>
      j !== idx && o.skill !== m.skill && o.start >= lineStart && o.end <= lineEnd && Math.abs(o.start - m.start) < 160,
  );
  return delimited && neighbour;
}

/** Distinct canonical skills of a text, in order of first mention. */
export function skillsIn(text: string, taxonomy: SkillTaxonomy = loadSkillTaxonomy()): string[] {
  return [...new Set(extractSkills(text, taxonomy).map((m) => m.skill))];
}

import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { OccupationGuess } from '../features';
import { loadOnet } from '../onet/load';
import { extractSkills, loadSkillTaxonomy, type SkillTaxonomy } from '../skills/taxonomy';
import { cleanTitle } from './clean-title';
import { loadLexicalTitleModel, type LexicalTitleModel } from './lexical-model';
import { occupationPrior } from './occupation-prior';
import { usagePrior } from './usage-prior';
import { isHeldOutTitle, normalizeTitle } from './title-features';
import { loadSemanticTitles, type SemanticTitles } from './semantic-titles';
import { loadTitleEncoder, type TitleEncoder } from './title-encoder';

/**
 * How the signals combine, fitted by scripts/hermes/fit-title-classifier.ts on the dev split of
 * the labelled real titles and half of O*NET's held-out reported titles (never on the test split).
 */
export const TitleCombination = z.object({
  version: z.string(),
  weights: z.object({
    lexical: z.number(),
    skills: z.number(),
    prior: z.number(),
    semantic: z.number(),
    exact: z.number(),
    usage: z.number().default(0),
    context: z.number().default(0),
    headPhrase: z.number().default(0),
    encoder: z.number().default(0),
  }),
  temperature: z.number().positive(),
  /** A guess is confident when its probability and its lead over the runner-up reach these. */
  gate: z.object({ minConfidence: z.number(), minGap: z.number() }),
  fittedOn: z.string(),
});
export type TitleCombination = z.infer<typeof TitleCombination>;

export const TITLE_COMBINATION_FILE = path.resolve(__dirname, '..', '..', 'data', 'hermes', 'title-combination.json');

export interface TitleCoding {
  /** The title as given. */
  readonly title: string;
  /** What the classifier read: the job part, in English (see clean-title.ts). */
  readonly cleaned: string;
  /** Best first, with calibrated probabilities. */
  readonly occupations: OccupationGuess[];
  /** The best guess passes the score-gap gate; otherwise say the title is unclear. */
  readonly confident: boolean;
}

/**
 * What the document around the title says: the canonical skills of the posting's description or
 * of the resume. "Director" on a nurse's resume and "Full Stack Engineer" above React and Node are
 * read with them.
 */
export type TitleContext = readonly string[];

export interface TitleClassifier {
  readonly version: string;
  /** Top-k occupations for a job title, best first, with calibrated confidences. */
  classify(title: string, k?: number, context?: TitleContext): OccupationGuess[];
  /** The same, with the cleaned title and the confidence gate's answer. */
  code(title: string, k?: number, context?: TitleContext): TitleCoding;
}

/** Raw per-occupation signals of one title, indexed like the lexical model's classes. */
export interface TitleSignals {
  readonly cleaned: string;
  readonly lexical: Float64Array;
  readonly skills: Float64Array;
  readonly semantic: Float64Array;
  readonly exact: Float64Array;
  /**
   * Where a shorter O*NET title ends the title (its head phrase: "tax preparer" in "corporate tax
   * preparer"), how often that title is listed under each occupation.
   */
  readonly headPhrase: Float64Array;
  /** Per class, the share of the document's skills (weighed by rarity) the occupation uses. */
  readonly context: Float64Array;
  /**
   * Per class, the fine-tuned encoder's log-probability (title-encoder.ts), floored at
   * ENCODER_FLOOR; all zero when the encoder is not loaded or there is no title.
   */
  readonly encoder: Float64Array;
}

export interface TitleSignalSource {
  readonly classes: readonly string[];
  readonly prior: Float64Array;
  /** How often each occupation is what a real title means (usage-prior.ts). */
  readonly usage: Float64Array;
  signals(title: string, context?: TitleContext): TitleSignals;
}

/** Occupations compared title by title in the semantic signal: the best of each other signal. */
const SEMANTIC_CANDIDATES = 15;
/**
 * The shortest head phrase looked up: one word ("engineer", "manager", "assistant") is listed under
 * dozens of occupations and says less than the lexical model already does.
 */
const MIN_HEAD_PHRASE_WORDS = 2;

/**
 * The encoder's log-probabilities are floored here: below it an occupation is simply not what the
 * title names, and a rare occupation's -25 must not outweigh every other signal.
 */
const ENCODER_FLOOR = -12;

/** Per class, each occupation's share of the listings of one O*NET title (empty when it is none). */
function listingShares(counts: ReadonlyMap<number, number> | undefined, classes: number): Float64Array {
  const out = new Float64Array(classes);
  if (!counts) return out;
  let total = 0;
  for (const n of counts.values()) total += n;
  for (const [i, n] of counts) out[i] = n / total;
  return out;
}

/**
 * English job titles are head-final: the words in front narrow the job the last words name
 * ("corporate tax preparer", "online marketing consultant", "shipping and receiving materials
 * handler"). The longest proper ending of the normalized title that O*NET lists as a title, of at
 * least two words, or undefined. Not any inner phrase: "social worker assistant" is an assistant,
 * not a social worker.
 */
export function headPhrase<T>(normalized: string, listed: ReadonlyMap<string, T>): T | undefined {
  const words = normalized.split(' ').filter(Boolean);
  for (let start = 1; words.length - start >= MIN_HEAD_PHRASE_WORDS; start++) {
    const found = listed.get(words.slice(start).join(' '));
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The title with each mentioned technology written "software": "flutter engineer" → "software engineer". */
function namedAsSoftware(title: string, mentions: readonly { start: number; end: number }[]): string {
  let out = title;
  for (const m of [...mentions].sort((a, b) => b.start - a.start))
    out = `${out.slice(0, m.start)}software${out.slice(m.end)}`;
  return out.replace(/\bsoftware(?:\s+software\b)+/g, 'software');
}

/**
 * The signals a title gives, before they are weighed: the lexical SVM's scores on the cleaned
 * title; the share of the title's technology skills ("Scala", "Flutter", "Azure") each occupation
 * uses, which tells a Flutter Engineer from a flute player; and the semantic similarity of the
 * cleaned title to each occupation's titles (nearest neighbour among the candidates).
 */
export function createTitleSignalSource(
  lexical: LexicalTitleModel = loadLexicalTitleModel(),
  taxonomy: SkillTaxonomy = loadSkillTaxonomy(),
  semantic: SemanticTitles = loadSemanticTitles(lexical.classes),
  encoder: TitleEncoder | null = loadTitleEncoder(),
): TitleSignalSource {
  const index = new Map(lexical.classes.map((c, i) => [c, i]));
  // The encoder's occupations, in the lexical model's class order (-1: not a class here).
  const encoderClass = encoder ? encoder.codes.map((c) => index.get(c) ?? -1) : [];
  const occupationsOf = new Map<string, number[]>();
  // Technologies only computer occupations use (Flutter, Kotlin): O*NET's titles never name them,
  // so the encoder would read them by their English sense, a flutter as a vibration.
  const softwareOnly = new Set<string>();
  const contextOf = new Map<string, { classes: number[]; weight: number }>();
  for (const skill of taxonomy.skills) {
    const classes = skill.occupations.map((c) => index.get(c)).filter((i): i is number => i !== undefined);
    // A skill every occupation uses (Microsoft Excel) says little about which one this is.
    if (classes.length > 0)
      contextOf.set(skill.name, { classes, weight: Math.log(lexical.classes.length / classes.length) });
    if (skill.kind === 'technology') occupationsOf.set(skill.name, classes);
    if (
      skill.kind === 'technology' &&
      skill.occupations.length > 0 &&
      skill.occupations.every((c) => c.startsWith('15-'))
    )
      softwareOnly.add(skill.name);
  }
  const prior = occupationPrior(lexical.classes);
  // Where O*NET records the cleaned title itself, how often under each occupation ("Operations
  // Manager": twice under General and Operations Managers, once under Media Technical Directors).
  const onet = loadOnet();
  const exactTitles = new Map<string, Map<number, number>>();
  lexical.classes.forEach((code, i) => {
    const t = onet.titles(code);
    for (const title of [onet.occupation(code)?.title ?? '', ...t.alternate, ...t.reported]) {
      const key = normalizeTitle(title);
      if (!key || isHeldOutTitle(key)) continue;
      const counts = exactTitles.get(key) ?? new Map<number, number>();
      counts.set(i, (counts.get(i) ?? 0) + 1);
      exactTitles.set(key, counts);
    }
  });
  return {
    classes: lexical.classes,
    prior,
    usage: usagePrior(lexical.classes),
    signals(title, documentSkills = []) {
      const cleaned = cleanTitle(title).text;
      const context = new Float64Array(lexical.classes.length);
      let contextWeight = 0;
      for (const name of new Set(documentSkills)) {
        const entry = contextOf.get(name);
        if (!entry) continue;
        contextWeight += entry.weight;
        for (const i of entry.classes) context[i]! += entry.weight;
      }
      if (contextWeight > 0) for (let i = 0; i < context.length; i++) context[i]! /= contextWeight;
      // No title at all (a resume that names no job): only the document and the priors speak.
      const lexicalScores = (cleaned || title).trim()
        ? lexical.allScores(cleaned || title)
        : new Float64Array(lexical.classes.length);
      const skills = new Float64Array(lexical.classes.length);
      const named = [...new Set(extractSkills(title, taxonomy).map((m) => m.skill))].filter((s) =>
        occupationsOf.has(s),
      );
      for (const s of named) {
        const occupations = occupationsOf.get(s)!;
        for (const i of occupations) skills[i]! += 1 / named.length;
      }
      const vector = semantic.embed(cleaned || title);
      let semanticScores: Float64Array = new Float64Array(lexical.classes.length);
      if (vector) {
        semanticScores = semantic.centroidSimilarities(vector);
        const candidates = new Set([
          ...topClasses(lexicalScores, SEMANTIC_CANDIDATES),
          ...topClasses(semanticScores, SEMANTIC_CANDIDATES),
        ]);
        semantic.nearestTitles(vector, candidates, semanticScores);
      }
      const key = normalizeTitle(cleaned || title);
      const exact = listingShares(exactTitles.get(key), lexical.classes.length);
      const head = listingShares(headPhrase(key, exactTitles), lexical.classes.length);
      const encoded = new Float64Array(lexical.classes.length);
      if (encoder && (cleaned || title).trim()) {
        encoded.fill(ENCODER_FLOOR);
        const logProbabilities = encoder.logProbabilities(
          namedAsSoftware(
            cleaned || title,
            extractSkills(cleaned || title, taxonomy).filter((m) => softwareOnly.has(m.skill)),
          ),
        );
        encoderClass.forEach((i, j) => {
          if (i >= 0) encoded[i] = Math.max(ENCODER_FLOOR, logProbabilities[j]!);
        });
      }
      return {
        cleaned,
        lexical: lexicalScores,
        skills,
        semantic: semanticScores,
        exact,
        headPhrase: head,
        context,
        encoder: encoded,
      };
    },
  };
}

/** Probabilities of every class from the signals and the fitted combination. */
export function combineSignals(
  signals: TitleSignals,
  source: Pick<TitleSignalSource, 'prior' | 'usage'>,
  combination: Pick<TitleCombination, 'weights' | 'temperature'>,
): Float64Array {
  const { prior, usage } = source;
  const { weights, temperature } = combination;
  const n = prior.length;
  const logits = new Float64Array(n);
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v =
      (weights.lexical * signals.lexical[i]! +
        weights.skills * signals.skills[i]! +
        weights.prior * prior[i]! +
        weights.usage * usage[i]! +
        weights.context * signals.context[i]! +
        weights.semantic * signals.semantic[i]! +
        weights.exact * signals.exact[i]! +
        weights.headPhrase * signals.headPhrase[i]! +
        weights.encoder * signals.encoder[i]!) *
      temperature;
    logits[i] = v;
    if (v > max) max = v;
  }
  let sum = 0;
  for (let i = 0; i < n; i++) {
    logits[i] = Math.exp(logits[i]! - max);
    sum += logits[i]!;
  }
  for (let i = 0; i < n; i++) logits[i]! /= sum;
  return logits;
}

export function topClasses(scores: ArrayLike<number>, k: number): number[] {
  // Insertion into a short sorted list: k is small, the classes are about a thousand.
  const best: number[] = [];
  for (let i = 0; i < scores.length; i++) {
    const v = scores[i]!;
    if (best.length === k && v <= scores[best[k - 1]!]!) continue;
    let at = best.length;
    while (at > 0 && scores[best[at - 1]!]! < v) at--;
    best.splice(at, 0, i);
    if (best.length > k) best.pop();
  }
  return best;
}

export function loadTitleCombination(file = TITLE_COMBINATION_FILE): TitleCombination {
  return TitleCombination.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

let cached: TitleClassifier | undefined;

/** Loads the models once per process; one title then costs well under a millisecond. */
export function loadTitleClassifier(): TitleClassifier {
  if (cached) return cached;
  const lexical = loadLexicalTitleModel();
  const source = createTitleSignalSource(lexical);
  const combination = loadTitleCombination();
  const onet = loadOnet();
  // The usage prior says what real posting titles usually mean (mostly software on the boards it
  // was fitted on); with no title to read it would file every untitled resume there.
  const untitled = { ...combination, weights: { ...combination.weights, usage: 0 } };
  const code = (title: string, k = 5, context?: TitleContext): TitleCoding => {
    const signals = source.signals(title, context);
    const probabilities = combineSignals(signals, source, title.trim() ? combination : untitled);
    const occupations = topClasses(probabilities, Math.max(k, 2)).map((i) => {
      const c = source.classes[i]!;
      return {
        code: c,
        title: onet.occupation(c)?.title ?? c,
        confidence: Math.round(probabilities[i]! * 1000) / 1000,
      };
    });
    const [first, second] = occupations;
    const confident =
      first !== undefined &&
      first.confidence >= combination.gate.minConfidence &&
      first.confidence - (second?.confidence ?? 0) >= combination.gate.minGap;
    return { title, cleaned: signals.cleaned, occupations: occupations.slice(0, k), confident };
  };
  cached = {
    version: `${lexical.version}+${combination.version}`,
    classify: (title, k = 5, context) => code(title, k, context).occupations,
    code,
  };
  return cached;
}

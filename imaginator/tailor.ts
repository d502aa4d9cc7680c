import { ERROR_CATALOGUE } from '../common/errors';
import type { SkillTaxonomy } from '../understanding/skills/taxonomy';
import { analyseFit, type JobForTailoring, type ResumeForTailoring } from './analysis';
import { checkLine, checkQuote, type Violation } from './fact-check';
import { extractResumeFacts, type ResumeFacts } from './facts';
import type { OnetTasks } from './hints';
import { parseModelAnswer } from './model-answer';
import { buildTailorPrompt, type PromptMessage } from './prompt';
import type { SuggestedBullet, Tailoring, TailoringNote, TailoringSource } from './tailoring';

/**
 * Tailors one resume to one job: the analysis always runs (the skills shown and missing are its
 * findings, whoever writes the lines); the chat model, when there is one, writes the summary line
 * and the bullets. Every line either wrote passes the fact check or is dropped and counted. When
 * the model cannot answer (no budget, an open circuit, an answer that is not the requested JSON)
 * the analysis' lines are the answer, with a note saying why.
 */

export type ModelReply =
  | { readonly kind: 'answer'; readonly content: string }
  /** The model was asked and could not answer (its budget is spent, its circuit is open…). */
  | { readonly kind: 'unavailable'; readonly note: TailoringNote }
  /** No model is configured: the analysis is the answer, as designed. */
  | { readonly kind: 'no-model' };

/** Asks the chat model (through the gateway). */
export type AskModel = (messages: readonly PromptMessage[]) => Promise<ModelReply>;

export interface DroppedLine {
  readonly source: TailoringSource;
  readonly part: 'summary' | 'bullet' | 'evidence';
  readonly violations: readonly Violation[];
}

export interface TailorResult {
  readonly tailoring: Tailoring;
  /** What was dropped and why, for the log (the answer carries only the count). */
  readonly droppedLines: readonly DroppedLine[];
}

export interface TailorDependencies {
  readonly onet: OnetTasks;
  readonly askModel?: AskModel | undefined;
  readonly taxonomy?: SkillTaxonomy;
  readonly asOf?: Date;
}

class Checker {
  readonly dropped: DroppedLine[] = [];

  constructor(
    private readonly facts: ResumeFacts,
    /** The job's skills the resume lacks: the claims a writer is most tempted to make. */
    private readonly atRisk: readonly string[],
  ) {}

  line(source: TailoringSource, part: DroppedLine['part'], line: string, quote?: string): boolean {
    const violations = [
      ...checkLine(line, this.facts, this.atRisk),
      ...(quote === undefined ? [] : checkQuote(quote, this.facts)),
    ];
    if (violations.length > 0) this.dropped.push({ source, part, violations });
    return violations.length === 0;
  }

  bullets(source: TailoringSource, bullets: readonly SuggestedBullet[]): SuggestedBullet[] {
    return bullets.filter((b) => this.line(source, 'bullet', b.text, b.basis));
  }
}

export async function tailorResume(
  resume: ResumeForTailoring,
  job: JobForTailoring,
  deps: TailorDependencies,
): Promise<TailorResult> {
  const facts = extractResumeFacts(resume.text, {
    profileSkills: resume.profileSkills,
    ...(deps.taxonomy ? { taxonomy: deps.taxonomy } : {}),
    ...(deps.asOf ? { asOf: deps.asOf } : {}),
  });
  const draft = analyseFit(resume, job, facts, deps.onet);
  const check = new Checker(
    facts,
    draft.skillsMissing.map((s) => s.skill),
  );
  const skillsShown = draft.skillsShown.filter((s) => check.line('analysis', 'evidence', s.evidence, s.evidence));
  const base = { jobId: job.id, resumeId: resume.id, skillsShown, skillsMissing: [...draft.skillsMissing] };

  const fromAnalysis = (note: TailoringNote | null): TailorResult => {
    const summaryLine =
      draft.summaryLine !== null && check.line('analysis', 'summary', draft.summaryLine) ? draft.summaryLine : null;
    const bullets = check.bullets('analysis', draft.bullets);
    return {
      tailoring: { ...base, source: 'analysis', summaryLine, bullets, dropped: check.dropped.length, note },
      droppedLines: check.dropped,
    };
  };

  if (!deps.askModel) return fromAnalysis(null);
  const reply = await deps.askModel(
    buildTailorPrompt({ resumeText: resume.text, job, shown: skillsShown, missing: draft.skillsMissing }),
  );
  if (reply.kind === 'no-model') return fromAnalysis(null);
  if (reply.kind === 'unavailable') return fromAnalysis(reply.note);
  const parsed = parseModelAnswer(reply.content);
  if (!parsed.ok) {
    return fromAnalysis({
      code: 'IMAGINATOR_MODEL_ANSWER_INVALID',
      message: `${ERROR_CATALOGUE.IMAGINATOR_MODEL_ANSWER_INVALID.message}: ${parsed.reason}`,
    });
  }

  const { answer } = parsed;
  let summaryLine = check.line('model', 'summary', answer.summaryLine) ? answer.summaryLine : null;
  // A dropped line is not rewritten: the analysis' own line stands in, checked like any other.
  if (summaryLine === null && draft.summaryLine !== null && check.line('analysis', 'summary', draft.summaryLine)) {
    summaryLine = draft.summaryLine;
  }
  let bullets = check.bullets('model', answer.bullets);
  if (bullets.length === 0) bullets = check.bullets('analysis', draft.bullets);
  return {
    tailoring: { ...base, source: 'model', summaryLine, bullets, dropped: check.dropped.length, note: null },
    droppedLines: check.dropped,
  };
}

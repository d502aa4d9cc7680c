import { z } from 'zod';

/**
 * What the Imaginator answers: targeted edits to one resume for one job, never a rewritten resume.
 * Every line in it passed the fact check (fact-check.ts); `dropped` counts those that did not.
 */

export const SuggestedBullet = z.object({
  text: z.string().describe('The suggested line: the resume line below, strengthened for this job.'),
  basis: z.string().describe('The resume line it rests on, as the resume writes it.'),
});
export type SuggestedBullet = z.infer<typeof SuggestedBullet>;

export const SkillShown = z.object({
  skill: z.string().describe('A skill the job asks for, by its canonical name.'),
  evidence: z.string().describe('The resume line that shows it, as the resume writes it.'),
});
export type SkillShown = z.infer<typeof SkillShown>;

export const SkillMissing = z.object({
  skill: z.string().describe('A skill the job asks for that the resume does not show.'),
  hints: z
    .array(z.string())
    .describe('O*NET task statements involving the skill: what honest experience of it looks like.'),
});
export type SkillMissing = z.infer<typeof SkillMissing>;

export const TAILORING_SOURCES = ['model', 'analysis'] as const;
export type TailoringSource = (typeof TAILORING_SOURCES)[number];

export const TailoringNote = z.object({
  code: z.string().describe('The error code of why the chat model was not used.'),
  message: z.string(),
});
export type TailoringNote = z.infer<typeof TailoringNote>;

export const Tailoring = z.object({
  jobId: z.uuid(),
  resumeId: z.uuid(),
  source: z
    .enum(TAILORING_SOURCES)
    .describe('`model`: the chat model wrote the lines (checked); `analysis`: the deterministic analysis did.'),
  summaryLine: z.string().nullable().describe('A summary line aimed at the job; null when no line passed the check.'),
  bullets: z.array(SuggestedBullet).describe('Resume lines to strengthen for this job.'),
  skillsShown: z.array(SkillShown).describe("The job's skills the resume already shows, with its evidence."),
  skillsMissing: z.array(SkillMissing).describe("The job's skills the resume does not show."),
  dropped: z
    .number()
    .int()
    .nonnegative()
    .describe('Suggested lines dropped because they claimed what the resume does not hold.'),
  note: TailoringNote.nullable().describe('Why the chat model was not used, when it was asked and could not answer.'),
});
export type Tailoring = z.infer<typeof Tailoring>;

import type { JobForTailoring } from './analysis';
import type { SkillMissing, SkillShown } from './tailoring';

/**
 * The chat model's brief. It is told the rules the fact check enforces (so that fewer lines are
 * dropped), given what the analysis found (so that it aims at the job's skills the resume shows),
 * and asked for the answer model-answer.ts reads. The resume and the posting are quoted between
 * markers: they are material, and whatever they say, the answer goes through the check.
 */

export interface PromptMessage {
  readonly role: 'system' | 'user';
  readonly content: string;
}

/** Enough for a long resume and a full posting; the gateway takes up to 24,000 characters a message. */
const MAX_RESUME_CHARS = 12_000;
const MAX_POSTING_CHARS = 5_000;

const SYSTEM = `You help a job seeker tailor their resume to one job posting with targeted edits; you never rewrite the whole resume.
Rules. Your answer is checked line by line against the resume, and a line that breaks a rule is thrown away:
1. Use only what the resume states. Never add a skill, tool, employer, school, certification, place, date, number, percentage or money amount that the resume does not contain.
2. Where a figure would make a line stronger but the resume gives none, write a placeholder in square brackets, such as [number of patients], for the person to fill in honestly.
3. Each bullet's "basis" is one line copied exactly from the resume; its "text" is that line made stronger for this job.
4. The summary line is one sentence about the person, at most 35 words. Do not name the posting's employer or its job title.
Answer with one JSON object and nothing else: {"summaryLine": "...", "bullets": [{"text": "...", "basis": "..."}]}, with at most 5 bullets.`;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}\n[…cut]`;
}

export function buildTailorPrompt(input: {
  readonly resumeText: string;
  readonly job: JobForTailoring;
  readonly shown: readonly SkillShown[];
  readonly missing: readonly SkillMissing[];
}): PromptMessage[] {
  const { job } = input;
  const user = [
    'JOB POSTING',
    `Title: ${job.title}`,
    `Skills it asks for: ${[...job.skillsRequired, ...job.skillsPreferred].join(', ') || '(none listed)'}`,
    'Description:',
    '<<<',
    clip(job.description ?? '(no description)', MAX_POSTING_CHARS),
    '>>>',
    '',
    `Skills of the posting the resume already shows: ${input.shown.map((s) => s.skill).join(', ') || '(none)'}`,
    `Skills of the posting the resume does not show (never claim them): ${input.missing.map((s) => s.skill).join(', ') || '(none)'}`,
    '',
    'RESUME',
    '<<<',
    clip(input.resumeText, MAX_RESUME_CHARS),
    '>>>',
  ].join('\n');
  return [
    { role: 'system', content: SYSTEM },
    { role: 'user', content: user },
  ];
}

import { z } from 'zod';

/**
 * The chat model's answer, read as data: one JSON object with a summary line and bullets, each
 * bullet the resume line it rests on and its strengthened text. Models wrap JSON in prose or code
 * fences; the object is taken from between its outer braces. Anything else is not an answer.
 */

export const ModelAnswer = z.object({
  summaryLine: z.string().trim().min(1).max(600),
  bullets: z
    .array(z.object({ text: z.string().trim().min(1).max(800), basis: z.string().trim().min(1).max(1200) }))
    .max(12),
});
export type ModelAnswer = z.infer<typeof ModelAnswer>;

export type ParsedAnswer =
  { readonly ok: true; readonly answer: ModelAnswer } | { readonly ok: false; readonly reason: string };

export function parseModelAnswer(content: string): ParsedAnswer {
  const start = content.indexOf('{');
  const end = content.lastIndexOf('}');
  if (start < 0 || end <= start) return { ok: false, reason: 'the answer holds no JSON object' };
  let json: unknown;
  try {
    json = JSON.parse(content.slice(start, end + 1));
  } catch (err) {
    return { ok: false, reason: `the answer's JSON does not parse: ${(err as Error).message}` };
  }
  const parsed = ModelAnswer.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `the answer is not the requested shape: ${issue?.path.join('.')} ${issue?.message}` };
  }
  return { ok: true, answer: parsed.data };
}

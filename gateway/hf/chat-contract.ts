import { z } from 'zod';
import { MODEL_ENDPOINTS } from '../../common/model-endpoints';
import { CallContext, CircuitStatus, CreditStatus, ProviderError, Refused, Timing } from '../contract';

/**
 * The gateway's chat-model call, shared by the gateway (which parses requests with it) and
 * gateway/client.ts (which parses answers with it):
 *
 *   POST /v1/hf-chat              { messages, maxTokens?, context? }
 *   GET  /status/credits/hf-chat  the hf.chat budget line's month
 *
 * The caller says what to ask; the gateway chooses the model, the provider and the sampling (the
 * policy is the operator's, in HF_CHAT_*), reserves the call's most expensive case on the hf.chat
 * line and settles what the provider's token usage says. Answers carry one `outcome` like every
 * gateway answer: ok, refused (nothing spent) or provider_error.
 */

export const ChatMessage = z
  .object({
    role: z.enum(['system', 'user']),
    content: z.string().min(1).max(24_000),
  })
  .strict();
export type ChatMessage = z.infer<typeof ChatMessage>;

export const ChatRequest = z
  .object({
    messages: z.array(ChatMessage).min(1).max(4),
    /** Completion tokens wanted; never more than HF_CHAT_MAX_TOKENS. */
    maxTokens: z.number().int().positive().max(4096).optional(),
    context: CallContext.default({}),
  })
  .strict();
export type ChatRequest = z.input<typeof ChatRequest>;

export const ChatUsage = z.object({
  promptTokens: z.number().int().nonnegative(),
  completionTokens: z.number().int().nonnegative(),
  totalTokens: z.number().int().nonnegative(),
});
export type ChatUsage = z.infer<typeof ChatUsage>;

export const ChatCompletion = z.object({
  /** The assistant's message. */
  content: z.string(),
  /** The model that answered, as the provider names it. */
  model: z.string(),
  finishReason: z.string().nullable(),
  /** Null when the provider reports none (the call is then charged its reservation). */
  usage: ChatUsage.nullable(),
});
export type ChatCompletion = z.infer<typeof ChatCompletion>;

const base = {
  requestId: z.string(),
  creditsCharged: z.number().int().nonnegative(),
  timing: Timing,
};

export const ChatResponse = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('ok'), ...base, data: ChatCompletion }),
  Refused,
  ProviderError,
]);
export type ChatResponse = z.infer<typeof ChatResponse>;

/** The hf.chat line's month: the same figures as /status/credits, in model credits. */
export const ModelLineStatus = CreditStatus.extend({
  circuits: z.record(z.enum(MODEL_ENDPOINTS), CircuitStatus),
});
export type ModelLineStatus = z.infer<typeof ModelLineStatus>;

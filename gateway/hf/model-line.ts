import type { Config } from '../../common/config';
import { HirehoundError, type ErrorCode } from '../../common/errors';
import type { RefusalReason } from '../contract';
import type { GovernedCaller } from '../governed-call';
import { REFUSAL_CODES } from '../governed-call';
import type { GovernanceSettings } from '../governance/governor';
import type { ChatCompletionBody, HfChatClient } from './chat-client';
import type { ChatRequest, ChatResponse } from './chat-contract';

/**
 * The `hf.chat` budget line: what its governance is (its own month budget, slots and token bucket
 * under its own Redis prefix; the gateway's circuit, backoff and alert settings) and what one chat
 * call costs. A call reserves the most it could cost — every byte of its prompt as a token (a
 * byte-level tokenizer never makes more) plus all the completion tokens it may produce — and
 * settles what the provider's usage says, so the ledger may overstate a call in flight, never
 * understate a finished one.
 */

export type HfChatSettings = Config['hfChat'] & {
  /** HF_TOKEN: routing through Inference Providers, or a private endpoint's token. */
  readonly token?: string | undefined;
};

/** Sampling is the operator's policy, not the caller's: low, for edits that stay close to the text. */
const TEMPERATURE = 0.2;
/** Role markers and separators a chat template adds around each message. */
const TOKENS_PER_MESSAGE = 16;

export const MODEL_LINE_REFUSAL_CODES: Readonly<Record<RefusalReason, ErrorCode>> = {
  ...REFUSAL_CODES,
  budget_exhausted: 'IMAGINATOR_MODEL_BUDGET_EXHAUSTED',
  circuit_open: 'IMAGINATOR_MODEL_CIRCUIT_OPEN',
};

export function modelLineSettings(
  gateway: Config['gateway'],
  chat: Config['hfChat'],
  clockOffsetMs?: number,
): GovernanceSettings<'hf.chat'> {
  return {
    prefix: `${gateway.redisPrefix}:hf-chat`,
    monthlyBudget: chat.monthlyBudget,
    alertThresholds: gateway.alerts.thresholds,
    maxConcurrency: chat.maxConcurrency,
    leaseTtlMs: gateway.leaseTtlMs,
    rateLimits: { 'hf.chat': chat.rate },
    circuit: gateway.circuit,
    backoff: gateway.backoff,
    ...(clockOffsetMs === undefined ? {} : { clockOffsetMs }),
  };
}

/** Model credits for a number of tokens: the per-call price plus the tokens' (rounded up). */
export function chatCredits(costs: Pick<Config['hfChat'], 'costPerCall' | 'costPer1kTokens'>, tokens: number): number {
  return costs.costPerCall + Math.ceil((tokens * costs.costPer1kTokens) / 1000);
}

/** The most tokens a call can use: every prompt byte, each message's framing, all completion tokens. */
export function chatTokenBound(messages: ChatRequest['messages'], maxTokens: number): number {
  const promptBytes = messages.reduce((sum, m) => sum + Buffer.byteLength(m.content, 'utf8'), 0);
  return promptBytes + TOKENS_PER_MESSAGE * messages.length + maxTokens;
}

export interface ModelLineCalls {
  chat(request: ParsedChatRequest, abort?: AbortSignal): Promise<ChatResponse>;
}

type ParsedChatRequest = Omit<ChatRequest, 'context'> & { readonly context: NonNullable<ChatRequest['context']> };

export function createModelLineCalls(deps: {
  /** Absent when neither HF_TOKEN nor HF_CHAT_ENDPOINT_URL is set. */
  readonly client: HfChatClient | undefined;
  readonly settings: HfChatSettings;
  readonly call: GovernedCaller<'hf.chat'>;
}): ModelLineCalls {
  const { client, settings, call } = deps;
  return {
    async chat(request, abort) {
      if (!client) throw new HirehoundError('IMAGINATOR_MODEL_NOT_CONFIGURED');
      const maxTokens = Math.min(request.maxTokens ?? settings.maxTokens, settings.maxTokens);
      const answer = await call(
        {
          endpoint: 'hf.chat',
          cost: chatCredits(settings, chatTokenBound(request.messages, maxTokens)),
          // Without usage the provider's bill is unknown: the reservation stands.
          settledCost: (body: ChatCompletionBody) =>
            body.usage ? chatCredits(settings, body.usage.total_tokens) : Number.POSITIVE_INFINITY,
          context: request.context,
          invoke: () => client.complete({ messages: request.messages, maxTokens, temperature: TEMPERATURE }),
          toData: (body) => {
            const choice = body.choices[0];
            return {
              content: choice?.message.content ?? '',
              model: body.model,
              finishReason: choice?.finish_reason ?? null,
              usage: body.usage
                ? {
                    promptTokens: body.usage.prompt_tokens,
                    completionTokens: body.usage.completion_tokens,
                    totalTokens: body.usage.total_tokens,
                  }
                : null,
            };
          },
        },
        abort,
      );
      if (answer.outcome === 'expired') throw new Error('a chat call cannot expire');
      return answer;
    },
  };
}

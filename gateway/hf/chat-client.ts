import {
  InferenceClientHubApiError,
  InferenceClientInputError,
  InferenceClientProviderApiError,
  InferenceClientProviderOutputError,
  InferenceClientRoutingError,
  chatCompletion,
} from '@huggingface/inference';
import { z } from 'zod';
import type { ProviderErrorKind } from '../contract';
import { unsentRequestCode, type ProviderOutcome } from '../hasdata/client';
import type { ChatMessage } from './chat-contract';

/**
 * A chat model over `@huggingface/inference`'s chatCompletion: Inference Providers through the
 * Hugging Face router with HF_TOKEN, or a self-hosted endpoint (HF_CHAT_ENDPOINT_URL) that speaks
 * the same OpenAI-style `/v1/chat/completions`. Every failure becomes a typed outcome saying whether
 * the provider may have billed it, as the HasData client's do, so the governed call books it right.
 */

export interface HfChatClientOptions {
  readonly token?: string | undefined;
  readonly endpointUrl?: string | undefined;
  readonly model: string;
  /** Inference Provider with a token (`auto`: the router chooses); unused with an endpoint URL. */
  readonly provider: string;
  readonly timeoutMs: number;
  /** Replaces global fetch (tests route the router's host to a local stand-in). */
  readonly fetch?: typeof fetch;
}

export interface ChatCall {
  readonly messages: readonly ChatMessage[];
  readonly maxTokens: number;
  readonly temperature: number;
}

/** The part of the OpenAI-style answer we use; anything else may vary by provider. */
export const ChatCompletionBody = z.object({
  model: z.string(),
  choices: z
    .array(
      z.object({
        message: z.object({ content: z.string().nullable() }),
        finish_reason: z.string().nullish(),
      }),
    )
    .min(1),
  usage: z
    .object({
      prompt_tokens: z.number().int().nonnegative(),
      completion_tokens: z.number().int().nonnegative(),
      total_tokens: z.number().int().nonnegative(),
    })
    .nullish(),
});
export type ChatCompletionBody = z.infer<typeof ChatCompletionBody>;

export interface HfChatClient {
  complete(call: ChatCall): Promise<ProviderOutcome<ChatCompletionBody>>;
}

function failureOfStatus(status: number): ProviderErrorKind {
  if (status === 401 || status === 403) return 'bad_api_key';
  // Hugging Face answers 402 when the account's included credits (or its spending limit) are spent.
  if (status === 402) return 'out_of_credits';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'server_error';
  return 'bad_parameters';
}

export function createHfChatClient(options: HfChatClientOptions): HfChatClient {
  /** Messages are quoted to callers: never let them carry the token. */
  const scrub = (text: string): string =>
    (options.token ? text.split(options.token).join('[redacted]') : text).slice(0, 300);

  const failed = (
    failure: ProviderErrorKind,
    httpStatus: number | null,
    charged: boolean,
    message: string,
  ): ProviderOutcome<ChatCompletionBody> => ({
    kind: 'failed',
    failure,
    httpStatus,
    charged,
    retryAfterMs: null,
    message: scrub(message),
  });

  return {
    async complete(call) {
      let output: unknown;
      try {
        output = await chatCompletion(
          {
            messages: call.messages.map((m) => ({ role: m.role, content: m.content })),
            max_tokens: call.maxTokens,
            temperature: call.temperature,
            ...(options.token ? { accessToken: options.token } : {}),
            ...(options.endpointUrl
              ? { endpointUrl: options.endpointUrl, model: options.model }
              : { model: options.model, provider: options.provider as 'auto' }),
          },
          {
            signal: AbortSignal.timeout(options.timeoutMs),
            // The gateway's circuit and the caller decide about retries; the client's own 503 loop
            // would hide failures from both (and could spend twice).
            retry_on_error: false,
            ...(options.fetch ? { fetch: options.fetch } : {}),
          },
        );
      } catch (err) {
        if (err instanceof InferenceClientProviderApiError || err instanceof InferenceClientHubApiError) {
          const status = err.httpResponse.status;
          // Refused requests are not billed: the provider generated nothing.
          return failed(failureOfStatus(status), status, false, err.message);
        }
        if (err instanceof InferenceClientProviderOutputError) return failed('malformed', 200, true, err.message);
        if (err instanceof InferenceClientInputError || err instanceof InferenceClientRoutingError) {
          return failed('bad_parameters', null, false, err.message);
        }
        const unsent = unsentRequestCode(err);
        if (unsent) return failed('unreachable', null, false, `The chat model could not be reached (${unsent})`);
        // Sent, but no answer: the model may have generated (and the provider billed) it.
        if ((err as { name?: string } | null)?.name === 'TimeoutError') {
          return failed('timeout', null, true, `The chat model did not answer within ${options.timeoutMs} ms`);
        }
        return failed(
          'unreachable',
          null,
          true,
          `The connection to the chat model was lost: ${err instanceof Error ? err.message : String(err)}`,
        );
      }
      const parsed = ChatCompletionBody.safeParse(output);
      if (!parsed.success) {
        return failed(
          'malformed',
          200,
          true,
          `The chat answer did not match the chat-completion shape: ${parsed.error.issues[0]?.message ?? ''}`,
        );
      }
      return { kind: 'ok', data: parsed.data, httpStatus: 200, providerRequestId: null, charged: true };
    },
  };
}

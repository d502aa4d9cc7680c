import { HASDATA_ENDPOINTS } from './hasdata-endpoints';

/**
 * The model endpoints the gateway governs besides HasData's: each is a budget line of its own (its
 * monthly credits, slots, token bucket and circuit), so spending on a model never touches the
 * HasData budget. `hf.chat` is the Imaginator's chat model through `@huggingface/inference`.
 */
export const MODEL_ENDPOINTS = ['hf.chat'] as const;

export type ModelEndpoint = (typeof MODEL_ENDPOINTS)[number];

/** Every endpoint a gateway budget line can govern. */
export const GOVERNED_ENDPOINTS = [...HASDATA_ENDPOINTS, ...MODEL_ENDPOINTS] as const;

export type GovernedEndpoint = (typeof GOVERNED_ENDPOINTS)[number];

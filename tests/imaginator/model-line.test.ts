import { isHirehoundError } from '../../common/errors';
import { chatCredits } from '../../gateway/hf/model-line';
import { findCreditEntry, monthlyCreditTotals } from '../../store/credit-ledger';
import { createUser } from '../../store/users';
import { INTERNAL_TOKEN, startGateway, type GatewayUnderTest } from '../gateway/fixtures';
import { createTestDatabase, type TestDatabase } from '../harness/services';
import { CHAT_STAND_IN_TOKEN, standInTokens, startHfChatStandIn, type HfChatStandIn } from './hf-chat-stand-in';

/**
 * The gateway's hf.chat budget line end to end: gateway client → gateway → `@huggingface/inference`
 * → a local stand-in speaking the chat-completion protocol; Redis ledger → Postgres ledger.
 */

/** Nothing listens there: the HasData line is never called in these tests. */
const NO_HASDATA = 'http://127.0.0.1:9';
const COSTS = { costPerCall: 1, costPer1kTokens: 10 };
const COST_ENV = { HF_CHAT_COST_PER_CALL: '1', HF_CHAT_COST_PER_1K_TOKENS: '10' };
const ANSWER = '{"summaryLine": "Sous chef.", "bullets": []}';
const question = (text: string) => [{ role: 'user' as const, content: text }];

describe('the gateway’s hf.chat budget line', () => {
  let t: TestDatabase;
  let chat: HfChatStandIn;
  const gateways: GatewayUnderTest[] = [];
  let userId: string;

  async function gateway(env: Record<string, string>, hfFetch?: typeof fetch): Promise<GatewayUnderTest> {
    const gw = await startGateway({
      simulatorUrl: NO_HASDATA,
      db: t.db,
      databaseUrl: t.url,
      env,
      ...(hfFetch ? { hfFetch } : {}),
    });
    gateways.push(gw);
    return gw;
  }

  beforeAll(async () => {
    t = await createTestDatabase();
    chat = await startHfChatStandIn();
    userId = (await createUser(t.db, { email: 'paid@example.com', tier: 'paid' })).user.id;
  });
  afterAll(async () => {
    for (const gw of gateways) await gw.close();
    await chat.close();
    await t.drop();
  });
  beforeEach(() => {
    chat.requests.length = 0;
    chat.reply = () => ANSWER;
  });

  it('charges a chat call to its own line, settled from the token usage, and never to HasData', async () => {
    const gw = await gateway({ ...COST_ENV, HF_TOKEN: CHAT_STAND_IN_TOKEN, HF_CHAT_ENDPOINT_URL: chat.endpointUrl });
    const prompt = 'Tailor this resume. '.repeat(20);
    const answer = await gw.client.chat({ messages: question(prompt), context: { userId } });
    if (answer.outcome !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(answer)}`);
    expect(answer.data).toEqual({
      content: ANSWER,
      model: 'meta-llama/Llama-3.1-8B-Instruct',
      finishReason: 'stop',
      usage: {
        promptTokens: standInTokens(prompt),
        completionTokens: standInTokens(ANSWER),
        totalTokens: standInTokens(prompt) + standInTokens(ANSWER),
      },
    });
    const charged = chatCredits(COSTS, standInTokens(prompt) + standInTokens(ANSWER));
    expect(answer.creditsCharged).toBe(charged);

    // What @huggingface/inference sent: the endpoint's chat route, the bearer token, an OpenAI body.
    expect(chat.requests).toHaveLength(1);
    expect(chat.requests[0]).toMatchObject({
      path: '/endpoint/v1/chat/completions',
      authorization: `Bearer ${CHAT_STAND_IN_TOKEN}`,
      body: {
        model: 'meta-llama/Llama-3.1-8B-Instruct',
        max_tokens: 700,
        temperature: 0.2,
        messages: question(prompt),
      },
    });

    const line = await gw.client.modelLineStatus();
    expect(line).toMatchObject({ budget: 100_000, used: charged, reserved: 0, inFlight: 0 });
    expect(line.circuits['hf.chat'].state).toBe('closed');
    const hasdata = await gw.client.creditStatus();
    expect(hasdata).toMatchObject({ used: 0, reserved: 0, remaining: hasdata.budget });

    await gw.gateway.modelLine.mirror.drain(10_000);
    expect(await findCreditEntry(t.db, answer.requestId)).toMatchObject({
      endpoint: 'hf.chat',
      credits: charged,
      outcome: 'ok',
      providerStatus: 200,
      userId,
    });
    expect((await monthlyCreditTotals(t.db, line.month, ['hf.chat'])).credits).toBe(line.used);
  });

  it('routes through the Hugging Face router with HF_TOKEN alone', async () => {
    const gw = await gateway({ ...COST_ENV, HF_TOKEN: CHAT_STAND_IN_TOKEN, HF_CHAT_MODEL: 'acme/chef-7b' }, chat.fetch);
    const answer = await gw.client.chat({ messages: question('Hello'), maxTokens: 50 });
    expect(answer.outcome).toBe('ok');
    expect(chat.requests.map((r) => [r.path, r.authorization, r.body.model, r.body.max_tokens])).toEqual([
      ['/router/v1/chat/completions', `Bearer ${CHAT_STAND_IN_TOKEN}`, 'acme/chef-7b', 50],
    ]);
  });

  it('refuses with a typed 402 once its month is spent, without calling the model', async () => {
    // A call of 400 bytes and 100 completion tokens reserves 1 + ceil(516 × 10 / 1000) = 7 credits and
    // settles 1 + ceil(~110 × 10 / 1000) = 3: with 8 in the month, the second reservation does not fit.
    const gw = await gateway({
      ...COST_ENV,
      HF_CHAT_MONTHLY_BUDGET: '8',
      HF_TOKEN: CHAT_STAND_IN_TOKEN,
      HF_CHAT_ENDPOINT_URL: chat.endpointUrl,
    });
    const prompt = 'x'.repeat(400);
    const first = await gw.client.chat({ messages: question(prompt), maxTokens: 100, context: { userId } });
    expect(first).toMatchObject({ outcome: 'ok', creditsCharged: 3 });
    const second = await gw.client.chat({ messages: question(prompt), maxTokens: 100, context: { userId } });
    expect(second).toMatchObject({
      outcome: 'refused',
      reason: 'budget_exhausted',
      creditsCharged: 0,
      error: { code: 'IMAGINATOR_MODEL_BUDGET_EXHAUSTED' },
    });
    const raw = await fetch(`${gw.url}/v1/hf-chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-internal-token': INTERNAL_TOKEN },
      body: JSON.stringify({ messages: question(prompt), maxTokens: 100 }),
    });
    expect(raw.status).toBe(402);
    expect(raw.headers.get('x-credits-charged')).toBe('0');
    expect(chat.requests).toHaveLength(1);
    expect(await gw.client.modelLineStatus()).toMatchObject({ budget: 8, used: 3, reserved: 0 });
    // HasData's line is untouched: its month is whole.
    expect(await gw.client.creditStatus()).toMatchObject({ used: 0, reserved: 0, remaining: 200_000 });
  });

  it('opens its own circuit on model failures, leaving HasData’s closed', async () => {
    const gw = await gateway({
      ...COST_ENV,
      HF_TOKEN: CHAT_STAND_IN_TOKEN,
      HF_CHAT_ENDPOINT_URL: chat.endpointUrl,
      GATEWAY_CIRCUIT_MIN_CALLS: '2',
      GATEWAY_CIRCUIT_COOLDOWN_MS: '60000',
    });
    chat.failNext(500, 'CUDA out of memory', 2);
    for (let i = 0; i < 2; i++) {
      expect(await gw.client.chat({ messages: question('Hello') })).toMatchObject({
        outcome: 'provider_error',
        kind: 'server_error',
        status: 500,
        creditsCharged: 0,
      });
    }
    expect(await gw.client.chat({ messages: question('Hello') })).toMatchObject({
      outcome: 'refused',
      reason: 'circuit_open',
      error: { code: 'IMAGINATOR_MODEL_CIRCUIT_OPEN' },
    });
    expect(chat.requests).toHaveLength(2);
    expect((await gw.client.modelLineStatus()).circuits['hf.chat'].state).toBe('open');
    const hasdata = await gw.client.creditStatus();
    expect(Object.values(hasdata.circuits).every((c) => c.state === 'closed')).toBe(true);
  });

  it('reports a rejected token as the provider’s, uncharged, and says when no model is configured', async () => {
    const wrong = await gateway({ ...COST_ENV, HF_TOKEN: 'hf_wrongtoken', HF_CHAT_ENDPOINT_URL: chat.endpointUrl });
    expect(await wrong.client.chat({ messages: question('Hello') })).toMatchObject({
      outcome: 'provider_error',
      kind: 'bad_api_key',
      status: 401,
      creditsCharged: 0,
      error: { code: 'PROVIDER_BAD_API_KEY' },
    });
    const answer = JSON.stringify(await wrong.client.chat({ messages: question('Hello') }));
    expect(answer).not.toContain('hf_wrongtoken');

    const none = await gateway(COST_ENV);
    const refused = await none.client.chat({ messages: question('Hello') }).catch((err: unknown) => err);
    expect(isHirehoundError(refused) && refused.code).toBe('IMAGINATOR_MODEL_NOT_CONFIGURED');
    expect(chat.requests).toHaveLength(0);
  });
});

import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import { openApiDocument, type JsonObject } from '../../api/contract/openapi-document';

/**
 * Checks real answers against /openapi.json, as a client generated from it would read them: the
 * status must be documented for the operation, and the body must match its schema (the SSE stream:
 * each event's name and data).
 */

const DOCUMENT_ID = 'https://hirehound.invalid/openapi.json';
const document = openApiDocument();
// The whole document is one resource, so `#/components/schemas/…` resolves inside it.
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
ajv.addSchema({ ...document, $id: DOCUMENT_ID });

const pointer = (...parts: string[]): string =>
  parts.map((p) => encodeURIComponent(p.replaceAll('~', '~0').replaceAll('/', '~1'))).join('/');

const validators = new Map<string, ValidateFunction>();
function validatorAt(...parts: string[]): ValidateFunction {
  const ref = `${DOCUMENT_ID}#/${pointer(...parts)}`;
  let validate = validators.get(ref);
  if (!validate) {
    validate = ajv.compile({ $ref: ref });
    validators.set(ref, validate);
  }
  return validate;
}

/** The documented path template a concrete path is an instance of. */
export function templateOf(path: string): string {
  const bare = path.split('?')[0]!;
  const template = Object.keys(document.paths).find((t) =>
    new RegExp(`^${t.replace(/\{\w+\}/g, '[^/]+')}/?$`).test(bare),
  );
  if (!template) throw new Error(`${bare} is not documented`);
  return template;
}

function responseOf(method: string, path: string, status: number): { template: string; response: JsonObject } {
  const template = templateOf(path);
  const operation = document.paths[template]?.[method.toLowerCase()] as { responses: Record<string, JsonObject> };
  if (!operation) throw new Error(`${method} ${template} is not documented`);
  const response = operation.responses[String(status)];
  if (!response) throw new Error(`${method} ${template} answered ${status}, which it does not document`);
  return { template, response };
}

function failure(what: string, validate: ValidateFunction, value: unknown): Error {
  return new Error(
    `${what} disagrees with /openapi.json: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(value)}`,
  );
}

/** Throws unless `status` is documented for the operation and `body` matches its JSON schema. */
export function expectDocumented(method: string, path: string, status: number, body: unknown): void {
  const { template } = responseOf(method, path, status);
  const validate = validatorAt(
    'paths',
    template,
    method.toLowerCase(),
    'responses',
    String(status),
    'content',
    'application/json',
    'schema',
  );
  if (!validate(body)) throw failure(`${method} ${template} ${status}`, validate, body);
}

/** Throws unless every event of a Server-Sent Events text is a documented event with documented data. */
export function expectDocumentedEvents(path: string, text: string): { event: string; data: unknown }[] {
  const { template, response } = responseOf('GET', path, 200);
  const media = (response.content as Record<string, { schema: { oneOf: { title: string }[] } }>)['text/event-stream'];
  if (!media) throw new Error(`GET ${template} does not document an event stream`);
  const events = text
    .split('\n\n')
    .filter((frame) => frame.startsWith('event:'))
    .map((frame) => {
      const event = /^event: (.*)$/m.exec(frame)?.[1] ?? '';
      const data = JSON.parse(/^data: (.*)$/m.exec(frame)?.[1] ?? 'null') as unknown;
      return { event, data };
    });
  for (const { event, data } of events) {
    const index = media.schema.oneOf.findIndex((item) => item.title === event);
    if (index < 0) throw new Error(`GET ${template} sent the undocumented event ${event}`);
    const at = ['paths', template, 'get', 'responses', '200', 'content', 'text/event-stream', 'schema', 'oneOf'];
    const validate = validatorAt(...at, String(index), 'properties', 'data', 'contentSchema');
    if (!validate(data)) throw failure(`GET ${template} event ${event}`, validate, data);
  }
  return events;
}

/**
 * fetch(), with a JSON answer checked against the document; the body stays readable. Event streams
 * are left to expectDocumentedEvents(): reading one here would wait for its end.
 */
export async function fetchDocumented(url: string, init: RequestInit = {}): Promise<Response> {
  const res = await fetch(url, init);
  if (res.headers.get('content-type')?.includes('text/event-stream')) return res;
  const text = await res.clone().text();
  expectDocumented(init.method ?? 'GET', new URL(url).pathname, res.status, text ? JSON.parse(text) : undefined);
  return res;
}

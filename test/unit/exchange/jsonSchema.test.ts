import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { buildEnvelope } from '../../../src/core/exchange/buildEnvelope';
import {
  ENVELOPE_SCHEMA_PATH,
  envelopeJsonSchema,
  envelopeJsonSchemaText,
} from '../../../src/core/exchange/envelopeJsonSchema';
import { EnvelopeSchema } from '../../../src/core/model/envelope';
import { library } from './libraryFixture';

// ajv-formats is CommonJS; its default export arrives wrapped or bare depending on the loader.
const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;

const committed = new URL(`../../../public/${ENVELOPE_SCHEMA_PATH}`, import.meta.url);

function validator() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile(envelopeJsonSchema());
}

describe('native export JSON Schema', () => {
  it('is committed as generated (run npm run schema when this fails)', () => {
    const onDisk = readFileSync(committed, 'utf8');
    expect(onDisk, 'public/schema is stale: run `npm run schema` and commit the result').toBe(envelopeJsonSchemaText());
  });

  it('names itself and the 2020-12 dialect', () => {
    expect(envelopeJsonSchema()).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'urn:quotemark:schema:v1',
      title: expect.any(String),
    });
  });

  it('accepts a real export of the seed library, astral characters included', () => {
    const envelope = JSON.parse(JSON.stringify(buildEnvelope(library, new Date('2026-11-28T12:00:00Z')))) as unknown;
    expect(EnvelopeSchema.safeParse(envelope).success).toBe(true);
    const validate = validator();
    expect(validate(envelope), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects a broken export, pointing at what is wrong', () => {
    const envelope = JSON.parse(JSON.stringify(buildEnvelope(library, new Date('2026-11-28T12:00:00Z')))) as {
      exportedAt: string;
      statements: { kind: string; quote: { start: number } }[];
    };
    envelope.exportedAt = 'yesterday';
    envelope.statements[0]!.kind = 'shouted';
    envelope.statements[1]!.quote.start = -1;
    const validate = validator();
    expect(validate(envelope)).toBe(false);
    const paths = (validate.errors ?? []).map((e) => e.instancePath);
    expect(paths).toEqual(expect.arrayContaining(['/exportedAt', '/statements/0/kind', '/statements/1/quote/start']));
  });
});

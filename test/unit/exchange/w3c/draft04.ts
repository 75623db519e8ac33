import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS: its default export arrives wrapped under Node's ESM loader.
const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;

/** The copy of the W3C suite's schemas (see test/fixtures/w3c/README.md). */
export const W3C_FIXTURES = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'w3c');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * A draft-04 schema of the suite as Ajv 8 reads it: `$schema` dropped, the
 * root `id` named `$id`, and draft-04's boolean `exclusiveMinimum` turned
 * into draft-06's number. Nothing else in these schemas differs between
 * the drafts (type, required, properties, items, oneOf/anyOf/allOf/not,
 * enum, pattern, format, definitions and $ref mean the same).
 */
function fromDraft04(schema: Json, root = true): Json {
  if (Array.isArray(schema)) return schema.map((item) => fromDraft04(item, false));
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Record<string, Json> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$schema') continue;
    // Only a schema's own id is an id: under "properties", "id" names a property.
    if (key === 'id' && root && typeof value === 'string') out.$id = value;
    else out[key] = fromDraft04(value, false);
  }
  if (out.exclusiveMinimum === true && typeof out.minimum === 'number') {
    out.exclusiveMinimum = out.minimum;
    delete out.minimum;
  } else if (out.exclusiveMinimum === false) delete out.exclusiveMinimum;
  return out;
}

function readJson(path: string): Json {
  return JSON.parse(readFileSync(path, 'utf8')) as Json;
}

/** One MUST assertion of the suite, ready to check an instance. */
export interface Assertion {
  file: string;
  /** "valid" or "invalid": what the instance must be for the assertion to hold. */
  expected: string;
  validate: ValidateFunction;
}

/** The assertions a `*Musts.test` list names (path relative to the fixtures), compiled. */
export function mustAssertions(list: string): Assertion[] {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const definitions = join(W3C_FIXTURES, 'definitions');
  for (const name of readdirSync(definitions)) ajv.addSchema(fromDraft04(readJson(join(definitions, name))) as object);
  const { assertions } = readJson(join(W3C_FIXTURES, list)) as { assertions: string[] };
  return assertions.map((file) => {
    const schema = readJson(join(W3C_FIXTURES, file)) as { expectedResult?: string };
    return { file, expected: schema.expectedResult ?? 'valid', validate: ajv.compile(fromDraft04(schema) as object) };
  });
}

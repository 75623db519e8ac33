// Writes public/schema/quotemark-v1.schema.json from the zod model and
// public/ns/quotemark.jsonld (the W3C export's second JSON-LD context).
// Run with `npm run schema`; a unit test fails while either file is stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENVELOPE_SCHEMA_PATH, envelopeJsonSchemaText } from '../src/core/exchange/envelopeJsonSchema';
import { QUOTEMARK_CONTEXT_PATH, quotemarkContextText } from '../src/core/exchange/quotemarkContext';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
for (const [path, text] of [
  [ENVELOPE_SCHEMA_PATH, envelopeJsonSchemaText()],
  [QUOTEMARK_CONTEXT_PATH, quotemarkContextText()],
] as const) {
  const target = join(root, 'public', path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  console.log(`Wrote ${target}`);
}

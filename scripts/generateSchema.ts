// Writes public/schema/quotemark-v1.schema.json from the zod model.
// Run with `npm run schema`; a unit test fails while the file is stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENVELOPE_SCHEMA_PATH, envelopeJsonSchemaText } from '../src/core/exchange/envelopeJsonSchema';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'public', ENVELOPE_SCHEMA_PATH);
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, envelopeJsonSchemaText());
console.log(`Wrote ${target}`);

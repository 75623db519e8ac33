import { readFileSync } from 'node:fs';
import { canonicalText } from '../../../src/core/text/canonicalText';

/** The seed article as the app ships it, in canonical form. */
export const seedText = canonicalText(
  readFileSync(new URL('../../../public/samples/us-sanctions-xinjiang.txt', import.meta.url), 'utf8'),
);

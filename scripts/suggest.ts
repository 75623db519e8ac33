/** Prints suggested statements for an article text file: `npm run suggest -- FILE`. */
import { readFileSync } from 'node:fs';
import { suggestStatements } from '../src/core/suggest';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run suggest -- FILE');
  process.exit(2);
}
const text = readFileSync(file, 'utf8');
const statements = suggestStatements(text).map((s) => ({
  start: s.start,
  end: s.end,
  text: s.text,
  kind: s.kind,
  speaker: s.speaker,
  role: s.role,
  cue: s.cue?.text ?? null,
}));
process.stdout.write(`${JSON.stringify({ statements }, null, 2)}\n`);

/**
 * Krippendorff's unitizing alpha of a study file: `npm run agreement -- study.json`.
 * Prints {"alpha", "categories", "observed", "expected"} as JSON (per-category
 * figures keyed by category; null where α is undefined); a file that is not
 * a study it can measure exits 1 with one sentence per problem on stderr.
 */
import { readFileSync } from 'node:fs';
import { parseUnitizingStudy } from '../src/core/agreement/parseUnitizingStudy';
import { unitizingAlpha } from '../src/core/agreement/unitizingAlpha';
import { unitizingProblemSentence } from '../src/core/agreement/unitizingProblemSentence';
import { errorMessage } from '../src/core/errorMessage';
import { readJson } from '../src/core/import/readJson';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run agreement -- STUDY.json');
  process.exit(2);
}

function refuse(sentences: readonly string[]): never {
  for (const sentence of sentences) console.error(`${file}: ${sentence}`);
  process.exit(1);
}

let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  const code = (error as { code?: unknown }).code;
  refuse([code === 'ENOENT' ? 'there is no such file.' : `the file cannot be read (${errorMessage(error)}).`]);
}
const json = readJson(text);
if (!json.ok) refuse(json.error.map((problem) => problem.message));
const study = parseUnitizingStudy(json.value);
if (!study.ok) refuse(study.error.map((problem) => problem.message));
const agreement = unitizingAlpha(study.value);
if (!agreement.ok) refuse(agreement.error.map((problem) => unitizingProblemSentence(problem, study.value)));

const byCategory = (figure: 'alpha' | 'observed' | 'expected') =>
  Object.fromEntries(agreement.value.categories.map((c) => [c.category, c[figure]]));
const report = {
  alpha: agreement.value.alpha,
  categories: byCategory('alpha'),
  observed: byCategory('observed'),
  expected: byCategory('expected'),
};
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);

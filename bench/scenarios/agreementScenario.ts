import { performance } from 'node:perf_hooks';
import { projectAgreement } from '../../src/core/agreement/projectAgreement';
import { AGREEMENT_PROJECT, generateAgreementProject } from '../fixtures/generateAgreementProject';
import { result, type BenchResult } from '../measure/BenchResult';
import { median, repeat } from '../measure/stats';

/**
 * The figure agreement.project_ms: the whole Agreement report
 * (core projectAgreement: span α per article and over the project, coding α,
 * κ per coder pair) of 100 articles × 3 coders × about 100 statements each,
 * in Node, where the app's page runs the same function (target ≤ 1 s).
 */
export async function agreementScenario(runs: number, log: (line: string) => void): Promise<BenchResult[]> {
  const coding = generateAgreementProject(AGREEMENT_PROJECT);
  const characters = coding.articles.reduce((sum, a) => sum + a.textLength, 0);
  log(
    `  ${coding.articles.length} articles (${characters.toLocaleString('en')} characters), ${coding.statements.length.toLocaleString('en')} statements`,
  );
  let alpha: number | null = null;
  const timings = await repeat(runs, async () => {
    const started = performance.now();
    alpha = projectAgreement(coding).project.spans.statement;
    return performance.now() - started;
  });
  log(
    `  span α over the project ${alpha === null ? '—' : (alpha as number).toFixed(4)}; runs ${timings.map((t) => t.toFixed(0)).join(', ')} ms`,
  );
  return [result('agreement.project_ms', median(timings), 'ms', { atMost: 1000 })];
}

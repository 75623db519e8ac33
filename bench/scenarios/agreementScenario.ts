import { performance } from 'node:perf_hooks';
import { projectAgreement } from '../../src/core/agreement/projectAgreement';
import { AGREEMENT_PROJECT, generateAgreementProject } from '../fixtures/generateAgreementProject';
import { result, type BenchResult } from '../measure/BenchResult';
import { median, repeat } from '../measure/stats';

/**
 * The figure agreement.project_ms: the whole Agreement report
 * (core projectAgreement: span α per article and over the project, coding α,
 * κ per coder pair) of 100 articles × 3 coders × about 100 statements each,
 * in Node, where the app's page runs the same function (target ≤ 1 s);
 * and agreement.project_cpu_ms, the CPU time the process spent on it (user
 * and system, garbage collection included).
 */
export async function agreementScenario(runs: number, log: (line: string) => void): Promise<BenchResult[]> {
  const coding = generateAgreementProject(AGREEMENT_PROJECT);
  const characters = coding.articles.reduce((sum, a) => sum + a.textLength, 0);
  log(
    `  ${coding.articles.length} articles (${characters.toLocaleString('en')} characters), ${coding.statements.length.toLocaleString('en')} statements`,
  );
  let alpha: number | null = null;
  const cpu: number[] = [];
  const timings = await repeat(runs, async (run) => {
    const started = performance.now();
    const usage = process.cpuUsage();
    alpha = projectAgreement(coding).project.spans.statement;
    const used = process.cpuUsage(usage);
    if (run >= 0) cpu.push((used.user + used.system) / 1000);
    return performance.now() - started;
  });
  log(
    `  span α over the project ${alpha === null ? '—' : (alpha as number).toFixed(4)}; runs ${timings.map((t) => t.toFixed(0)).join(', ')} ms`,
  );
  // Wall time is the figure a person waits; the process's CPU time beside it tells a busy machine from slow code.
  return [
    result('agreement.project_ms', median(timings), 'ms', { atMost: 1000 }),
    result('agreement.project_cpu_ms', median(cpu), 'ms'),
  ];
}

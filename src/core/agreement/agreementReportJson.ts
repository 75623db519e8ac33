import type { ProjectAgreementReport } from './projectAgreement';

/** The agreement report as a versioned JSON file, so a later reader can tell what it holds. */
export function agreementReportJson(report: ProjectAgreementReport, projectName: string, now = new Date()): string {
  return JSON.stringify(
    { format: 'quotemark-agreement', version: 1, exportedAt: now.toISOString(), projectName, ...report },
    null,
    2,
  );
}

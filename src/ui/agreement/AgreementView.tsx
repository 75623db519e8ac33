import { useMemo } from 'react';
import { agreementReportCsv } from '../../core/agreement/agreementReportCsv';
import { agreementReportJson } from '../../core/agreement/agreementReportJson';
import { projectAgreement } from '../../core/agreement/projectAgreement';
import { exportFileName } from '../../core/exchange/exportFileName';
import type { TeamProjectRecord } from '../../storage/database/teamRecords';
import { downloadFile } from '../common/downloadFile';
import { useProjectCoding } from '../data/useProjectCoding';
import { useTeamProjects } from '../data/useTeamProjects';
import { agreementHref, curationHref } from '../routing/parseRoute';
import { ExportGoldButtons } from '../curation/ExportGoldButtons';
import { AgreementTables } from './AgreementTables';
import '../review.css';

/** The Agreement page: how far a team project's coders agree, for the project chosen (the first joined by default). */
export function AgreementView({ projectId }: { projectId?: string | undefined }) {
  const projects = useTeamProjects();
  const chosen = projects?.find((p) => p.project.projectId === projectId) ?? (projectId ? undefined : projects?.[0]);
  return (
    <section aria-labelledby="agreement-heading">
      <h1 id="agreement-heading">Agreement</h1>
      {!projects ? (
        <p aria-busy="true">Loading…</p>
      ) : projects.length === 0 ? (
        <p className="qm-empty">
          Agreement compares the coders of a team project. Join one in <a href="#/settings">Settings → Team</a> first.
        </p>
      ) : (
        <>
          <label>
            Project{' '}
            <select
              value={chosen?.project.projectId ?? ''}
              onChange={(e) => window.location.assign(agreementHref(e.target.value))}
            >
              {!chosen && <option value="">Choose a project</option>}
              {projects.map(({ project }) => (
                <option key={project.projectId} value={project.projectId}>
                  {project.projectName}
                </option>
              ))}
            </select>
          </label>
          {chosen ? (
            <ProjectAgreement key={chosen.project.projectId} project={chosen.project} />
          ) : (
            <p role="alert">This browser has not joined that project.</p>
          )}
        </>
      )}
    </section>
  );
}

function ProjectAgreement({ project }: { project: TeamProjectRecord }) {
  const coding = useProjectCoding(project.projectId);
  const report = useMemo(() => (coding ? projectAgreement(coding) : null), [coding]);
  if (coding === null) return <p aria-busy="true">Loading…</p>;
  if (!report) return <p role="alert">This browser has not joined that project.</p>;
  if (report.project.coders.length < 2) {
    return (
      <p className="qm-empty">
        Nothing to compare yet: agreement needs quotes marked by two coders or more on the project’s articles. Other
        coders’ statements arrive here as the project syncs.
      </p>
    );
  }
  const fileName = (extension: string) => exportFileName(`${project.projectName} agreement`, extension);
  const owner = project.role === 'owner';
  return (
    <>
      <div className="qm-review-actions">
        <button
          type="button"
          onClick={() => downloadFile(fileName('csv'), agreementReportCsv(report), 'text/csv;charset=utf-8')}
        >
          Export CSV
        </button>
        <button
          type="button"
          onClick={() =>
            downloadFile(fileName('json'), agreementReportJson(report, project.projectName), 'application/json')
          }
        >
          Export JSON
        </button>
        <ExportGoldButtons projectId={project.projectId} projectName={project.projectName} />
      </div>
      <AgreementTables
        report={report}
        curateHref={owner ? (articleId) => curationHref(project.projectId, articleId) : undefined}
      />
    </>
  );
}

import { useLiveQuery } from 'dexie-react-hooks';
import { appDatabase } from '../../storage/database/appDatabase';
import { readCuration } from '../../storage/team/curationRepository';
import type { TeamProjectRecord } from '../../storage/database/teamRecords';
import { useProjectCoding } from '../data/useProjectCoding';
import { useTeamProjects } from '../data/useTeamProjects';
import { agreementHref, curationHref } from '../routing/parseRoute';
import { ArticleCuration } from './ArticleCuration';
import { ExportGoldButtons } from './ExportGoldButtons';
import '../review.css';

/** The Curation page (owners): a project's articles to choose, or one article's units side by side. */
export function CurationView({
  projectId,
  articleId,
}: {
  projectId?: string | undefined;
  articleId?: string | undefined;
}) {
  const projects = useTeamProjects();
  const chosen = projects?.find((p) => p.project.projectId === projectId) ?? (projectId ? undefined : projects?.[0]);
  return (
    <section aria-labelledby="curation-heading">
      <h1 id="curation-heading">Curation</h1>
      {!projects ? (
        <p aria-busy="true">Loading…</p>
      ) : !chosen ? (
        <p className="qm-empty">
          Curation works on a team project this browser joined. Join one in <a href="#/settings">Settings → Team</a>.
        </p>
      ) : chosen.project.role !== 'owner' ? (
        <p className="qm-empty">
          Curation is for the project’s owners: they adjudicate the coders’ statements into the gold layer. You can see
          how far the coders agree in <a href={agreementHref(chosen.project.projectId)}>Agreement</a>.
        </p>
      ) : articleId ? (
        <CuratedArticle project={chosen.project} articleId={articleId} />
      ) : (
        <ArticleChoice project={chosen.project} />
      )}
    </section>
  );
}

function ArticleChoice({ project }: { project: TeamProjectRecord }) {
  const coding = useProjectCoding(project.projectId);
  if (!coding) return <p aria-busy="true">Loading…</p>;
  return (
    <>
      <p>Choose an article of {project.projectName} to curate.</p>
      <ul aria-label="Articles to curate">
        {[...coding.articles]
          .sort((a, b) => a.title.localeCompare(b.title))
          .map((article) => (
            <li key={article.id}>
              <a href={curationHref(project.projectId, article.id)}>{article.title}</a>
            </li>
          ))}
      </ul>
      <div className="qm-review-actions">
        <ExportGoldButtons projectId={project.projectId} projectName={project.projectName} />
      </div>
    </>
  );
}

function CuratedArticle({ project, articleId }: { project: TeamProjectRecord; articleId: string }) {
  const data = useLiveQuery(() => readCuration(appDatabase, project.projectId, articleId), [project, articleId], null);
  if (data === null) return <p aria-busy="true">Loading…</p>;
  if (!data) return <p role="alert">This article is not one of the project’s on this device.</p>;
  return (
    <>
      <p>
        <a href={curationHref(project.projectId)}>All articles of {project.projectName}</a>
      </p>
      <h2>{data.article.title}</h2>
      <div className="qm-review-actions">
        <ExportGoldButtons projectId={project.projectId} projectName={project.projectName} />
      </div>
      <ArticleCuration data={data} />
    </>
  );
}

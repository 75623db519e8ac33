import { useState } from 'react';
import { appDatabase } from '../../storage/database/appDatabase';
import { shareArticle, type ShareProblem } from '../../storage/team/teamProjectRepository';
import type { TeamProjectRecord } from '../../storage/database/teamRecords';
import { settleWrite } from '../common/settleWrite';

const PROBLEMS: Record<ShareProblem, string> = {
  'not-an-owner': 'Only an owner of the project can add articles to it.',
  'no-such-article': 'This article is not in the library any more.',
  'already-shared': 'This article already belongs to a project.',
};
const isProblem = (error: string): error is ShareProblem => error in PROBLEMS;

/**
 * Share with project: add a local article to the codebook of a project I
 * own (choosing the project when there are several), with my statements
 * on it as my layer. Nothing is shared unless asked.
 */
export function ShareWithProject({
  articleId,
  projects,
}: {
  articleId: string;
  projects: readonly TeamProjectRecord[];
}) {
  const [choosing, setChoosing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (projects.length === 0) return null;
  const share = async (projectId: string) => {
    setError(null);
    setChoosing(false);
    const result = await settleWrite(shareArticle(appDatabase, articleId, projectId));
    if (!result.ok) setError(isProblem(result.error) ? PROBLEMS[result.error] : result.error);
  };
  const only = projects.length === 1 ? projects[0] : undefined;
  return (
    <>
      <button
        type="button"
        aria-expanded={only ? undefined : choosing}
        title={
          only
            ? `Add this article and your statements on it to “${only.projectName}”`
            : 'Add this article and your statements on it to one of your projects'
        }
        onClick={() => (only ? void share(only.projectId) : setChoosing((open) => !open))}
      >
        Share with project
      </button>
      {choosing && (
        <span role="group" aria-label="Choose the project" className="qm-inline-field">
          {projects.map((p) => (
            <button key={p.projectId} type="button" onClick={() => void share(p.projectId)}>
              {p.projectName}
            </button>
          ))}
        </span>
      )}
      {error && (
        <span role="alert" className="qm-error">
          {error}
        </span>
      )}
    </>
  );
}

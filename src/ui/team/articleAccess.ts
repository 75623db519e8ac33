import { documentAccess } from '../../core/team/documentAccess';
import { layersHidden } from '../../core/team/projectSettings';
import type { TeamProjectRecord } from '../../storage/database/teamRecords';

/** What the person may do with an article, as its project's access rule says (everything, for a local article). */
export interface ArticleAccess {
  /** Tag, edit and delete their own statements (their layer). */
  code: boolean;
  /** Edit the article's text and details, share it, delete it (the codebook). */
  editArticle: boolean;
  /** See other coders' layers (not a coder under blind coding). */
  layers: boolean;
}

const LOCAL: ArticleAccess = { code: true, editArticle: true, layers: false };

/**
 * The app asks the same rule the server enforces (core documentAccess), so
 * it never offers an edit the server would refuse.
 */
export function articleAccess(project: TeamProjectRecord | undefined, articleId: string): ArticleAccess {
  if (!project) return LOCAL;
  const { projectId, coderId } = project;
  const hidden = layersHidden(project.settings);
  const codebook = documentAccess({ kind: 'codebook', projectId }, project, hidden);
  const mine = documentAccess({ kind: 'layer', projectId, articleId, coderId }, project, hidden);
  // Another coder's layer: any id but mine stands for them all.
  const others = documentAccess({ kind: 'layer', projectId, articleId, coderId: `${coderId}:other` }, project, hidden);
  return {
    code: mine.ok && mine.value === 'write',
    editArticle: codebook.ok && codebook.value === 'write',
    layers: others.ok,
  };
}

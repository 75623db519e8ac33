import { codebookDocName } from '../../core/team/documentNames';

const CODEBOOK = 'codebook';

/** The start every document name of a project shares (`project/<id>/`): its updates are one key range. */
export function projectDocPrefix(projectId: string): string {
  const codebook = codebookDocName(projectId);
  return codebook.slice(0, codebook.length - CODEBOOK.length);
}

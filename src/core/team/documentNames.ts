/**
 * The Yjs documents of a team project, named so the server can tell from a
 * name alone which project it belongs to and who may write it:
 *
 *   project/<projectId>/codebook                      the shared codebook
 *   project/<projectId>/layer/<articleId>/<coderId>   one coder's statements on one article
 *   project/<projectId>/gold/<articleId>              the curated (gold) statements on one article
 *
 * Each id is URI-encoded, so ids holding `/` stay one segment.
 */
export type TeamDocRef =
  | { kind: 'codebook'; projectId: string }
  | { kind: 'layer'; projectId: string; articleId: string; coderId: string }
  | { kind: 'gold'; projectId: string; articleId: string };

const PREFIX = 'project';

export function codebookDocName(projectId: string): string {
  return [PREFIX, enc(projectId), 'codebook'].join('/');
}

export function layerDocName(projectId: string, articleId: string, coderId: string): string {
  return [PREFIX, enc(projectId), 'layer', enc(articleId), enc(coderId)].join('/');
}

export function goldDocName(projectId: string, articleId: string): string {
  return [PREFIX, enc(projectId), 'gold', enc(articleId)].join('/');
}

export function teamDocName(ref: TeamDocRef): string {
  switch (ref.kind) {
    case 'codebook':
      return codebookDocName(ref.projectId);
    case 'layer':
      return layerDocName(ref.projectId, ref.articleId, ref.coderId);
    case 'gold':
      return goldDocName(ref.projectId, ref.articleId);
  }
}

/** The document a name points at, or null for a name no Quotemark client makes. */
export function parseDocName(name: string): TeamDocRef | null {
  const parts = name.split('/');
  if (parts[0] !== PREFIX) return null;
  const decoded = parts.map(dec);
  if (decoded.some((part) => part === null || part === '')) return null;
  const [, projectId, kind, articleId, coderId] = decoded as string[];
  if (projectId === undefined) return null;
  if (kind === 'codebook' && parts.length === 3) return { kind: 'codebook', projectId };
  if (kind === 'gold' && parts.length === 4 && articleId !== undefined) return { kind: 'gold', projectId, articleId };
  if (kind === 'layer' && parts.length === 5 && articleId !== undefined && coderId !== undefined) {
    return { kind: 'layer', projectId, articleId, coderId };
  }
  return null;
}

const enc = (id: string) => encodeURIComponent(id);

function dec(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** The views a hash URL can name. */
export type Route =
  | { view: 'library' }
  | { view: 'article'; articleId: string; statementId?: string }
  | { view: 'speakers' }
  | { view: 'speaker'; speakerId: string }
  | { view: 'stances' }
  | { view: 'topics' }
  | { view: 'topic'; topicId: string }
  | { view: 'settings' }
  /** A team project's agreement report; without a project, the first joined. */
  | { view: 'agreement'; projectId?: string }
  /** Curation of a team project's article into its gold layer; without an article, the list to choose from. */
  | { view: 'curation'; projectId?: string; articleId?: string }
  /** A team project's join link (`#/join?server=…&token=…`), read whole by core/team/joinLink. */
  | { view: 'join'; link: string }
  | { view: 'not-found'; hash: string };

/**
 * Read a location hash such as `#/articles/ID?statement=SID`. Hash routes keep
 * the app a static site: any pasted URL works and the back button too.
 */
export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?', 2);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { view: 'library' };
  if (parts[0] === 'articles' && parts[1] && parts.length === 2) {
    const statementId = new URLSearchParams(query).get('statement') ?? undefined;
    return statementId
      ? { view: 'article', articleId: parts[1], statementId }
      : { view: 'article', articleId: parts[1] };
  }
  if (parts[0] === 'speakers' && parts.length === 1) return { view: 'speakers' };
  if (parts[0] === 'speakers' && parts[1] && parts.length === 2) return { view: 'speaker', speakerId: parts[1] };
  if (parts[0] === 'stances' && parts.length === 1) return { view: 'stances' };
  if (parts[0] === 'topics' && parts.length === 1) return { view: 'topics' };
  if (parts[0] === 'topics' && parts[1] && parts.length === 2) return { view: 'topic', topicId: parts[1] };
  if (parts[0] === 'settings' && parts.length === 1) return { view: 'settings' };
  if (parts[0] === 'agreement' && parts.length === 1) {
    const projectId = new URLSearchParams(query).get('project') ?? undefined;
    return projectId ? { view: 'agreement', projectId } : { view: 'agreement' };
  }
  if (parts[0] === 'curation' && parts.length === 1) {
    const params = new URLSearchParams(query);
    const projectId = params.get('project') ?? undefined;
    const articleId = params.get('article') ?? undefined;
    return { view: 'curation', ...(projectId ? { projectId } : {}), ...(articleId ? { articleId } : {}) };
  }
  if (parts[0] === 'join' && parts.length === 1) return { view: 'join', link: hash };
  return { view: 'not-found', hash };
}

/** The hash URL of an article, optionally pointing at one statement. */
export function articleHref(articleId: string, statementId?: string): string {
  const base = `#/articles/${encodeURIComponent(articleId)}`;
  return statementId ? `${base}?statement=${encodeURIComponent(statementId)}` : base;
}

/** The hash URL of a speaker's page. */
export const speakerHref = (speakerId: string) => `#/speakers/${encodeURIComponent(speakerId)}`;

/** The hash URL of the list of every topic. */
export const TOPICS_HREF = '#/topics';

/** The hash URL of a topic's page. */
export const topicHref = (topicId: string) => `#/topics/${encodeURIComponent(topicId)}`;

/** The hash URL of a team project's agreement report. */
export const agreementHref = (projectId: string) => `#/agreement?project=${encodeURIComponent(projectId)}`;

/** The hash URL of the Curation view: a project's articles to choose from, or one article's units. */
export function curationHref(projectId: string, articleId?: string): string {
  const base = `#/curation?project=${encodeURIComponent(projectId)}`;
  return articleId ? `${base}&article=${encodeURIComponent(articleId)}` : base;
}

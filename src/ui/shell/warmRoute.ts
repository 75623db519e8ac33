import { appDatabase } from '../../storage/database/appDatabase';
import { warmArticle, warmLibraryArticles, warmSpeakerSummaries } from '../../storage/live/liveQueries';
import { warmSpeakerRecords } from '../../storage/reads/readSpeakerRecords';
import { warmStanceRecords } from '../../storage/reads/readStanceRecords';
import { warmTopicRecords } from '../../storage/reads/readTopicRecords';
import { hashLinkOf } from '../routing/hashLinkOf';
import { parseRoute } from '../routing/parseRoute';

/**
 * Start reading what the view a hash URL leads to opens with. Loaded by
 * src/main.tsx on its own, without React, so that the reads run in the
 * browser's IndexedDB while React and the view's code are still evaluated.
 */
export function warmRoute(hash: string): void {
  const route = parseRoute(hash);
  if (route.view === 'library') warmLibraryArticles(appDatabase);
  else if (route.view === 'speakers') warmSpeakerSummaries(appDatabase);
  else if (route.view === 'article') warmArticle(appDatabase, route.articleId);
  else if (route.view === 'stances') warmStanceRecords(appDatabase);
  else if (route.view === 'speaker') warmSpeakerRecords(appDatabase, route.speakerId);
  else if (route.view === 'topic') warmTopicRecords(appDatabase, route.topicId);
}

/**
 * Warm each view the page goes to, as soon as the browser says it will:
 * at the press on a link (a click lands 50–150 ms later, and React's
 * render of the change after that), and at any other change of the hash
 * (keys, Back, a typed URL). A read already running is not started again.
 * Returns the function that stops it.
 */
export function warmOnNavigation(target: Window = window): () => void {
  const onPress = (event: Event) => {
    const href = hashLinkOf(event);
    if (href) warmRoute(href);
  };
  const onHashChange = () => warmRoute(target.location.hash);
  target.addEventListener('pointerdown', onPress, { capture: true, passive: true });
  target.addEventListener('hashchange', onHashChange);
  return () => {
    target.removeEventListener('pointerdown', onPress, { capture: true });
    target.removeEventListener('hashchange', onHashChange);
  };
}

import type { Route } from '../routing/parseRoute';

/**
 * The views, each its own chunk loaded on first visit: the article view
 * carries TipTap and ProseMirror (half the JavaScript), the review views
 * their aggregation and charts, so the Library opens without any of them;
 * and the Library's import and paste code is not in an article's way.
 */
export const viewChunks = {
  library: () => import('../library/LibraryView'),
  article: () => import('../article/ArticleView'),
  speakers: () => import('../speakers/SpeakersView'),
  speaker: () => import('../speakers/SpeakerPage'),
  stances: () => import('../stances/StancesView'),
  topics: () => import('../topics/TopicsView'),
  topic: () => import('../topics/TopicPage'),
  settings: () => import('../settings/SettingsView'),
  agreement: () => import('../agreement/AgreementView'),
  curation: () => import('../curation/CurationView'),
  join: () => import('../team/JoinView'),
} satisfies Partial<Record<Route['view'], () => Promise<unknown>>>;

import type { Route } from './parseRoute';

/**
 * The views loaded on first visit, each its own chunk: the article view
 * carries TipTap and ProseMirror (half the JavaScript), the review views
 * their aggregation and charts, so the Library opens without any of them.
 */
export const viewChunks = {
  article: () => import('../article/ArticleView'),
  speakers: () => import('../speakers/SpeakersView'),
  speaker: () => import('../speakers/SpeakerPage'),
  stances: () => import('../stances/StancesView'),
  topic: () => import('../topics/TopicPage'),
  settings: () => import('../settings/SettingsView'),
} satisfies Partial<Record<Route['view'], () => Promise<unknown>>>;

import { lazy, Suspense } from 'react';
import { ErrorBoundary } from './common/ErrorBoundary';
import { HistoryControls } from './history/HistoryControls';
import { LibraryView } from './library/LibraryView';
import { DataSafetyNotices } from './settings/DataSafetyNotices';
import { useHashRoute } from './routing/useHashRoute';
import { parseRoute, type Route } from './routing/parseRoute';
import { viewChunks } from './routing/viewChunks';
import { appDatabase } from '../storage/appDatabase';

// Opened straight on a view, the page fetches that view's code (and, for an
// article, opens the database) while React starts, not after.
const opening = parseRoute(window.location.hash).view;
if (opening in viewChunks) void viewChunks[opening as keyof typeof viewChunks]().catch(() => undefined); // the lazy view reports a failure
if (opening === 'article') appDatabase.open().catch(() => undefined); // StorageGuard reports a failure
const ArticleView = lazy(() => viewChunks.article().then((m) => ({ default: m.ArticleView })));
const SpeakersView = lazy(() => viewChunks.speakers().then((m) => ({ default: m.SpeakersView })));
const SpeakerPage = lazy(() => viewChunks.speaker().then((m) => ({ default: m.SpeakerPage })));
const StancesView = lazy(() => viewChunks.stances().then((m) => ({ default: m.StancesView })));
const TopicPage = lazy(() => viewChunks.topic().then((m) => ({ default: m.TopicPage })));
const SettingsView = lazy(() => viewChunks.settings().then((m) => ({ default: m.SettingsView })));

const NAV = [
  { href: '#/', label: 'Library', views: ['library', 'article'] },
  { href: '#/speakers', label: 'Speakers', views: ['speakers', 'speaker'] },
  { href: '#/stances', label: 'Stances', views: ['stances', 'topic'] },
  { href: '#/settings', label: 'Settings', views: ['settings'] },
] as const;

/** The shell: navigation and the view the hash names. */
export function App() {
  const route = useHashRoute();
  return (
    <div className="qm-app">
      <header className="qm-header">
        <a className="qm-brand" href="#/">
          Quotemark
        </a>
        <nav aria-label="Main">
          {NAV.map((item) => (
            <a
              key={item.href}
              href={item.href}
              aria-current={(item.views as readonly string[]).includes(route.view) ? 'page' : undefined}
            >
              {item.label}
            </a>
          ))}
        </nav>
        <HistoryControls />
      </header>
      <DataSafetyNotices />
      <main className="qm-main">
        <ErrorBoundary key={route.view}>
          <Suspense fallback={<p aria-busy="true">Loading…</p>}>{renderRoute(route)}</Suspense>
        </ErrorBoundary>
      </main>
    </div>
  );
}

function renderRoute(route: Route) {
  switch (route.view) {
    case 'library':
      return <LibraryView />;
    case 'article':
      return <ArticleView key={route.articleId} articleId={route.articleId} statementId={route.statementId} />;
    case 'speakers':
      return <SpeakersView />;
    case 'speaker':
      return <SpeakerPage key={route.speakerId} speakerId={route.speakerId} />;
    case 'stances':
      return <StancesView />;
    case 'topic':
      return <TopicPage key={route.topicId} topicId={route.topicId} />;
    case 'settings':
      return <SettingsView />;
    case 'not-found':
      return (
        <p role="alert">
          There is no page at “{route.hash}”. <a href="#/">Go to the Library</a>.
        </p>
      );
  }
}

import { useEffect } from 'react';
import { AppHeader } from './AppHeader';
import { ErrorBoundary } from './common/ErrorBoundary';
import { useAskBeforeUnloadWhileWriting } from './common/useAskBeforeUnloadWhileWriting';
import { DataSafetyNotices } from './settings/DataSafetyNotices';
import { useHashRoute } from './routing/useHashRoute';
import type { Route } from './routing/parseRoute';
import { DeferredView } from './shell/DeferredView';
import { loadOnIntent } from './shell/loadOnIntent';

/** The shell: navigation and the view the hash names. */
export function App() {
  const route = useHashRoute();
  useEffect(loadOnIntent, []);
  useAskBeforeUnloadWhileWriting();
  return (
    <div className="qm-app">
      <AppHeader route={route} />
      <DataSafetyNotices />
      <main className="qm-main">
        <ErrorBoundary key={route.view}>{renderRoute(route)}</ErrorBoundary>
      </main>
    </div>
  );
}

function renderRoute(route: Route) {
  switch (route.view) {
    case 'library':
      return <DeferredView view="library">{(m) => <m.LibraryView />}</DeferredView>;
    case 'article':
      return (
        <DeferredView view="article">
          {(m) => <m.ArticleView key={route.articleId} articleId={route.articleId} statementId={route.statementId} />}
        </DeferredView>
      );
    case 'speakers':
      return <DeferredView view="speakers">{(m) => <m.SpeakersView />}</DeferredView>;
    case 'speaker':
      return (
        <DeferredView view="speaker">
          {(m) => <m.SpeakerPage key={route.speakerId} speakerId={route.speakerId} />}
        </DeferredView>
      );
    case 'stances':
      return <DeferredView view="stances">{(m) => <m.StancesView />}</DeferredView>;
    case 'topics':
      return <DeferredView view="topics">{(m) => <m.TopicsView />}</DeferredView>;
    case 'topic':
      return (
        <DeferredView view="topic">{(m) => <m.TopicPage key={route.topicId} topicId={route.topicId} />}</DeferredView>
      );
    case 'settings':
      return <DeferredView view="settings">{(m) => <m.SettingsView />}</DeferredView>;
    case 'agreement':
      return (
        <DeferredView view="agreement">
          {(m) => <m.AgreementView key={route.projectId} projectId={route.projectId} />}
        </DeferredView>
      );
    case 'curation':
      return (
        <DeferredView view="curation">
          {(m) => (
            <m.CurationView
              key={`${route.projectId ?? ''}/${route.articleId ?? ''}`}
              projectId={route.projectId}
              articleId={route.articleId}
            />
          )}
        </DeferredView>
      );
    case 'join':
      return <DeferredView view="join">{(m) => <m.JoinView key={route.link} link={route.link} />}</DeferredView>;
    case 'not-found':
      return (
        <p role="alert">
          There is no page at “{route.hash}”. <a href="#/">Go to the Library</a>.
        </p>
      );
  }
}

import { useCallback, useEffect, useRef, useState } from 'react';
import type * as ArticleTextModule from './ArticleText';
import type { ArticleTextProps } from './ArticleText';
import { StaticArticleText, type Handover } from './static/StaticArticleText';
import { cancelIdle, whenIdle } from './whenIdle';

type EditorModule = typeof ArticleTextModule;

// The editor's code (TipTap and ProseMirror: half the app's JavaScript) is
// its own chunk, fetched and run once the article is on screen.
let editorModule: EditorModule | undefined;
let editorLoad: Promise<EditorModule> | undefined;
function loadEditor(): Promise<EditorModule> {
  editorLoad ??= import('./ArticleText').then(
    (module) => (editorModule = module),
    (error: unknown) => {
      editorLoad = undefined; // the next press tries again
      throw error;
    },
  );
  return editorLoad;
}

/**
 * The article text as a person reads it first: painted at once as plain DOM
 * (StaticArticleText, no editor code needed), then taken over by the editor
 * (ArticleText, same props) when the page is idle, or as soon as its code is
 * there once the person presses a key or the mouse in it. The editor never
 * takes over under a pressed mouse button, so a drag-selection under way
 * goes on; the selection made in the static text and the focus pass to the
 * editor, which reports the selection as its own. With an active statement
 * or in edit-text mode the editor is needed at once: it takes over as soon
 * as its code is there.
 */
export function ArticleReader(props: ArticleTextProps) {
  const needed = props.editable === true || (props.activeStatementId ?? null) !== null;
  const [live, setLive] = useState(() => needed && editorModule !== undefined);
  const wanted = useRef(false);
  const pressed = useRef(false);
  const handover = useRef<Handover | null>(null);

  // Refs and a state setter only: the same functions serve every render.
  const takeOver = useCallback(() => {
    if (wanted.current && !pressed.current && editorModule) setLive(true);
  }, []);
  const want = useCallback(() => {
    wanted.current = true;
    loadEditor().then(takeOver, () => undefined);
  }, [takeOver]);

  useEffect(() => {
    if (needed) want();
  }, [needed, want]);

  useEffect(() => {
    // The first idle moment after the first paint fetches the code, the next one mounts it.
    let idle = whenIdle(() => {
      idle = 0;
      loadEditor().then(
        () => (idle = whenIdle(() => ((idle = 0), want()))),
        () => undefined,
      );
    });
    // After the browser has set the selection the release ends.
    const onRelease = () => {
      if (!pressed.current) return;
      pressed.current = false;
      setTimeout(takeOver, 0);
    };
    document.addEventListener('mouseup', onRelease, true);
    return () => {
      if (idle) cancelIdle(idle);
      document.removeEventListener('mouseup', onRelease, true);
    };
  }, [want, takeOver]);

  // Needed and there: taken over in this very render, so the static text
  // never shows a moment longer than it must (a highlight chosen in it is
  // drawn active by the editor in the same frame as the form opens). Once
  // live, the editor stays.
  if (!live && needed && editorModule) setLive(true);
  if ((live || needed) && editorModule) return <editorModule.ArticleText {...props} handover={handover} />;
  return (
    <StaticArticleText
      text={props.text}
      highlights={props.highlights}
      activeStatementId={props.activeStatementId}
      revealRequest={props.revealRequest}
      label={props.label}
      onHighlightClick={props.onHighlightClick}
      onPress={(kind) => {
        if (kind === 'mouse') pressed.current = true;
        want();
      }}
      handover={handover}
    />
  );
}

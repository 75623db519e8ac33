import { useSyncExternalStore } from 'react';
import { UndoHistory, type HistoryStep } from '../../core/history/UndoHistory';
import { changeScope, LIBRARY_SCOPE, type UndoScope } from '../../core/history/UndoScope';
import type { Change } from '../../core/model/change';
import { err, ok, type Result } from '../../core/result';
import { appDatabase } from '../../storage/database/appDatabase';
import { applyChange } from '../../storage/writes/applyChange';
import { getArticle } from '../../storage/repositories/articleRepository';
import { settleWrite } from '../common/settleWrite';
import { parseRoute } from '../routing/parseRoute';

// One history for the session, whose steps are scoped (see UndoScope): an
// article's view undoes that article's steps, the other views any step.
let history = UndoHistory.empty();
let queue: Promise<unknown> = Promise.resolve();
// Writes whose change is not recorded yet: an undo waits for them, or it
// would step over a change that is already in the store.
const inFlight = new Set<Promise<unknown>>();
// Articles whose text is open for editing: their view neither undoes nor
// redoes, since a step could change the text under the edit (which then
// could not be saved) or take back the edit's own starting point.
let held: ReadonlySet<string> = new Set();
const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};
const publish = (next: UndoHistory) => {
  history = next;
  notify();
};

/** Hold the history of an article while its text is being edited; returns the release. */
export function holdArticleHistory(articleId: string): () => void {
  held = new Set([...held, articleId]);
  notify();
  return () => {
    held = new Set([...held].filter((id) => id !== articleId));
    notify();
  };
}

/** Whether a view of scope `view` is an article whose text is being edited. */
const isHeld = (view: UndoScope) => view.kind === 'article' && held.has(view.articleId);

/** Why Undo and Redo are off in `view` (its text is being edited), or undefined when they are not. */
export function useHistoryHold(view: UndoScope): string | undefined {
  return useSyncExternalStore(subscribe, () => (isHeld(view) ? HELD : undefined));
}

const HELD =
  'Save or cancel your edit of the text first; while it is open, the editor has its own undo (Ctrl+Z in the text).';

/**
 * Remember a step the person took, so it can be undone. Its scope comes from
 * the records it touched; a step of speakers or topics alone belongs to the
 * article on screen, if any (a speaker added or edited from the article).
 */
export function recordChange(change: Change): void {
  const route = parseRoute(window.location.hash);
  publish(history.push(change, changeScope(change, route.view === 'article' ? route.articleId : undefined)));
}

/**
 * Run a write that will record a change; undo and redo wait for it. A
 * storage failure (quota, closed library) comes back as an error value the
 * form shows, never as an unhandled rejection.
 */
export function trackWrite<T, E = string>(write: Promise<Result<T, E>>): Promise<Result<T, E | string>> {
  const settled = settleWrite(write);
  inFlight.add(settled);
  void settled.then(
    () => inFlight.delete(settled),
    () => inFlight.delete(settled),
  );
  return settled;
}

/** What an undo or redo did, and where: the article it was in, when the view is not that article. */
export interface StepReport {
  label: string;
  elsewhere?: { articleId: string; title: string };
}

/**
 * Undo or redo the next step that `view` reaches. The store checks that the
 * records are still as the step left them; if another tab (or a later step
 * of another view) changed them since, nothing is written and the history
 * stays where it was.
 */
export function stepHistory(direction: 'undo' | 'redo', view: UndoScope = LIBRARY_SCOPE): Promise<Result<StepReport>> {
  return inTurn(async () => {
    const step = direction === 'undo' ? history.nextUndo(view) : history.nextRedo(view);
    if (!step) return err(await nothingHere(direction, view));
    return applyStep(step, direction, view);
  });
}

/**
 * Undo one particular step, the one that made `change` ("Statement deleted
 * — Undo"), whether or not it is the latest: the store refuses it, as any
 * undo, when a later step changed the same records since.
 */
export function undoChange(change: Change): Promise<Result<StepReport>> {
  return inTurn(async () => {
    const step = history.stepOf(change);
    if (!step) return err(`“${change.label}” was already undone.`);
    return applyStep(step, 'undo', step.scope);
  });
}

/**
 * Steps run one after another, in the order they were asked for (five
 * quick Ctrl+Z are five undos), each after the writes still in flight.
 */
function inTurn(run: () => Promise<Result<StepReport>>): Promise<Result<StepReport>> {
  const step = queue.then(async () => {
    await Promise.allSettled([...inFlight]);
    return run();
  });
  queue = step.then(
    () => undefined,
    () => undefined,
  );
  return step;
}

async function applyStep(step: HistoryStep, direction: 'undo' | 'redo', view: UndoScope): Promise<Result<StepReport>> {
  if (isHeld(view)) return err(`Could not ${direction}: ${HELD.charAt(0).toLowerCase()}${HELD.slice(1)}`);
  const { label } = step.change;
  const result = await settleWrite(applyChange(appDatabase, step.change, direction));
  if (!result.ok) {
    // Most often a later step of another view changed the same records: say which.
    const blocker = direction === 'undo' ? history.blockerOf(step) : undefined;
    if (!blocker) return result;
    return err(
      `Could not undo “${label}”: a later step changed or uses what it did; first undo “${blocker.change.label}” ${await placeOf(blocker.scope)}. Nothing was changed.`,
    );
  }
  publish(direction === 'undo' ? history.undo(step) : history.redo(step));
  if (step.scope.kind === 'library' || view.kind === 'article') return ok({ label });
  const article = await getArticle(appDatabase, step.scope.articleId);
  return ok({
    label,
    elsewhere: { articleId: step.scope.articleId, title: article?.title ?? 'an article no longer in the library' },
  });
}

/** Why a view has nothing to undo or redo, pointing at the Library when other views do. */
async function nothingHere(direction: 'undo' | 'redo', view: UndoScope): Promise<string> {
  const elsewhere = direction === 'undo' ? history.nextUndo() : history.nextRedo();
  if (view.kind === 'library' || !elsewhere) return `There is nothing to ${direction}.`;
  return `There is nothing to ${direction} in this article. The latest step elsewhere, “${elsewhere.change.label}” ${await placeOf(elsewhere.scope)}, can be ${direction === 'undo' ? 'undone' : 'redone'} from the Library.`;
}

/** "in the article “Title”" or "across the library", for a sentence. */
async function placeOf(scope: HistoryStep['scope']): Promise<string> {
  if (scope.kind === 'library') return 'across the library';
  const article = await getArticle(appDatabase, scope.articleId);
  return article ? `in the article “${article.title}”` : 'in an article no longer in the library';
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The session's undo history, re-rendering when it moves. */
export function useHistory(): UndoHistory {
  return useSyncExternalStore(subscribe, () => history);
}

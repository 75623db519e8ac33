import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appDatabase } from '../../../src/storage/database/appDatabase';
import { liveArticle } from '../../../src/storage/live/liveQueries';
import { liveStanceRecords, stanceEntries } from '../../../src/storage/reads/readStanceRecords';
import { warmLiveQuery } from '../../../src/storage/reads/sharedLiveQuery';
import { warmOnNavigation } from '../../../src/ui/shell/warmRoute';
import { reviewRecords } from '../review/reviewRecords';

// Each test warms a different view: a shared live query outlives its last watcher by seconds.
let stop: () => void = () => undefined;

/** Press (pointerdown) on the text inside a link, as a person's mouse does. */
function pressLink(href: string) {
  const link = document.createElement('a');
  link.href = href;
  const label = link.appendChild(document.createElement('span'));
  label.textContent = 'Go';
  document.body.append(link);
  label.dispatchEvent(new Event('pointerdown', { bubbles: true }));
}

beforeEach(async () => {
  await Promise.all(appDatabase.tables.map((t) => t.clear()));
  await appDatabase.transaction(
    'rw',
    [appDatabase.articles, appDatabase.speakers, appDatabase.topics, appDatabase.statements],
    async () => {
      await appDatabase.articles.bulkPut(reviewRecords.articles);
      await appDatabase.speakers.bulkPut(reviewRecords.speakers);
      await appDatabase.topics.bulkPut(reviewRecords.topics);
      await appDatabase.statements.bulkPut(reviewRecords.statements);
    },
  );
  stop = warmOnNavigation(window);
});
afterEach(() => {
  stop();
  document.body.replaceChildren();
});

describe('warmOnNavigation', () => {
  it('starts reading the Stances view’s records at the press on a link to it, before any click or render', async () => {
    const records = liveStanceRecords(appDatabase);
    expect(records.hasValue()).toBe(false);
    pressLink('#/stances');
    await vi.waitFor(() => expect(records.hasValue()).toBe(true));
    const value = records.getValue();
    expect((value ? stanceEntries(value) : []).map((s) => s.id).sort()).toEqual(
      reviewRecords.statements.map((s) => s.id).sort(),
    );
  });

  it('starts reading an article when the hash changes to it (keys, Back, a typed URL)', async () => {
    const article = liveArticle(appDatabase, 'a1');
    expect(article.hasValue()).toBe(false);
    window.location.hash = '#/articles/a1';
    await vi.waitFor(() => expect(article.getValue()?.title).toBe('Beijing rejects sanctions'));
  });

  it('reads nothing for a press outside links, and nothing once stopped', async () => {
    const article = liveArticle(appDatabase, 'missing-article');
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    stop();
    pressLink('#/articles/missing-article');
    // The same read for another article, started after the presses, has
    // answered: IndexedDB runs reads in order, so had a press started this
    // one, it would have answered first.
    const control = liveArticle(appDatabase, 'control-article');
    warmLiveQuery(control);
    await vi.waitFor(() => expect(control.hasValue()).toBe(true));
    expect(article.hasValue()).toBe(false);
  });
});

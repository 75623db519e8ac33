import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

// The chunk imports stand in for the network: each records that it was asked for.
const asked: string[] = [];
vi.mock('../../../src/ui/shell/viewChunks', () => ({
  viewChunks: Object.fromEntries(
    ['article', 'speakers', 'speaker', 'stances', 'topic', 'settings'].map((view) => [
      view,
      () => {
        asked.push(view);
        return Promise.resolve({});
      },
    ]),
  ),
}));

const { loadOnIntent } = await import('../../../src/ui/shell/loadOnIntent');

describe('loadOnIntent', () => {
  it('loads the code of the view a link leads to when the pointer rests on it or the keyboard reaches it, once', async () => {
    const stop = loadOnIntent();
    render(
      <nav>
        <a href="#/">Library</a>
        <a href="#/stances">
          <span>Stances</span>
        </a>
        <a href="#/articles/a1">An article</a>
        <a href="https://example.org/">Elsewhere</a>
        <a href="#/settings">Settings</a>
      </nav>,
    );
    const user = userEvent.setup();
    await user.hover(screen.getByText('Library'));
    await user.hover(screen.getByText('Elsewhere'));
    expect(asked).toEqual([]);

    await user.hover(screen.getByText('Stances'));
    await user.hover(screen.getByText('Library'));
    await user.hover(screen.getByText('Stances'));
    expect(asked).toEqual(['stances']);

    screen.getByRole('link', { name: 'An article' }).focus();
    expect(asked).toEqual(['stances', 'article']);

    stop();
    await user.hover(screen.getByText('Settings'));
    screen.getByRole('link', { name: 'Settings' }).focus();
    expect(asked).toEqual(['stances', 'article']);
  });
});

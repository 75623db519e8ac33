import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createAnchor } from '../../../src/core/anchoring/createAnchor';
import type { Speaker } from '../../../src/core/model/speaker';
import { ok } from '../../../src/core/result';
import type { StatementDraft } from '../../../src/core/statements/statementDraft';
import { StatementForm } from '../../../src/ui/article/StatementForm';

const text = '“The door to Xinjiang is always open,” Hua said.';
const quote = createAnchor(text, 1, 37)!;
const cue = createAnchor(text, 43, 47)!;
const stamp = '2026-11-28T12:00:00.000Z';
const hua: Speaker = {
  id: 'hua',
  name: 'Hua Chunying',
  aliases: [],
  kind: 'person',
  createdAt: stamp,
  updatedAt: stamp,
};

/** The form beside a stand-in for the article text, which takes focus as the real one does after a mouse selection. */
function setup(editingText = false) {
  const onSave = vi.fn(async (draft: StatementDraft) => ok(draft));
  render(
    <>
      <div role="article" tabIndex={-1}>
        {text}
      </div>
      <StatementForm
        articleId="a1"
        quote={quote}
        speakers={[hua]}
        topics={[]}
        onSave={onSave}
        onCancel={() => {}}
        selectionAnchor={() => cue}
        onAddAlias={async () => ok(undefined)}
        onEditSpeaker={() => {}}
        focusSpeakerOnOpen={false}
        editingText={editingText}
      />
    </>,
  );
  return { onSave, user: userEvent.setup(), article: screen.getByRole('article') };
}

describe('StatementForm: Ctrl+Enter saves from anywhere while the form is open', () => {
  it('saves with focus in the article right after marking the cue with C', async () => {
    const { onSave, user, article } = setup();
    await user.type(screen.getByRole('combobox', { name: 'Speaker' }), 'Hua Chunying{Enter}');
    article.focus();
    await user.keyboard('c');
    expect(screen.getByText('said', { selector: '.qm-cue-preview' })).toBeTruthy();
    expect(document.activeElement).toBe(article);
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ speaker: { id: 'hua' }, cue, quote }));
  });

  it('saves with focus on the page itself', async () => {
    const { onSave, user } = setup();
    await user.type(screen.getByRole('combobox', { name: 'Speaker' }), 'Hua Chunying{Enter}');
    (document.activeElement as HTMLElement | null)?.blur();
    expect(document.activeElement).toBe(document.body);
    await user.keyboard('{Meta>}{Enter}{/Meta}');
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
  });

  // fireEvent returns false when a handler took the key (preventDefault), so
  // these say synchronously whether the form acted on it.
  it('ignores the key while an input method is composing', async () => {
    const { onSave, user, article } = setup();
    await user.type(screen.getByRole('combobox', { name: 'Speaker' }), 'Hua Chunying{Enter}');
    expect(fireEvent.keyDown(article, { key: 'Enter', ctrlKey: true, isComposing: true })).toBe(true);
    expect(fireEvent.keyDown(article, { key: 'Enter', ctrlKey: true, keyCode: 229 })).toBe(true);
    expect(fireEvent.keyDown(article, { key: 'Enter', ctrlKey: true })).toBe(false);
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
  });

  it('leaves Ctrl+Enter to the text while the article is in Edit text mode', async () => {
    const { onSave, user, article } = setup(true);
    await user.type(screen.getByRole('combobox', { name: 'Speaker' }), 'Hua Chunying{Enter}');
    expect(fireEvent.keyDown(article, { key: 'Enter', ctrlKey: true })).toBe(true);
    expect(fireEvent.keyDown(document.body, { key: 'Enter', ctrlKey: true })).toBe(true);
    expect(onSave).not.toHaveBeenCalled();
    // Inside the form it still saves.
    expect(fireEvent.keyDown(screen.getByLabelText('Note'), { key: 'Enter', ctrlKey: true })).toBe(false);
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
  });
});

import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createAnchor } from '../../../src/core/anchoring/createAnchor';
import type { Speaker } from '../../../src/core/model/speaker';
import { ok } from '../../../src/core/result';
import type { StatementDraft } from '../../../src/core/statements/statementDraft';
import { StatementForm } from '../../../src/ui/article/StatementForm';

const text = '“The door to Xinjiang is always open,” Hua said.';
const quote = createAnchor(text, 1, 37)!;
const stamp = '2026-11-28T12:00:00.000Z';
const hua: Speaker = {
  id: 'hua',
  name: 'Hua Chunying',
  aliases: ['Hua'],
  kind: 'person',
  role: 'Chinese Foreign Ministry spokesperson',
  createdAt: stamp,
  updatedAt: stamp,
};

// What the article view provides besides the data: no selection, no-op callbacks.
const support = {
  selectionAnchor: () => null,
  onAddAlias: async () => ok(undefined),
  onEditSpeaker: () => {},
  focusSpeakerOnOpen: false,
};

const setup = () => {
  const onSave = vi.fn(async (draft: StatementDraft) => ok(draft));
  render(<StatementForm articleId="a1" quote={quote} speakers={[hua]} topics={[]} onSave={onSave} onCancel={() => {}} {...support} />);
  return { onSave, user: userEvent.setup() };
};

describe('StatementForm', () => {
  it('picks a registered speaker by a lower-case alias and fills in their role', async () => {
    const { onSave, user } = setup();
    await user.type(screen.getByRole('combobox', { name: 'Speaker' }), 'hua{Enter}');
    expect(screen.getByRole('combobox', { name: 'Speaker' })).toHaveProperty('value', 'Hua Chunying');
    expect(screen.getByLabelText('Role')).toHaveProperty('value', 'Chinese Foreign Ministry spokesperson');
    expect(onSave).not.toHaveBeenCalled();
    await user.selectOptions(screen.getByLabelText('Stance'), 'Against');
    await user.click(screen.getByRole('button', { name: 'Save statement' }));
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({ speaker: { id: 'hua' }, stance: 'against', roleAtTime: 'Chinese Foreign Ministry spokesperson', quote }),
    );
  });

  it('creates a new speaker and topic from typed names, and Enter never submits', async () => {
    const { onSave, user } = setup();
    await user.type(screen.getByRole('combobox', { name: 'Speaker' }), 'Ned Price{Enter}');
    await user.type(screen.getByRole('combobox', { name: 'Topic' }), 'Access to Xinjiang{Enter}');
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByText(/New speaker/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save statement' }));
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({ speaker: { newName: 'Ned Price' }, topic: { newLabel: 'Access to Xinjiang' }, kind: 'indirect' }),
    );
  });

  it('guesses Direct for a quote that opens with a quotation mark and lists kinds by name', () => {
    const onSave = vi.fn();
    const withMark = createAnchor(text, 0, 38)!;
    render(<StatementForm articleId="a1" quote={withMark} speakers={[]} topics={[]} onSave={onSave} onCancel={() => {}} {...support} />);
    const kind = screen.getByLabelText('Kind') as HTMLSelectElement;
    expect(kind.value).toBe('direct');
    expect([...kind.options].map((o) => o.text)).toEqual(['Direct', 'Indirect', 'Mixed']);
    const stance = screen.getByLabelText('Stance') as HTMLSelectElement;
    expect([...stance.options].map((o) => o.text)).toEqual(['No stance', 'Favor', 'Against', 'Neutral', 'Mixed', 'Unclear']);
  });

  it('shows a refusal from storage in an alert', async () => {
    const onSave = vi.fn(async () => ({ ok: false as const, error: 'The quote no longer matches the article text.' }));
    render(<StatementForm articleId="a1" quote={quote} speakers={[]} topics={[]} onSave={onSave} onCancel={() => {}} {...support} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Save statement' }));
    expect((await screen.findByRole('alert')).textContent).toContain('no longer matches');
  });
});

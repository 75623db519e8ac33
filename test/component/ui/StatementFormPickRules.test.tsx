import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createAnchor } from '../../../src/core/anchoring/createAnchor';
import type { Speaker } from '../../../src/core/model/speaker';
import type { Topic } from '../../../src/core/model/topic';
import { ok } from '../../../src/core/result';
import type { StatementDraft } from '../../../src/core/statements/statementDraft';
import { StatementForm } from '../../../src/ui/article/StatementForm';

const text = '“The door to Xinjiang is always open,” Hua said.';
const quote = createAnchor(text, 1, 37)!;
const stamp = '2026-11-28T12:00:00.000Z';
const person = (id: string, name: string, aliases: string[] = [], role?: string): Speaker => ({
  id,
  name,
  aliases,
  kind: 'person',
  role,
  createdAt: stamp,
  updatedAt: stamp,
});
const speakers = [
  person('hua', 'Hua Chunying', ['华春莹'], 'Chinese Foreign Ministry spokesperson'),
  person('blinken', 'Antony Blinken', [], 'U.S. Secretary of State'),
  person('sasse', 'Ben Sasse'),
  { ...person('treasury', 'Treasury Department'), kind: 'organization' as const },
];
const topics: Topic[] = [{ id: 'sanctions', label: 'Sanctions over Xinjiang' }];

const setup = () => {
  const onSave = vi.fn(async (draft: StatementDraft) => ok(draft));
  const onAddAlias = vi.fn(async () => ok(undefined));
  render(
    <StatementForm
      articleId="a1"
      quote={quote}
      speakers={speakers}
      topics={topics}
      onSave={onSave}
      onCancel={() => {}}
      selectionAnchor={() => null}
      onAddAlias={onAddAlias}
      onEditSpeaker={() => {}}
      focusSpeakerOnOpen={false}
    />,
  );
  const speaker = screen.getByRole('combobox', { name: 'Speaker' }) as HTMLInputElement;
  const topic = screen.getByRole('combobox', { name: 'Topic' }) as HTMLInputElement;
  return { onSave, onAddAlias, speaker, topic, user: userEvent.setup() };
};
const question = (field: string) => screen.getByRole('group', { name: `${field}: did you mean` });

describe('Speaker and Topic boxes: Enter commits only what the person chose', () => {
  it('"sasse" + Enter adds no alias and picks nobody: it asks, and the answer picks', async () => {
    const { onAddAlias, speaker, user } = setup();
    await user.type(speaker, 'sasse{Enter}');
    expect(onAddAlias).not.toHaveBeenCalled();
    expect(speaker.value).toBe('sasse');
    expect(within(question('Speaker')).getByRole('status').textContent).toBe(
      '“sasse” matches no speaker exactly. Did you mean:',
    );
    await user.click(within(question('Speaker')).getByRole('button', { name: 'Ben Sasse' }));
    expect(speaker.value).toBe('Ben Sasse');
    expect(onAddAlias).not.toHaveBeenCalled();
  });

  it('adds an alias only when the person moves to that option', async () => {
    const { onAddAlias, speaker, user } = setup();
    await user.type(speaker, 'Sen. Ben Sasse');
    const list = screen.getByRole('listbox', { name: 'Speaker suggestions' });
    const options = within(list)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toEqual(['Add “Sen. Ben Sasse” as an alias of Ben Sasse', 'Create “Sen. Ben Sasse”']);
    expect(within(list).queryAllByRole('option', { selected: true })).toEqual([]);
    await user.keyboard('{Enter}');
    expect(onAddAlias).not.toHaveBeenCalled();
    expect(
      within(question('Speaker'))
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Ben Sasse', 'Create “Sen. Ben Sasse”']);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onAddAlias).toHaveBeenCalledWith('sasse', 'Sen. Ben Sasse');
  });

  it('picks the option moved to with the arrow keys, and a name typed exactly, ignoring case and accents', async () => {
    const { speaker, user } = setup();
    await user.type(speaker, 'hua{ArrowDown}{Enter}');
    expect(speaker.value).toBe('Hua Chunying');
    expect(screen.getByLabelText('Role')).toHaveProperty('value', 'Chinese Foreign Ministry spokesperson');
    await user.clear(speaker);
    await user.type(speaker, 'BÉN sasse{Enter}');
    expect(speaker.value).toBe('Ben Sasse');
  });

  it('"Bl" + Ctrl+Enter saves nothing and asks: create "Bl", or pick Antony Blinken', async () => {
    const { onSave, speaker, user } = setup();
    await user.type(speaker, 'Bl{Control>}{Enter}{/Control}');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('“Bl” matches no speaker exactly. Did you mean:');
    expect(onSave).not.toHaveBeenCalled();
    const asked = question('Speaker');
    expect(
      within(asked)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Antony Blinken', 'Create “Bl”']);
    expect(document.activeElement?.textContent).toBe('Antony Blinken');
    await user.click(within(asked).getByRole('button', { name: 'Antony Blinken' }));
    await user.click(screen.getByRole('button', { name: 'Save statement' }));
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({ speaker: { id: 'blinken' }, roleAtTime: 'U.S. Secretary of State' }),
    );
  });

  it('a stray "t" left in the box is asked about on Save, and can be created on purpose', async () => {
    const { onSave, speaker, user } = setup();
    await user.type(speaker, 't');
    await user.click(screen.getByRole('button', { name: 'Save statement' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toContain('“t” matches no speaker exactly');
    await user.click(within(question('Speaker')).getByRole('button', { name: 'Create “t”' }));
    await user.click(screen.getByRole('button', { name: 'Save statement' }));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ speaker: { newName: 't' } }));
  });

  it('"Sanctions over" + ArrowDown + Enter picks the existing topic; choosing Create offers it as "Did you mean"', async () => {
    const { onSave, speaker, topic, user } = setup();
    await user.type(speaker, 'Ben Sasse{Enter}');
    await user.type(topic, 'Sanctions over{ArrowDown}{Enter}');
    expect(topic.value).toBe('Sanctions over Xinjiang');
    await user.clear(topic);
    await user.type(topic, 'Sanctions over{ArrowDown}{ArrowDown}{Enter}');
    const asked = question('Topic');
    expect(within(asked).getByRole('status').textContent).toBe(
      '“Sanctions over” is very like an existing topic. Did you mean:',
    );
    await user.click(within(asked).getByRole('button', { name: 'Sanctions over Xinjiang' }));
    await user.click(screen.getByRole('button', { name: 'Save statement' }));
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({ speaker: { id: 'sasse' }, topic: { id: 'sanctions' } }),
    );
  });

  it('a name nothing resembles is created by Enter at once, without submitting', async () => {
    const { onSave, speaker, user } = setup();
    await user.type(speaker, 'Ned Price{Enter}');
    expect(screen.queryByRole('group', { name: 'Speaker: did you mean' })).toBeNull();
    expect(screen.getByText('New speaker: added to the registry when you save.')).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('Enter while an input method composes (华春莹 typed as pinyin) never commits nor submits', () => {
    const { onSave, speaker } = setup();
    speaker.focus();
    fireEvent.compositionStart(speaker);
    fireEvent.change(speaker, { target: { value: '华春' } });
    fireEvent.keyDown(speaker, { key: 'Enter', keyCode: 229, isComposing: true });
    fireEvent.keyDown(speaker, { key: 'Enter', keyCode: 229, isComposing: true, ctrlKey: true });
    expect(speaker.value).toBe('华春');
    expect(speaker.getAttribute('aria-expanded')).toBe('true');
    expect(screen.queryByRole('group', { name: 'Speaker: did you mean' })).toBeNull();
    fireEvent.change(speaker, { target: { value: '华春莹' } });
    fireEvent.compositionEnd(speaker);
    expect(speaker.value).toBe('华春莹');
    fireEvent.keyDown(speaker, { key: 'Enter', keyCode: 13 });
    expect(speaker.value).toBe('Hua Chunying');
    expect(onSave).not.toHaveBeenCalled();
  });
});

describe('a statement with no speaker', () => {
  it('asks "No speaker — save anyway?" and saves only when confirmed', async () => {
    const { onSave, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Save statement' }));
    expect(screen.getByRole('alert').textContent).toBe('No speaker — save anyway?');
    expect(onSave).not.toHaveBeenCalled();
    expect(document.activeElement?.textContent).toBe('Save without speaker');
    await user.keyboard('{Enter}');
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ speaker: null }));
  });

  it('"Choose a speaker" goes back to the Speaker box', async () => {
    const { onSave, speaker, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Save statement' }));
    await user.click(screen.getByRole('button', { name: 'Choose a speaker' }));
    expect(document.activeElement).toBe(speaker);
    expect(screen.queryByRole('alert')).toBeNull();
    await user.type(speaker, 'Antony Blinken{Enter}');
    await user.click(screen.getByRole('button', { name: 'Save statement' }));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ speaker: { id: 'blinken' } }));
  });
});

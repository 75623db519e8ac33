import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createAnchor } from '../../../src/core/anchoring/createAnchor';
import type { Speaker } from '../../../src/core/model/speaker';
import type { Statement } from '../../../src/core/model/statement';
import { ok } from '../../../src/core/result';
import type { StatementDraft } from '../../../src/core/statements/statementDraft';
import type { ConflictAwareResult } from '../../../src/storage/database/StatementConflict';
import { rememberOwnChange } from '../../../src/ui/article/ownStatementVersions';
import { StatementForm } from '../../../src/ui/article/StatementForm';
import { StatementGoneContext } from '../../../src/ui/article/StatementGoneContext';

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
  render(
    <StatementForm
      articleId="a1"
      quote={quote}
      speakers={[hua]}
      topics={[]}
      onSave={onSave}
      onCancel={() => {}}
      {...support}
    />,
  );
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
      expect.objectContaining({
        speaker: { id: 'hua' },
        stance: 'against',
        roleAtTime: 'Chinese Foreign Ministry spokesperson',
        quote,
      }),
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
      expect.objectContaining({
        speaker: { newName: 'Ned Price' },
        topic: { newLabel: 'Access to Xinjiang' },
        kind: 'direct',
      }),
    );
  });

  it('guesses Direct for a quote that opens with a quotation mark and lists kinds by name', () => {
    const onSave = vi.fn();
    const withMark = createAnchor(text, 0, 38)!;
    render(
      <StatementForm
        articleId="a1"
        quote={withMark}
        speakers={[]}
        topics={[]}
        onSave={onSave}
        onCancel={() => {}}
        {...support}
      />,
    );
    const kind = screen.getByLabelText('Kind') as HTMLSelectElement;
    expect(kind.value).toBe('direct');
    expect([...kind.options].map((o) => o.text)).toEqual(['Direct', 'Indirect', 'Mixed']);
    const stance = screen.getByLabelText('Stance') as HTMLSelectElement;
    expect([...stance.options].map((o) => o.text)).toEqual([
      'No stance',
      'Favor',
      'Against',
      'Neutral',
      'Mixed',
      'Unclear',
    ]);
  });

  it('guesses the kind of a new statement from the marks around the words, and keeps an edited statement’s kind', () => {
    const kindFor = (anchor: typeof quote, statement?: Statement) => {
      const { unmount } = render(
        <StatementForm
          articleId="a1"
          quote={anchor}
          statement={statement}
          speakers={[]}
          topics={[]}
          onSave={vi.fn()}
          onCancel={() => {}}
          {...support}
        />,
      );
      const value = (screen.getByLabelText('Kind') as HTMLSelectElement).value;
      unmount();
      return value;
    };
    // The words between the marks, without the marks: Direct.
    expect(kindFor(quote)).toBe('direct');
    // The attribution only: Indirect; quote and attribution together: Mixed.
    expect(kindFor(createAnchor(text, 39, 47)!)).toBe('indirect');
    expect(kindFor(createAnchor(text, 0, text.length)!)).toBe('mixed');
    // Editing never re-guesses: the stored kind stays.
    const stored: Statement = {
      id: 's1',
      articleId: 'a1',
      speakerId: null,
      quote,
      kind: 'indirect',
      tags: [],
      origin: 'manual',
      status: 'confirmed',
      createdAt: stamp,
      updatedAt: stamp,
    };
    expect(kindFor(quote, stored)).toBe('indirect');
  });

  it('shows a refusal from storage in an alert', async () => {
    const onSave = vi.fn(async () => ({ ok: false as const, error: 'The quote no longer matches the article text.' }));
    render(
      <StatementForm
        articleId="a1"
        quote={quote}
        speakers={[]}
        topics={[]}
        onSave={onSave}
        onCancel={() => {}}
        {...support}
      />,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Save statement' }));
    await user.click(screen.getByRole('button', { name: 'Save without speaker' }));
    expect((await screen.findByRole('alert')).textContent).toContain('no longer matches');
  });
});

type Save = (draft: StatementDraft) => Promise<ConflictAwareResult<unknown>>;

describe('StatementForm: a statement changed in another tab', () => {
  const opened: Statement = {
    id: 's1',
    articleId: 'a1',
    speakerId: 'hua',
    quote,
    kind: 'direct',
    tags: [],
    origin: 'manual',
    status: 'confirmed',
    createdAt: stamp,
    updatedAt: stamp,
  };
  const blinken: Speaker = { ...hua, id: 'blinken', name: 'Antony Blinken', aliases: [], role: undefined };
  const theirs: Statement = {
    ...opened,
    speakerId: 'blinken',
    stance: 'against',
    updatedAt: '2026-11-28T12:05:00.000Z',
  };

  const editing = (onSave: Save, onCancel = () => {}) => {
    const props = { articleId: 'a1', quote, speakers: [hua, blinken], topics: [], onSave, onCancel, ...support };
    const view = render(<StatementForm {...props} statement={opened} />);
    return {
      rerender: (statement: Statement) => view.rerender(<StatementForm {...props} statement={statement} />),
      user: userEvent.setup(),
    };
  };
  const conflictWith = (current: Statement | null) => ({
    ok: false as const,
    error: 'Nothing was saved.',
    conflict: { current },
  });

  it('says so at once when the stored statement changes, and keeps what was typed', async () => {
    const { rerender, user } = editing(vi.fn());
    await user.type(screen.getByLabelText('Claim'), 'Xinjiang is open.');
    rerender(theirs);
    expect(screen.getByRole('status').textContent).toMatch(
      /changed in another tab after you opened it: the speaker is now Antony Blinken, the stance is now Against/,
    );
    expect(screen.getByLabelText('Claim')).toHaveProperty('value', 'Xinjiang is open.');
    expect(screen.getByLabelText('Stance')).toHaveProperty('value', '');
  });

  it('on a conflict, warns with both choices; "Save mine anyway" re-saves the whole form on the new version', async () => {
    const onSave = vi.fn<Save>(async () => conflictWith(theirs));
    const { user } = editing(onSave);
    await user.type(screen.getByLabelText('Claim'), 'Xinjiang is open.');
    await user.click(screen.getByRole('button', { name: 'Save statement' }));
    expect(onSave).toHaveBeenLastCalledWith(
      expect.objectContaining({ id: 's1', baseUpdatedAt: stamp, claim: 'Xinjiang is open.' }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(
      /the speaker is now Antony Blinken, the stance is now Against\. Nothing was saved/,
    );
    expect(screen.getByLabelText('Claim')).toHaveProperty('value', 'Xinjiang is open.');
    onSave.mockResolvedValueOnce(ok(undefined));
    await user.click(screen.getByRole('button', { name: 'Save mine anyway' }));
    expect(onSave).toHaveBeenLastCalledWith(
      expect.objectContaining({
        id: 's1',
        baseUpdatedAt: theirs.updatedAt,
        claim: 'Xinjiang is open.',
        speaker: { id: 'hua' },
        stance: undefined,
      }),
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('"Use the other version" drops the edits and shows the stored statement', async () => {
    const onSave = vi.fn<Save>(async () => conflictWith(theirs));
    const { user } = editing(onSave);
    await user.type(screen.getByLabelText('Claim'), 'Xinjiang is open.');
    await user.click(screen.getByRole('button', { name: 'Save statement' }));
    await user.click(await screen.findByRole('button', { name: 'Use the other version' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByLabelText('Claim')).toHaveProperty('value', '');
    expect(screen.getByLabelText('Stance')).toHaveProperty('value', 'against');
    expect(screen.getByRole('combobox', { name: 'Speaker' })).toHaveProperty('value', 'Antony Blinken');
    await user.click(screen.getByRole('button', { name: 'Save statement' }));
    expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ baseUpdatedAt: theirs.updatedAt }));
  });

  it('a statement deleted meanwhile can be saved as a new statement or discarded', async () => {
    const onSave = vi.fn<Save>(async () => conflictWith(null));
    const onCancel = vi.fn();
    const { user } = editing(onSave, onCancel);
    await user.click(screen.getByRole('button', { name: 'Save statement' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/deleted in another tab after you opened it/);
    expect(screen.queryByRole('button', { name: 'Save mine anyway' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save mine as a new statement' }));
    const asNew = onSave.mock.lastCall?.[0];
    expect(asNew).toMatchObject({ articleId: 'a1', quote, speaker: { id: 'hua' } });
    expect(asNew?.id).toBeUndefined();
    expect(asNew?.baseUpdatedAt).toBeUndefined();
    await user.click(screen.getByRole('button', { name: 'Discard' }));
    expect(onCancel).toHaveBeenCalled();
  });

  it('says at once when the statement is deleted while the form is open', () => {
    render(
      <StatementGoneContext value={true}>
        <StatementForm
          articleId="a1"
          quote={quote}
          statement={opened}
          speakers={[hua]}
          topics={[]}
          onSave={vi.fn()}
          onCancel={() => {}}
          {...support}
        />
      </StatementGoneContext>,
    );
    expect(screen.getByRole('status').textContent).toMatch(/deleted in another tab after you opened it/);
  });

  it('takes in a change made in this tab (a stance key) without a warning, keeping what was typed', async () => {
    const { rerender, user } = editing(vi.fn());
    await user.type(screen.getByLabelText('Claim'), 'Xinjiang is open.');
    const stanced: Statement = { ...opened, stance: 'favor', updatedAt: '2026-11-28T12:01:00.000Z' };
    rememberOwnChange({
      label: 'save statement',
      before: { statements: { s1: opened } },
      after: { statements: { s1: stanced } },
    });
    rerender(stanced);
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByLabelText('Stance')).toHaveProperty('value', 'favor');
    expect(screen.getByLabelText('Claim')).toHaveProperty('value', 'Xinjiang is open.');
  });

  it('follows its words moved by an edit of the text without a warning', async () => {
    const onSave = vi.fn<Save>(async () => ok(undefined));
    const { rerender, user } = editing(onSave);
    await user.type(screen.getByLabelText('Claim'), 'Xinjiang is open.');
    const moved: Statement = {
      ...opened,
      quote: { ...quote, start: quote.start + 10, end: quote.end + 10 },
      updatedAt: '2026-11-28T12:02:00.000Z',
    };
    rerender(moved);
    expect(screen.queryByRole('status')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save statement' }));
    expect(onSave).toHaveBeenLastCalledWith(
      expect.objectContaining({ quote: moved.quote, baseUpdatedAt: moved.updatedAt, claim: 'Xinjiang is open.' }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { SPEAKER_PALETTE } from '../../../src/core/speakers/speakerColor';
import { addSpeakerAlias, createSpeaker, updateSpeaker } from '../../../src/storage/repositories/speakerRepository';
import { librarySnapshot, openTestDatabase, sequentialIds } from './testDatabase';

const T1 = new Date('2026-04-01T09:00:00Z');
const T2 = new Date('2026-04-02T09:00:00Z');

async function withBlinken() {
  const db = openTestDatabase();
  const created = await createSpeaker(
    db,
    {
      name: ' Antony Blinken ',
      aliases: ['Secretary of State Antony Blinken', 'secretary of state antony blinken', 'Antony Blinken'],
      kind: 'person',
      role: 'Secretary of State',
    },
    T1,
    sequentialIds('sp'),
  );
  if (!created.ok) throw new Error(created.error);
  return { db, blinken: created.value.speaker };
}

describe('createSpeaker', () => {
  it('stores the speaker, cleaned, with the first free colour, and returns its change', async () => {
    const db = openTestDatabase();
    const created = await createSpeaker(
      db,
      { name: 'Antony Blinken', aliases: [' Blinken ', 'blinken', 'ANTONY BLINKEN'], kind: 'person', notes: ' ' },
      T1,
      () => 'sp-1',
    );
    const speaker = {
      id: 'sp-1',
      name: 'Antony Blinken',
      aliases: ['Blinken'],
      kind: 'person',
      color: SPEAKER_PALETTE[0],
      createdAt: T1.toISOString(),
      updatedAt: T1.toISOString(),
    };
    expect(created).toEqual({
      ok: true,
      value: {
        speaker,
        change: {
          label: 'add speaker',
          before: { speakers: { 'sp-1': null } },
          after: { speakers: { 'sp-1': speaker } },
        },
      },
    });
    expect(await db.speakers.get('sp-1')).toEqual(speaker);
    const second = await createSpeaker(db, { name: 'Hua Chunying', kind: 'person' }, T1, () => 'sp-2');
    expect(second.ok && second.value.speaker.color).toBe(SPEAKER_PALETTE[1]);
  });

  it('refuses a name that is already a speaker’s name or alias, naming that speaker', async () => {
    const { db } = await withBlinken();
    const before = await librarySnapshot(db);
    expect(await createSpeaker(db, { name: 'ANTONY BLÍNKEN', kind: 'person' })).toEqual({
      ok: false,
      error:
        '“ANTONY BLÍNKEN” is already in the registry as Antony Blinken. Pick that speaker, or give this one a name that tells them apart.',
    });
    expect(await createSpeaker(db, { name: 'Secretary of State Antony Blinken', kind: 'person' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/already an alias of Antony Blinken/),
    });
    expect(await librarySnapshot(db)).toEqual(before);
  });

  it.each([
    [
      'an empty name',
      { name: '  ', kind: 'person' as const },
      /^The speaker could not be registered: name: Type the speaker’s name\.$/,
    ],
    ['a bad colour', { name: 'X', kind: 'person' as const, color: 'blue' }, /color: Give the colour as #rrggbb\./],
    [
      'an alias that is another speaker’s name',
      { name: 'Tony', kind: 'person' as const, aliases: ['Antony Blinken'] },
      /alias “Antony Blinken” is the name of another speaker/,
    ],
  ])('refuses %s', async (_, input, message) => {
    const { db } = await withBlinken();
    expect(await createSpeaker(db, input)).toMatchObject({ ok: false, error: expect.stringMatching(message) });
    expect(await db.speakers.count()).toBe(1);
  });
});

describe('updateSpeaker', () => {
  it('replaces the fields, keeps the colour left out, and returns before and after', async () => {
    const { db, blinken } = await withBlinken();
    const updated = await updateSpeaker(
      db,
      blinken.id,
      { name: 'Antony J. Blinken', aliases: ['Blinken'], kind: 'person', affiliation: 'State Department' },
      T2,
    );
    if (!updated.ok) throw new Error(updated.error);
    const expected = {
      ...blinken,
      name: 'Antony J. Blinken',
      aliases: ['Blinken'],
      affiliation: 'State Department',
      updatedAt: T2.toISOString(),
    };
    delete (expected as { role?: string }).role;
    expect(updated.value.speaker).toEqual(expected);
    expect(updated.value.change).toEqual({
      label: 'edit speaker',
      before: { speakers: { [blinken.id]: blinken } },
      after: { speakers: { [blinken.id]: expected } },
    });
    expect(await db.speakers.get(blinken.id)).toEqual(expected);
    const recoloured = await updateSpeaker(
      db,
      blinken.id,
      { name: 'Antony J. Blinken', kind: 'person', color: '#123456' },
      T2,
    );
    expect(recoloured.ok && recoloured.value.speaker.color).toBe('#123456');
  });

  it('refuses another speaker’s name and an unknown speaker', async () => {
    const { db, blinken } = await withBlinken();
    const hua = await createSpeaker(db, { name: 'Hua Chunying', kind: 'person' });
    if (!hua.ok) throw new Error(hua.error);
    const before = await librarySnapshot(db);
    expect(await updateSpeaker(db, hua.value.speaker.id, { name: 'antony blinken', kind: 'person' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/already in the registry as Antony Blinken/),
    });
    expect(await updateSpeaker(db, 'gone', { name: 'Someone', kind: 'person' })).toEqual({
      ok: false,
      error: 'That speaker is not in the registry any more.',
    });
    expect(await librarySnapshot(db)).toEqual(before);
    // Keeping its own name is no clash.
    expect((await updateSpeaker(db, blinken.id, { name: 'Antony Blinken', kind: 'person' })).ok).toBe(true);
  });
});

describe('addSpeakerAlias', () => {
  it('adds the alias, trimmed, and returns the change', async () => {
    const { db, blinken } = await withBlinken();
    const added = await addSpeakerAlias(db, blinken.id, '  Blinken ', T2);
    if (!added.ok) throw new Error(added.error);
    expect(added.value.speaker.aliases).toEqual([...blinken.aliases, 'Blinken']);
    expect(added.value.change).toMatchObject({ label: 'add alias', before: { speakers: { [blinken.id]: blinken } } });
    expect(await db.speakers.get(blinken.id)).toEqual(added.value.speaker);
  });

  it.each([
    ['an empty alias', '  ', /alias is empty/],
    [
      'a name the speaker already goes by',
      'secretary of state ANTONY blinken',
      /^Antony Blinken already goes by “secretary of state ANTONY blinken”\.$/,
    ],
    ['another speaker’s name', 'Hua Chunying', /alias “Hua Chunying” is the name of another speaker, Hua Chunying/],
  ])('refuses %s', async (_, alias, message) => {
    const { db, blinken } = await withBlinken();
    await createSpeaker(db, { name: 'Hua Chunying', kind: 'person' });
    const before = await librarySnapshot(db);
    expect(await addSpeakerAlias(db, blinken.id, alias)).toMatchObject({
      ok: false,
      error: expect.stringMatching(message),
    });
    expect(await librarySnapshot(db)).toEqual(before);
  });
});

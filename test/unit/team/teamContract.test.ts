import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SpeakerSchema, type Speaker } from '../../../src/core/model/speaker';
import { StatementSchema } from '../../../src/core/model/statement';
import { base64urlToText, textToBase64url } from '../../../src/core/team/base64url';
import { documentAccess } from '../../../src/core/team/documentAccess';
import {
  codebookDocName,
  goldDocName,
  layerDocName,
  parseDocName,
  teamDocName,
} from '../../../src/core/team/documentNames';
import { fieldConflicts } from '../../../src/core/team/fieldConflicts';
import { formatToken, readToken, signedTokenPart, type InvitePayload } from '../../../src/core/team/inviteToken';
import { formatJoinLink, parseJoinLink } from '../../../src/core/team/joinLink';
import { parseRefusalReason, refusalReason } from '../../../src/core/team/teamRefusal';
import { codebookTable, layerTable } from '../../../src/core/team/teamDocs';
import { readRecord, readRecords, writeRecord } from '../../../src/core/team/recordMap';
import { speaker, statement } from '../review/fixtures';

const at = (iso: string) => Date.parse(iso);

/** Two replicas exchanging everything they have, as a sync server would. */
function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

function replica(clientID: number): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  return doc;
}

const readSpeaker = (doc: Y.Doc, id: string) => {
  const read = readRecord(codebookTable(doc, 'speakers'), SpeakerSchema, id);
  if (!read?.ok) throw new Error(`speaker ${id} unreadable`);
  return read.value;
};

describe('team records in Yjs maps', () => {
  it('reads back the record it wrote, updatedAt included', () => {
    const doc = new Y.Doc();
    const written = statement('s1', 'a1', 'sp1', {
      claim: 'Sanctions work',
      stance: 'favor',
      cue: { start: 40, end: 44, exact: 'said', prefix: '', suffix: '' },
    });
    writeRecord(layerTable(doc), StatementSchema, written, { by: 'ann', now: at(written.updatedAt) });
    expect(readRecords(layerTable(doc), StatementSchema)).toEqual({ records: [written], problems: [] });
  });

  it('merges edits of different fields of one speaker made at once by two coders', () => {
    const [a, b] = [replica(1), replica(2)];
    const blinken = speaker('sp1', 'Blinken');
    writeRecord(codebookTable(a, 'speakers'), SpeakerSchema, blinken, { by: 'ann', now: at('2026-01-01T10:00:00Z') });
    sync(a, b);
    writeRecord(
      codebookTable(a, 'speakers'),
      SpeakerSchema,
      { ...blinken, name: 'Antony Blinken' },
      { by: 'ann', now: at('2026-01-01T11:00:00Z') },
    );
    writeRecord(
      codebookTable(b, 'speakers'),
      SpeakerSchema,
      { ...blinken, role: 'Secretary of State' },
      { by: 'bob', now: at('2026-01-01T11:00:01Z') },
    );
    sync(a, b);
    for (const doc of [a, b]) {
      expect(readSpeaker(doc, 'sp1')).toMatchObject({
        name: 'Antony Blinken',
        role: 'Secretary of State',
        updatedAt: '2026-01-01T11:00:01.000Z',
      });
      expect(fieldConflicts(codebookTable(doc, 'speakers').get('sp1')!)).toEqual([]);
    }
  });

  it('keeps the later of two renames, whatever the Yjs client ids, and shows both with who and when', () => {
    for (const [idA, idB] of [
      [1, 2],
      [2, 1],
    ] as const) {
      const [a, b] = [replica(idA), replica(idB)];
      const hua: Speaker = speaker('sp2', 'Hua');
      writeRecord(codebookTable(a, 'speakers'), SpeakerSchema, hua, { by: 'ann', now: at('2026-01-01T10:00:00Z') });
      sync(a, b);
      writeRecord(
        codebookTable(a, 'speakers'),
        SpeakerSchema,
        { ...hua, name: 'Hua Chunying' },
        { by: 'ann', now: at('2026-01-01T12:00:00Z') },
      );
      writeRecord(
        codebookTable(b, 'speakers'),
        SpeakerSchema,
        { ...hua, name: 'Chunying Hua' },
        { by: 'bob', now: at('2026-01-01T11:00:00Z') },
      );
      sync(a, b);
      for (const doc of [a, b]) {
        expect(readSpeaker(doc, 'sp2').name).toBe('Hua Chunying');
        const [conflict, ...more] = fieldConflicts(codebookTable(doc, 'speakers').get('sp2')!);
        expect(more).toEqual([]);
        expect(conflict).toMatchObject({
          field: 'name',
          current: { by: 'ann', value: 'Hua Chunying', at: at('2026-01-01T12:00:00Z') },
          others: [{ by: 'bob', value: 'Chunying Hua', at: at('2026-01-01T11:00:00Z') }],
        });
      }
    }
  });

  it('settles a conflict once a coder writes the field again, and a later write wins over a fast clock', () => {
    const [a, b] = [replica(1), replica(2)];
    const topicless = speaker('sp3', 'Sasse');
    writeRecord(codebookTable(a, 'speakers'), SpeakerSchema, topicless, { by: 'ann', now: at('2026-01-01T09:00:00Z') });
    sync(a, b);
    writeRecord(
      codebookTable(a, 'speakers'),
      SpeakerSchema,
      { ...topicless, role: 'Senator' },
      { by: 'ann', now: at('2026-01-01T12:00:00Z') },
    );
    writeRecord(
      codebookTable(b, 'speakers'),
      SpeakerSchema,
      { ...topicless, role: 'US senator' },
      { by: 'bob', now: at('2026-01-01T10:00:00Z') },
    );
    sync(a, b);
    expect(fieldConflicts(codebookTable(b, 'speakers').get('sp3')!).map((c) => c.field)).toEqual(['role']);
    // Bob's clock is two hours behind; his deliberate choice still wins.
    writeRecord(
      codebookTable(b, 'speakers'),
      SpeakerSchema,
      { ...topicless, role: 'Senator from Nebraska' },
      { by: 'bob', now: at('2026-01-01T10:05:00Z') },
    );
    sync(a, b);
    expect(readSpeaker(a, 'sp3').role).toBe('Senator from Nebraska');
    expect(fieldConflicts(codebookTable(a, 'speakers').get('sp3')!)).toEqual([]);
  });

  it('clears an optional field by writing its absence', () => {
    const doc = new Y.Doc();
    const table = codebookTable(doc, 'speakers');
    writeRecord(table, SpeakerSchema, speaker('sp4', 'Treasury', { role: 'Department' }), { by: 'ann', now: 1 });
    writeRecord(table, SpeakerSchema, speaker('sp4', 'Treasury'), { by: 'ann', now: 2 });
    expect(readSpeaker(doc, 'sp4').role).toBeUndefined();
  });

  it('reports a record its schema refuses instead of inventing one', () => {
    const doc = new Y.Doc();
    const table = codebookTable(doc, 'speakers');
    writeRecord(table, SpeakerSchema, speaker('sp5', 'Treasury'), { by: 'ann', now: 1 });
    table.get('sp5')!.set('name@mallory', { v: 42, at: 5 });
    expect(readRecords(table, SpeakerSchema).problems).toEqual([
      { id: 'sp5', issues: [expect.stringContaining('name')] },
    ]);
  });
});

describe('team document names', () => {
  it('round-trips ids holding slashes and percent signs', () => {
    const layer = layerDocName('p/1', 'a%2F', 'c@1');
    expect(parseDocName(layer)).toEqual({ kind: 'layer', projectId: 'p/1', articleId: 'a%2F', coderId: 'c@1' });
    expect(parseDocName(codebookDocName('p 1'))).toEqual({ kind: 'codebook', projectId: 'p 1' });
    for (const name of [
      '',
      'project',
      'project//codebook',
      'project/p/layer/a',
      'other/p/codebook',
      'project/%E0/codebook',
    ]) {
      expect(parseDocName(name)).toBeNull();
    }
  });
});

describe('invitations', () => {
  const payload: InvitePayload = {
    tid: 't1',
    server: 'ws://127.0.0.1:8080',
    projectId: 'p1',
    projectName: 'Xinjiang coverage “2026”',
    coderId: 'c1',
    coderName: 'Zoë',
    role: 'coder',
    iat: 1_700_000_000,
    exp: 1_702_592_000,
  };
  const token = formatToken(signedTokenPart(payload), new Uint8Array([1, 2, 3, 250]));

  it('carries the invitation through a join link and back', () => {
    const link = formatJoinLink('https://quotemark.example/app/#/library', payload.server, token);
    expect(link.startsWith('https://quotemark.example/app/#/join?server=')).toBe(true);
    expect(parseJoinLink(link)).toEqual({ ok: true, value: { server: payload.server, token, payload } });
    expect(parseJoinLink(link.slice(link.indexOf('#')))).toMatchObject({ ok: true });
  });

  it('refuses links that are not join links, broken tokens and a server swapped in the link', () => {
    expect(parseJoinLink('https://quotemark.example/#/library')).toEqual({ ok: false, error: 'not-a-join-link' });
    expect(parseJoinLink(formatJoinLink('http://x/', payload.server, 'qm1.e30.abc'))).toEqual({
      ok: false,
      error: 'malformed-token',
    });
    expect(parseJoinLink(formatJoinLink('http://x/', 'ws://evil.example', token))).toEqual({
      ok: false,
      error: 'server-mismatch',
    });
    expect(readToken(`${token}.more`)).toEqual({ ok: false, error: 'malformed-token' });
  });

  it('encodes any text as base64url without padding', () => {
    for (const text of ['', 'a', 'ab', 'abc', 'Zoë “quoted” 😀', '\u0000\uffff']) {
      const encoded = textToBase64url(text);
      expect(encoded).toMatch(/^[A-Za-z0-9_-]*$/);
      expect(base64urlToText(encoded)).toBe(text);
    }
  });

  it('names refusals in a reason the app can read', () => {
    expect(parseRefusalReason(refusalReason('revoked-token'))).toBe('revoked-token');
    expect(parseRefusalReason('permission-denied')).toBeNull();
  });
});

describe('document access', () => {
  const codebook = { kind: 'codebook', projectId: 'p1' } as const;
  const own = { kind: 'layer', projectId: 'p1', articleId: 'a1', coderId: 'c1' } as const;
  const other = { ...own, coderId: 'c2' };
  const as = (role: 'owner' | 'coder' | 'reader') => ({ projectId: 'p1', coderId: 'c1', role });

  it('lets owners write the codebook, coders their own layer, readers nothing', () => {
    expect(documentAccess(codebook, as('owner'), false)).toEqual({ ok: true, value: 'write' });
    expect(documentAccess(codebook, as('coder'), false)).toEqual({ ok: true, value: 'read' });
    expect(documentAccess(own, as('coder'), false)).toEqual({ ok: true, value: 'write' });
    expect(documentAccess(other, as('coder'), false)).toEqual({ ok: true, value: 'read' });
    expect(documentAccess(other, as('owner'), false)).toEqual({ ok: true, value: 'read' });
    expect(documentAccess(own, as('reader'), false)).toEqual({ ok: true, value: 'read' });
  });

  it('hides other layers from coders under blind coding, and refuses other projects', () => {
    expect(documentAccess(other, as('coder'), true)).toEqual({ ok: false, error: 'layer-hidden' });
    expect(documentAccess(own, as('coder'), true)).toEqual({ ok: true, value: 'write' });
    expect(documentAccess(other, as('owner'), true)).toEqual({ ok: true, value: 'read' });
    expect(documentAccess({ ...codebook, projectId: 'p2' }, as('owner'), false)).toEqual({
      ok: false,
      error: 'wrong-project',
    });
  });

  it('lets owners write the gold layer; coders and readers read it, coders not while blind coding hides the layers', () => {
    const gold = { kind: 'gold', projectId: 'p1', articleId: 'a1' } as const;
    expect(documentAccess(gold, as('owner'), true)).toEqual({ ok: true, value: 'write' });
    expect(documentAccess(gold, as('coder'), false)).toEqual({ ok: true, value: 'read' });
    expect(documentAccess(gold, as('reader'), false)).toEqual({ ok: true, value: 'read' });
    expect(documentAccess(gold, as('coder'), true)).toEqual({ ok: false, error: 'layer-hidden' });
  });
});

describe('gold document names', () => {
  it('round-trips a gold document, and refuses one with a coder segment', () => {
    const ref = { kind: 'gold', projectId: 'p/1', articleId: 'a%1' } as const;
    expect(parseDocName(teamDocName(ref))).toEqual(ref);
    expect(parseDocName(`${goldDocName('p', 'a')}/c`)).toBeNull();
  });
});

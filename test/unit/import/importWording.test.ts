import { describe, expect, it } from 'vitest';
import { planEffect } from '../../../src/core/import/planEffect';
import { planImport } from '../../../src/core/import/planImport';
import type { LibraryRecords } from '../../../src/core/model/envelope';
import { plural } from '../../../src/core/text/plural';
import { library } from '../exchange/libraryFixture';
import { fixture, problemsOf } from './libraryFile';

/** Problems with a fixture file changed by `edit`, as path → message. */
function problems(edit: (file: ReturnType<typeof fixture>) => void): Record<string, string> {
  const file = fixture();
  edit(file);
  return Object.fromEntries(problemsOf(JSON.stringify(file)).map((p) => [p.path, p.message]));
}

describe('import problems in a person’s words, the JSON path beside them', () => {
  it('says which record lacks which field, numbered from 1', () => {
    expect(
      problems((file) => {
        delete file.articles[0]!.title;
        delete file.statements[1]!.speakerId;
        delete (file.speakers as Record<string, unknown>[])[0]!.name;
      }),
    ).toEqual({
      'articles[0].title': 'Article 1 has no title.',
      'speakers[0].name': 'Speaker 1 has no name.',
      'statements[1].speakerId': 'Statement 2 has no speaker.',
    });
  });

  it('says what a field should be when it has the wrong type, value or length', () => {
    expect(
      problems((file) => {
        const quote = file.statements[0]!.quote as Record<string, unknown>;
        quote.start = '5';
        file.statements[1]!.kind = 'quote';
        file.articles[0]!.title = '  ';
        file.statements[1]!.tags = [''];
        file.statements[0]!.createdAt = 'yesterday';
      }),
    ).toEqual({
      'statements[0].quote.start': 'Statement 1’s quote’s start offset should be a number, not “5”.',
      'statements[0].createdAt':
        'Statement 1’s creation time should be a date and time such as 2026-05-01T12:00:00Z, not “yesterday”.',
      'statements[1].kind': 'Statement 2’s kind must be one of “direct”, “indirect” or “mixed”.',
      'statements[1].tags[0]': 'Statement 2’s tag 1 is empty.',
      'articles[0].title': 'Article 1’s title is empty.',
    });
  });

  it('names a missing list and a wrong file-level value as the file’s', () => {
    expect(
      problems((file) => {
        delete file.topics;
        file.exportedAt = 12;
      }),
    ).toEqual({
      exportedAt: 'The file’s export time should be text, not 12.',
      topics: 'The file has no list of topics.',
    });
  });
});

describe('counts with their nouns', () => {
  it('uses the singular for one', () => {
    expect([
      plural(0, 'article'),
      plural(1, 'article'),
      plural(2, 'article'),
      plural(1, 'statement'),
      plural(3, 'entry', 'entries'),
    ]).toEqual(['0 articles', '1 article', '2 articles', '1 statement', '3 entries']);
  });
});

describe('what a plan changes', () => {
  const records: LibraryRecords = library;
  const edited: LibraryRecords = {
    ...library,
    statements: library.statements.map((s, i) =>
      i === 0 ? { ...s, note: 'changed later', updatedAt: '2027-01-01T00:00:00.000Z' } : s,
    ),
  };

  it('changes nothing only when nothing is new or changed', () => {
    expect(planEffect(planImport(records, records, 'newer'))).toEqual({ kind: 'nothing-new' });
  });

  it('does not call a plan with a changed record one that changes nothing: the policy keeps the library’s, or writes the file’s', () => {
    const kept = planImport(records, edited, 'newer');
    expect(kept.tables.statements.changed).toEqual(['s2']);
    expect(planEffect(kept)).toEqual({ kind: 'library-kept', differing: 1 });
    expect(planEffect(planImport(records, edited, 'mine'))).toEqual({ kind: 'library-kept', differing: 1 });
    expect(planEffect(planImport(records, edited, 'theirs'))).toEqual({ kind: 'writes' });
  });
});

import { createHash } from 'node:crypto';
import { createAnchor } from '../../../src/core/anchoring/createAnchor';
import type { LibraryRecords } from '../../../src/core/model/envelope';
import type { Statement } from '../../../src/core/model/statement';
import { seedText } from '../core/seedText';

const at = '2026-11-28T10:00:00.000Z';
const later = '2026-11-28T11:30:00.000Z';

// Astral characters before and inside a quote make UTF-16 and code-point positions differ.
const extra = '\n\nA protester 🧑‍🤝‍🧑 wrote “We count 𝄞 every 😀 voice, =SUM(A1)” on a sign.';
const text = seedText + extra;

function anchorOf(words: string) {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`fixture text lacks ${words}`);
  const anchor = createAnchor(text, start, start + words.length);
  if (!anchor) throw new Error('fixture anchor');
  return anchor;
}

function statement(id: string, fields: Partial<Statement> & Pick<Statement, 'quote'>): Statement {
  return {
    id,
    articleId: 'a1',
    speakerId: null,
    kind: 'direct',
    tags: [],
    origin: 'manual',
    status: 'confirmed',
    createdAt: at,
    updatedAt: later,
    ...fields,
  };
}

/** The seed article plus an astral-laden paragraph, with speakers, topics and statements. */
export const library: LibraryRecords = {
  articles: [
    {
      id: 'a1',
      title: 'US announces sanctions for Chinese officials over human rights abuses',
      source: 'The Hill',
      url: 'https://thehill.com/policy/international/544123-us-sanctions',
      publishedAt: '2021-03-22',
      text,
      textSha256: createHash('sha256').update(text, 'utf8').digest('hex'),
      createdAt: at,
      updatedAt: at,
    },
  ],
  speakers: [
    {
      id: 'sp-treasury',
      name: 'Treasury Department',
      aliases: ['Treasury'],
      kind: 'organization',
      createdAt: at,
      updatedAt: at,
    },
    {
      id: 'sp-protester',
      name: 'A protester, "unnamed"',
      aliases: [],
      kind: 'anonymous',
      role: '-activist',
      createdAt: at,
      updatedAt: at,
    },
  ],
  topics: [{ id: 't-sanctions', label: 'Sanctions, Xinjiang' }],
  statements: [
    statement('s2', {
      speakerId: 'sp-protester',
      quote: anchorOf('We count 𝄞 every 😀 voice, =SUM(A1)'),
      cue: anchorOf('wrote'),
      roleAtTime: '+protester',
      claim: 'Every voice counts,\nsays "the sign"',
      topicId: 't-sanctions',
      stance: 'against',
      tags: ['protest', '😀 emoji'],
      note: '@note with, comma',
    }),
    statement('s1', {
      speakerId: 'sp-treasury',
      quote: anchorOf('The United States is committed to using the full breadth of its financial powers'),
      cue: anchorOf('the Treasury Department said in announcing'),
      kind: 'direct',
      topicId: 't-sanctions',
      stance: 'favor',
    }),
    statement('s3', {
      quote: anchorOf('serious human rights abuses'),
      kind: 'indirect',
      origin: 'suggested',
      status: 'pending',
    }),
  ],
};

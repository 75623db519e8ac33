import { describe, expect, it } from 'vitest';
import { agreementHref, articleHref, parseRoute, speakerHref, topicHref } from '../../../src/ui/routing/parseRoute';

describe('parseRoute', () => {
  it('names every view by its hash', () => {
    expect(parseRoute('')).toEqual({ view: 'library' });
    expect(parseRoute('#/')).toEqual({ view: 'library' });
    expect(parseRoute('#/articles/a%201?statement=s1')).toEqual({
      view: 'article',
      articleId: 'a 1',
      statementId: 's1',
    });
    expect(parseRoute('#/speakers')).toEqual({ view: 'speakers' });
    expect(parseRoute('#/speakers/sp-1')).toEqual({ view: 'speaker', speakerId: 'sp-1' });
    expect(parseRoute('#/stances')).toEqual({ view: 'stances' });
    expect(parseRoute('#/topics')).toEqual({ view: 'topics' });
    expect(parseRoute('#/topics/t-1')).toEqual({ view: 'topic', topicId: 't-1' });
    expect(parseRoute('#/settings')).toEqual({ view: 'settings' });
    expect(parseRoute('#/agreement')).toEqual({ view: 'agreement' });
    expect(parseRoute(agreementHref('p 1'))).toEqual({ view: 'agreement', projectId: 'p 1' });
    expect(parseRoute('#/join?server=ws%3A%2F%2Fh&token=qm1.a.b')).toEqual({
      view: 'join',
      link: '#/join?server=ws%3A%2F%2Fh&token=qm1.a.b',
    });
  });

  it('says when a hash names nothing', () => {
    expect(parseRoute('#/settings/storage')).toEqual({ view: 'not-found', hash: '#/settings/storage' });
    expect(parseRoute('#/nowhere')).toEqual({ view: 'not-found', hash: '#/nowhere' });
  });

  it('builds hashes that parse back', () => {
    expect(parseRoute(articleHref('a/b', 's?1'))).toEqual({ view: 'article', articleId: 'a/b', statementId: 's?1' });
    expect(parseRoute(speakerHref('x y'))).toEqual({ view: 'speaker', speakerId: 'x y' });
    expect(parseRoute(topicHref('t#1'))).toEqual({ view: 'topic', topicId: 't#1' });
  });
});

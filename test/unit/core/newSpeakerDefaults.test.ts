import { describe, expect, it } from 'vitest';
import { speakerFromSelection } from '../../../src/core/speakers/speakerFromSelection';
import { speakerKindOf } from '../../../src/core/speakers/speakerKindOf';
import { roleFromTitle, stripTitle } from '../../../src/core/suggest/stripTitle';

describe('speakerKindOf: a new speaker named like an organisation is an organization', () => {
  it.each([
    'Treasury Department',
    'the Treasury Department',
    'Chinese Foreign Ministry',
    'Federal Bureau of Investigation',
    'Senate Foreign Relations Committee',
    'Acme Widgets Inc.',
    'Tesco Ltd',
    'University of Texas Arlington',
    'Council on American-Islamic Relations',
    'European Commission',
    'Supreme Court',
    'Communist Party of China',
    'World Bank',
    'Office of Foreign Assets Control',
    'Metropolitan Police',
    'Korean People’s Army',
    'the government',
    'Xinhua News Agency',
    'KCNA',
    'UN',
    'NATO',
    'U.N.',
    'the White House',
  ])('%s', (name) => {
    expect(speakerKindOf(name)).toBe('organization');
  });

  it.each([
    'Ben Sasse',
    'Hua Chunying',
    'Antony Blinken',
    'J.K. Rowling',
    'John Smith III',
    'Martin Luther King Jr.',
    'Foreign Ministry spokesperson',
    'Ana Diaz',
  ])('%s is a person', (name) => {
    expect(speakerKindOf(name)).toBe('person');
  });
});

describe('stripTitle and roleFromTitle: a leading title is the role, the rest the name', () => {
  it.each([
    ['Sen. Ben Sasse', 'Ben Sasse', 'Senator'],
    ['Senator Ben Sasse', 'Ben Sasse', 'Senator'],
    ['Secretary of State Antony Blinken', 'Antony Blinken', 'Secretary of State'],
    ['Foreign Ministry spokesperson Hua Chunying', 'Hua Chunying', 'Foreign Ministry spokesperson'],
    ['Chinese Foreign Ministry spokesperson Hua Chunying', 'Hua Chunying', 'Chinese Foreign Ministry spokesperson'],
    ['President Joe Biden', 'Joe Biden', 'President'],
    ['Prime Minister Boris Johnson', 'Boris Johnson', 'Prime Minister'],
    ['Rep. Tom Reed', 'Tom Reed', 'Representative'],
    ['Gov. Felipe Arroyo', 'Felipe Arroyo', 'Governor'],
    ['Lt. Gov. Ada Kim', 'Ada Kim', 'Lieutenant Governor'],
    ['Dr. Jane Goodall', 'Jane Goodall', 'Dr.'],
    ['Speaker of the House Rep. Tom Reed', 'Tom Reed', 'Speaker of the House Representative'],
    ['Former Republican Sen. Ben Sasse', 'Ben Sasse', 'Former Republican Senator'],
    ['House Republican Ada Kim', 'Ada Kim', 'House Republican'],
    ['Democrat Ana Diaz', 'Ana Diaz', 'Democrat'],
  ])('%s → %s, %s', (selected, name, role) => {
    const split = stripTitle(selected);
    expect(split.name).toBe(name);
    expect(roleFromTitle(split.title ?? '')).toBe(role);
  });

  it.each([
    'Democratic National Convention',
    'Republican Senate Leadership',
    'Republican National Committee',
    'House Republican Majority Leader',
    'GOP Tax Plan',
  ])('%s stays whole: no person follows the party word', (name) => {
    expect(stripTitle(name)).toEqual({ name, title: null });
  });
});

describe('speakerFromSelection: New speaker from selection', () => {
  it('splits a leading title into the role and keeps the selected words as an alias', () => {
    expect(speakerFromSelection('Sen. Ben Sasse')).toEqual({
      name: 'Ben Sasse',
      role: 'Senator',
      kind: 'person',
      aliases: ['Sen. Ben Sasse'],
    });
    expect(speakerFromSelection(' Foreign Ministry spokesperson Hua Chunying ')).toEqual({
      name: 'Hua Chunying',
      role: 'Foreign Ministry spokesperson',
      kind: 'person',
      aliases: ['Foreign Ministry spokesperson Hua Chunying'],
    });
    expect(speakerFromSelection('Secretary of State Antony Blinken')).toMatchObject({
      name: 'Antony Blinken',
      role: 'Secretary of State',
    });
  });

  it('keeps a plain name as selected, and an organisation gets its kind', () => {
    expect(speakerFromSelection('Hua Chunying')).toEqual({ name: 'Hua Chunying', kind: 'person', aliases: [] });
    expect(speakerFromSelection('the Treasury Department')).toEqual({
      name: 'Treasury Department',
      kind: 'organization',
      aliases: ['the Treasury Department'],
    });
    expect(speakerFromSelection('KCNA,')).toEqual({ name: 'KCNA', kind: 'organization', aliases: [] });
  });
});

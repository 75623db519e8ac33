import { describe, expect, it } from 'vitest';
import { agreementReportCsv } from '../../../src/core/agreement/agreementReportCsv';
import { projectAgreement } from '../../../src/core/agreement/projectAgreement';
import type { CodedStatement, ProjectCoding } from '../../../src/core/agreement/projectCoding';
import { unitizingAlpha } from '../../../src/core/agreement/unitizingAlpha';
import type { StatementKind } from '../../../src/core/model/statement';

type Coded = CodedStatement['statement'];
const quote = (start: number, end: number) => ({ start, end, exact: 'x'.repeat(end - start), prefix: '', suffix: '' });
const said = (
  coderId: string,
  articleId: string,
  [start, end]: [number, number],
  kind: StatementKind,
  extra: Partial<Coded> = {},
): CodedStatement => ({
  coderId,
  statement: { articleId, quote: quote(start, end), kind, speakerId: null, status: 'confirmed', ...extra },
});

// Two articles of 100 characters. On "Calm" Ann and Bo mark the same two
// quotes alike; on "Rough" they mark one quote alike but name different
// speakers, and only Ann marks a second one.
const project = (extra: CodedStatement[] = []): ProjectCoding => ({
  coders: [
    { id: 'ann', name: 'Ann' },
    { id: 'bo', name: 'Bo' },
  ],
  articles: [
    { id: 'calm', title: 'Calm', textLength: 100 },
    { id: 'rough', title: 'Rough', textLength: 100 },
  ],
  speakerNames: new Map([
    ['jane-a', 'Jane Doe'],
    ['jane-b', 'jane doe '],
    ['bob', 'Bob'],
  ]),
  topicLabels: new Map(),
  statements: [
    said('ann', 'calm', [10, 30], 'direct', { speakerId: 'jane-a', stance: 'favor' }),
    said('bo', 'calm', [10, 30], 'direct', { speakerId: 'jane-b', stance: 'favor' }),
    said('ann', 'calm', [50, 70], 'indirect', { speakerId: 'bob', stance: 'against' }),
    said('bo', 'calm', [50, 70], 'indirect', { speakerId: 'bob', stance: 'against' }),
    said('ann', 'rough', [0, 20], 'direct', { speakerId: 'jane-a', stance: 'favor' }),
    said('bo', 'rough', [0, 20], 'direct', { speakerId: 'bob', stance: 'favor' }),
    said('ann', 'rough', [60, 80], 'mixed'),
    ...extra,
  ],
});

describe('the agreement report of a team project', () => {
  it('lists the article the coders agree on least first', () => {
    const report = projectAgreement(project());
    expect(report.articles.map((a) => a.title)).toEqual(['Rough', 'Calm']);
    const [rough, calm] = report.articles;
    expect(calm?.spans.statement).toBe(1);
    expect(calm?.spans.kinds).toEqual({ direct: 1, indirect: 1, mixed: null });
    expect(rough?.spans.statement).toBeLessThan(1);
  });

  it('counts the quotes each coder marked and the units two of them matched', () => {
    const report = projectAgreement(project());
    expect(report.project.unitsByCoder).toEqual({ ann: 4, bo: 3 });
    expect(report.project.matchedUnits).toBe(3);
    expect(report.articles[0]?.unitsByCoder).toEqual({ ann: 2, bo: 1 });
  });

  it('compares speakers by name and measures α, κ and percent agreement over matched units', () => {
    const { project: all, articles } = projectAgreement(project());
    // Speakers of the matched units: Jane/Jane, Bob/Bob, Jane/Bob. n = 6 values,
    // 3 Jane and 3 Bob; one disagreeing unit gives Σo(c≠k) = 2, so
    // α = 1 − 5·2 / (36 − 9 − 9) = 4/9; κ: po = 2/3, pe = 2/3·1/3 + 1/3·2/3 = 4/9,
    // (2/3 − 4/9) / (1 − 4/9) = 2/5.
    expect(all.fields.speaker.alpha).toBeCloseTo(4 / 9, 10);
    expect(all.fields.speaker.percent).toBeCloseTo(2 / 3, 10);
    expect(all.pairs).toHaveLength(1);
    expect(all.pairs[0]?.fields.speaker.kappa).toBeCloseTo(2 / 5, 10);
    expect(all.fields.kind).toEqual({ alpha: 1, percent: 1 });
    expect(all.fields.stance.alpha).toBe(1);
    expect(all.fields.topic).toEqual({ alpha: null, percent: null });
    // On Rough alone one unit, Jane against Bob: α = 1 − 1·2 / (4 − 1 − 1) = 0.
    expect(articles[0]?.fields.speaker).toEqual({ alpha: 0, percent: 0 });
  });

  it('reads the project span α over its articles one after another', () => {
    const { project: all } = projectAgreement(project());
    const joined = unitizingAlpha({
      continuum: { begin: 0, length: 200 },
      coders: 2,
      units: [
        [0, 10, 30],
        [1, 10, 30],
        [0, 50, 70],
        [1, 50, 70],
        [0, 100, 120],
        [1, 100, 120],
        [0, 160, 180],
      ].map(([coder = 0, begin = 0, end = 0]) => ({ coder, begin, length: end - begin, category: 'statement' })),
    });
    expect(joined.ok && joined.value.alpha).toBe(all.spans.statement);
  });

  it('never lets a quote run from one article into the next on the joined continuum', () => {
    // Ann's quotes touch at the seam (end of Calm, start of Rough); Bo's do not.
    const { project: all } = projectAgreement({
      ...project(),
      statements: [
        said('ann', 'calm', [97, 100], 'direct'),
        said('bo', 'calm', [97, 100], 'direct'),
        said('ann', 'rough', [0, 7], 'direct'),
        said('bo', 'rough', [1, 7], 'direct'),
      ],
    });
    const study = (ann: [number, number][]) =>
      unitizingAlpha({
        continuum: { begin: 0, length: 200 },
        coders: 2,
        units: [
          ...ann.map(([begin, end]) => ({ coder: 0, begin, length: end - begin, category: 'statement' })),
          { coder: 1, begin: 97, length: 3, category: 'statement' },
          { coder: 1, begin: 101, length: 6, category: 'statement' },
        ],
      });
    const apart = study([
      [97, 100],
      [100, 107],
    ]);
    const runTogether = study([[97, 107]]);
    expect(apart.ok && apart.value.alpha).toBe(all.spans.statement);
    expect(runTogether.ok && runTogether.value.alpha).not.toBe(all.spans.statement);
  });

  it("leaves out of the project's span α an article a compared coder has not reached", () => {
    const same = ['ann', 'bo'].flatMap((coder) => [
      said(coder, 'calm', [10, 30], 'direct'),
      said(coder, 'rough', [50, 70], 'direct'),
    ]);
    // Cy marked Calm as the others did and has not opened Rough yet.
    const report = projectAgreement({ ...project(), statements: [...same, said('cy', 'calm', [10, 30], 'direct')] });
    expect(report.articles.map((a) => a.spans.statement)).toEqual([1, 1]);
    expect(report.project.spans.statement).toBe(1);
  });

  it("merges one coder's overlapping quotes instead of refusing the article", () => {
    const report = projectAgreement({
      ...project(),
      articles: [{ id: 'calm', title: 'Calm', textLength: 100 }],
      statements: [
        said('ann', 'calm', [10, 30], 'direct'),
        said('ann', 'calm', [20, 40], 'direct'),
        said('bo', 'calm', [10, 40], 'direct'),
      ],
    });
    expect(report.project.spans.statement).toBe(1);
    expect(report.project.spans.kinds.direct).toBe(1);
  });

  it('leaves out pending suggestions, orphaned quotes, and coders who did not mark the article', () => {
    const report = projectAgreement(
      project([
        said('bo', 'rough', [60, 80], 'mixed', { status: 'pending' }),
        said('bo', 'rough', [60, 80], 'mixed', { orphanedAt: '2026-01-01T00:00:00.000Z' }),
        said('cy', 'calm', [10, 30], 'direct', { speakerId: 'bob' }),
      ]),
    );
    const rough = report.articles.find((a) => a.articleId === 'rough');
    expect(rough?.unitsByCoder).toEqual({ ann: 2, bo: 1 });
    expect(rough?.coders).toEqual(['ann', 'bo']);
    expect(report.coders.map((c) => c.name)).toEqual(['Ann', 'Bo', 'cy']);
    expect(report.project.pairs.map((p) => `${p.first}×${p.second}`)).toEqual(['ann×bo', 'ann×cy', 'bo×cy']);
  });

  it('exports one figure a row, undefined ones blank and negative ones as numbers', () => {
    const csv = agreementReportCsv(projectAgreement(project()));
    const lines = csv.replace('\uFEFF', '').split('\r\n');
    expect(lines[0]).toBe('scope,article_id,article_title,measure,field,coder,other_coder,value');
    expect(lines).toContain('project,,,quotes_marked,,Ann,,4');
    expect(lines).toContain('project,,,alpha,topic,,,');
    expect(lines).toContain('article,rough,Rough,alpha,speaker,,,0');
    expect(lines).toContain('project,,,kappa,speaker,Ann,Bo,0.4');
    // Opposite stances on both matched units: α = 1 − 3·4 / (16 − 4 − 4) = −0.5.
    const crossed = projectAgreement({
      ...project(),
      statements: [
        said('ann', 'calm', [10, 30], 'direct', { stance: 'favor' }),
        said('bo', 'calm', [10, 30], 'direct', { stance: 'against' }),
        said('ann', 'calm', [50, 70], 'direct', { stance: 'against' }),
        said('bo', 'calm', [50, 70], 'direct', { stance: 'favor' }),
      ],
    });
    expect(agreementReportCsv(crossed).split('\r\n')).toContain('project,,,alpha,stance,,,-0.5');
  });
});

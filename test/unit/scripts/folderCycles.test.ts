import { describe, expect, it } from 'vitest';
import { folderCycles } from '../../../scripts/lint/folderCycles';

const root = '/app/src/ui';
const file = (path: string, ...specifiers: string[]) => ({ file: `${root}/${path}`, specifiers });

describe('folderCycles', () => {
  it('finds two folders that import each other, through any files', () => {
    const cycles = folderCycles(root, [
      file('stances/StancesView.tsx', '../charts/TimelineChart'),
      file('charts/matrixSvg.tsx', '../stances/cellLabel'),
    ]);
    expect(cycles).toEqual([['charts', 'stances', 'charts']]);
  });

  it('finds a cycle through three folders once', () => {
    const cycles = folderCycles(root, [file('a/x.ts', '../b/y'), file('b/y.ts', '../c/z'), file('c/z.ts', '../a/x')]);
    expect(cycles).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('accepts imports that run one way, root files and packages', () => {
    const cycles = folderCycles(root, [
      file('App.tsx', './shell/DeferredView', './library/LibraryView'),
      file('shell/viewChunks.ts', '../library/LibraryView'),
      file('library/LibraryView.tsx', '../routing/parseRoute', '../../core/model/article', 'react', '../App'),
      file('routing/parseRoute.ts', './hashLinkOf'),
    ]);
    expect(cycles).toEqual([]);
  });
});

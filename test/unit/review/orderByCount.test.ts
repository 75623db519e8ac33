import { describe, expect, it } from 'vitest';
import { compareByName } from '../../../src/core/review/compareByName';
import { orderByCount } from '../../../src/core/review/orderByCount';

const rows = [
  { id: 't', name: 'Treasury', statementCount: 3, articleCount: 1 },
  { id: 'b', name: 'Blinken', statementCount: 3, articleCount: 2 },
  { id: 'h', name: 'Hua', statementCount: 5, articleCount: 1 },
];
const names = (list: readonly { name: string }[]) => list.map((r) => r.name);

describe('orderByCount', () => {
  it('orders by statements or articles, most first, ties by name, else by name; the input stays as it was', () => {
    expect(names(orderByCount(rows, 'statements', compareByName))).toEqual(['Hua', 'Blinken', 'Treasury']);
    expect(names(orderByCount(rows, 'articles', compareByName))).toEqual(['Blinken', 'Hua', 'Treasury']);
    expect(names(orderByCount(rows, 'name', compareByName))).toEqual(['Blinken', 'Hua', 'Treasury']);
    expect(names(rows)).toEqual(['Treasury', 'Blinken', 'Hua']);
  });

  it('ties by name as the rest of the app reads names: accents and case aside, then by id', () => {
    const tied = [
      { id: '2', name: 'émile', statementCount: 1, articleCount: 1 },
      { id: '1', name: 'Emile', statementCount: 1, articleCount: 1 },
      { id: '3', name: 'Dana', statementCount: 1, articleCount: 1 },
    ];
    expect(orderByCount(tied, 'statements', compareByName).map((r) => r.id)).toEqual(['3', '1', '2']);
  });
});

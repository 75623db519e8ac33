import { describe, expect, it } from 'vitest';
import { orderByCount } from '../../../src/core/review/orderByCount';

const rows = [
  { name: 'Treasury', statementCount: 3, articleCount: 1 },
  { name: 'Blinken', statementCount: 3, articleCount: 2 },
  { name: 'Hua', statementCount: 5, articleCount: 1 },
];
const names = (list: readonly { name: string }[]) => list.map((r) => r.name);

describe('orderByCount', () => {
  it('orders by statements or articles, most first, ties by name, else by name; the input stays as it was', () => {
    expect(names(orderByCount(rows, 'statements', (r) => r.name))).toEqual(['Hua', 'Blinken', 'Treasury']);
    expect(names(orderByCount(rows, 'articles', (r) => r.name))).toEqual(['Blinken', 'Hua', 'Treasury']);
    expect(names(orderByCount(rows, 'name', (r) => r.name))).toEqual(['Blinken', 'Hua', 'Treasury']);
    expect(names(rows)).toEqual(['Treasury', 'Blinken', 'Hua']);
  });
});

import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Speaker } from '../../../src/core/model/speaker';
import { emptyStanceCounts } from '../../../src/core/review/stanceCounts';
import { cellKey, type StanceCell, type StanceMatrix } from '../../../src/core/review/stanceMatrix';
import { StanceMatrixTable } from '../../../src/ui/stances/StanceMatrixTable';

afterEach(() => vi.restoreAllMocks());

const SPEAKERS = 500;
const TOPICS = 200;
const T = '2026-01-01T10:00:00.000Z';

/** A 500 × 200 matrix; speaker r favours topic c twice when (r + c) % 7 is 0, and says nothing else. */
function bigMatrix(): StanceMatrix {
  const speakers: Speaker[] = Array.from({ length: SPEAKERS }, (_, r) => ({
    id: `sp${r}`,
    name: `Speaker ${r}`,
    aliases: [],
    kind: 'person',
    createdAt: T,
    updatedAt: T,
  }));
  const topics = Array.from({ length: TOPICS }, (_, c) => ({ id: `t${c}`, label: `Topic ${c}` }));
  const cells: Record<string, StanceCell> = {};
  for (let r = 0; r < SPEAKERS; r++) {
    for (let c = 0; c < TOPICS; c++) {
      if ((r + c) % 7 === 0)
        cells[cellKey(`sp${r}`, `t${c}`)] = {
          counts: { ...emptyStanceCounts(), favor: 2 },
          total: 2,
          statementIds: [],
          dominant: 'favor',
        };
    }
  }
  return { speakers, topics, cell: (speakerId, topicId) => cells[cellKey(speakerId, topicId)] };
}

const setup = () => {
  render(<StanceMatrixTable records={{ articles: [], speakers: [] }} matrix={bigMatrix()} />);
  const table = screen.getByRole('table', { name: /Stances by speaker and topic/ });
  return { table, user: userEvent.setup() };
};

/** The rendered cell button at a row and column (from 0), if it is in the page. */
const cellAt = (table: HTMLElement, row: number, column: number) =>
  table.querySelector<HTMLButtonElement>(`button[data-row="${row}"][data-column="${column}"]`);

describe('StanceMatrixTable, virtualised', () => {
  it('renders only a window of a 500 × 200 matrix, and says how large the whole is', () => {
    const { table } = setup();
    const buttons = within(table).getAllByRole('button');
    expect(buttons.length).toBeGreaterThan(20);
    expect(buttons.length).toBeLessThan(1000); // of 100,000
    expect(within(table).getAllByRole('rowheader').length).toBeLessThan(40);
    expect(within(table).getAllByRole('columnheader').length).toBeLessThan(30);

    // The whole size, and each rendered row and cell's place in it (header row and column count).
    expect(table.getAttribute('aria-rowcount')).toBe(String(SPEAKERS + 1));
    expect(table.getAttribute('aria-colcount')).toBe(String(TOPICS + 1));
    const rows = within(table).getAllByRole('row');
    expect(rows[0]!.getAttribute('aria-rowindex')).toBe('1');
    expect(rows[1]!.getAttribute('aria-rowindex')).toBe('2');
    expect(within(rows[1]!).getByRole('rowheader').textContent).toBe('Speaker 0');
    expect(within(rows[0]!).getAllByRole('columnheader')[1]!.getAttribute('aria-colindex')).toBe('3');
    expect(cellAt(table, 0, 0)!.closest('td')!.getAttribute('aria-colindex')).toBe('2');
    expect(
      screen.getByRole('button', {
        name: 'Speaker 0 on Topic 0: 2 favor, 0 against, 0 neutral, 0 mixed, 0 unclear; mostly favor',
      }),
    ).toBe(cellAt(table, 0, 0));
    // The blank stand-ins for the rows and columns not rendered are hidden from assistive technology:
    // every row seen is a speaker's, and holds one cell per topic heading seen.
    const topics = within(rows[0]!).getAllByRole('columnheader').length;
    expect(rows).toHaveLength(within(table).getAllByRole('rowheader').length + 1);
    for (const row of rows.slice(1)) expect(within(row).getAllByRole('cell')).toHaveLength(topics);
  });

  it('brings the next cell in when the arrow keys move past the window, keeping one Tab stop', async () => {
    const { table, user } = setup();
    const rendered = within(table).getAllByRole('rowheader').length;
    expect(cellAt(table, rendered + 5, 0)).toBeNull();

    await user.click(cellAt(table, 0, 0)!);
    for (let i = 0; i < rendered + 5; i++) await user.keyboard('{ArrowDown}');
    const focused = document.activeElement as HTMLElement;
    expect(focused).toBe(cellAt(table, rendered + 5, 0));
    expect(focused.getAttribute('aria-label')).toMatch(new RegExp(`^Speaker ${rendered + 5} on Topic 0:`));
    expect(focused.closest('tr')!.getAttribute('aria-rowindex')).toBe(String(rendered + 7));
    expect(
      within(table)
        .getAllByRole('button')
        .filter((b) => b.tabIndex === 0),
    ).toEqual([focused]);

    // End goes to the row's last topic, far past the rendered columns.
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(cellAt(table, rendered + 5, TOPICS - 1));
    expect(document.activeElement!.closest('td')!.getAttribute('aria-colindex')).toBe(String(TOPICS + 1));
    expect(within(table).getAllByRole('columnheader').at(-1)!.textContent).toBe(`Topic ${TOPICS - 1}`);
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(cellAt(table, rendered + 5, TOPICS - 2));
  });

  it('scrolls the cell a key moves to into view, and keeps the focused cell while the box scrolls away', async () => {
    const scrolledTo: { cell: Element; options: unknown }[] = [];
    vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(function (this: HTMLElement, options) {
      scrolledTo.push({ cell: this, options });
    });
    const { table, user } = setup();
    // happy-dom lays nothing out, so its boxes cannot scroll: stand in for one that can.
    const box = table.parentElement!;
    let top = 0;
    const sizes = {
      clientHeight: 480,
      clientWidth: 960,
      scrollHeight: 76 + SPEAKERS * 44,
      scrollWidth: 200 + TOPICS * 116,
    };
    for (const [name, value] of Object.entries(sizes))
      Object.defineProperty(box, name, { configurable: true, get: () => value });
    Object.defineProperty(box, 'scrollTop', { configurable: true, get: () => top });
    const scrollBoxTo = (offset: number) =>
      act(async () => {
        top = offset;
        box.dispatchEvent(new Event('scroll'));
      });

    await user.click(cellAt(table, 0, 0)!);
    for (let i = 0; i < 30; i++) await user.keyboard('{ArrowDown}');
    expect(scrolledTo.at(-1)).toEqual({ cell: cellAt(table, 30, 0), options: { block: 'nearest', inline: 'nearest' } });
    expect(document.activeElement).toBe(cellAt(table, 30, 0));

    // The box follows (row 30 lies from 76 + 30 × 44 px): the window moves down, row 0 leaves the page.
    await scrollBoxTo(76 + 31 * 44 - 480);
    expect(cellAt(table, 0, 0)).toBeNull();
    expect(cellAt(table, 25, 0)).not.toBeNull();

    // Scrolled back to the top by hand: row 30 is far out of view, yet its focused cell stays.
    await scrollBoxTo(0);
    expect(cellAt(table, 0, 0)).not.toBeNull();
    expect(cellAt(table, 30, 0)).toBe(document.activeElement);
    expect(cellAt(table, 25, 0)).toBeNull();
  });
});

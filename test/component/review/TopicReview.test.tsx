import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { inkOfColor } from '../../../src/core/speakers/speakerColor';
import { TopicReview } from '../../../src/ui/topics/TopicReview';
import { reviewRecords } from './reviewRecords';

describe('TopicReview', () => {
  it('puts speakers for and against side by side, with quotes linking to their highlight', () => {
    render(<TopicReview records={reviewRecords} topic={reviewRecords.topics[0]!} />);
    const forColumn = screen.getByRole('region', { name: /^For/ });
    const against = screen.getByRole('region', { name: /^Against/ });
    expect(within(forColumn).getByRole('link', { name: 'European Union' })).toBeTruthy();
    expect(within(against).getByRole('link', { name: 'Hua Chunying' })).toBeTruthy();
    expect(within(against).getByRole('link', { name: '“they were interference”' }).getAttribute('href')).toBe(
      '#/articles/a1?statement=s2',
    );
  });

  it('draws a timeline whose lines are labelled with speaker names', () => {
    render(<TopicReview records={reviewRecords} topic={reviewRecords.topics[0]!} />);
    const chart = screen.getByRole('img', {
      name: 'Stances on Sanctions on Chinese officials over Xinjiang over time',
    });
    const labels = [...chart.querySelectorAll('text')].map((t) => t.textContent);
    expect(labels).toEqual(
      expect.arrayContaining(['Hua Chunying', 'European Union', 'Stance score', 'Date of article']),
    );
    expect(screen.getByRole('button', { name: 'Save chart as SVG' })).toBeTruthy();
  });

  it('draws each speaker in the colour of their highlights', () => {
    const colors: Record<string, string> = { hua: '#ffb3c1', eu: '#a8d8ff' };
    const records = { ...reviewRecords, speakers: reviewRecords.speakers.map((s) => ({ ...s, color: colors[s.id] })) };
    render(<TopicReview records={records} topic={records.topics[0]!} />);
    const chart = screen.getByRole('img', {
      name: 'Stances on Sanctions on Chinese officials over Xinjiang over time',
    });
    const marksOf = (name: string) =>
      [...chart.querySelectorAll('circle')].filter((c) =>
        c.querySelector('title')?.textContent?.startsWith(`${name},`),
      );
    const label = (name: string) => [...chart.querySelectorAll('text')].find((t) => t.textContent === name);
    for (const [name, id] of [
      ['Hua Chunying', 'hua'],
      ['European Union', 'eu'],
    ] as const) {
      const color = colors[id]!;
      expect(marksOf(name).length).toBeGreaterThan(0);
      for (const mark of marksOf(name)) expect(mark.getAttribute('fill')).toBe(color);
      expect(label(name)?.getAttribute('fill')).toBe(inkOfColor(color));
    }
  });
});

import type { Page } from '@playwright/test';
import { result, type BenchResult } from '../measure/BenchResult';
import { paintProbe } from '../measure/paintProbe';
import { percentile } from '../measure/stats';
import type { BenchContext } from './BenchContext';

const TAGS = 50;
const MARKS = '[role="article"] mark[data-statement-id]';

/**
 * With the long article open, tag 50 statements as a person does: drag over
 * some words, "Tag statement", type the speaker, "Save statement". Timed
 * from the Save click (a capture listener, so before the app's own handler)
 * until the new highlight is on screen (a frame after it is in the DOM).
 * One warm-up tag first. Returns the new statements' count too, to clean up.
 */
export async function tagScenario(bench: BenchContext, articleId: string): Promise<BenchResult[]> {
  const page = await bench.context.newPage();
  try {
    await page.addInitScript(paintProbe(`document.querySelector('${MARKS}')`));
    await page.goto(`${bench.baseUrl}/#/articles/${articleId}`);
    await page.waitForFunction(() => typeof window.__benchDone === 'number', undefined, { timeout: 120_000 });
    const times: number[] = [];
    for (let i = -1; i < TAGS; i++) {
      const ms = await tagOnce(page, 5 + (i + 1) * 9);
      if (i >= 0) times.push(ms);
    }
    bench.log(`  tag: ${times.map((t) => t.toFixed(0)).join(' ')}`);
    return [
      result('tag.p50_ms', percentile(times, 50), 'ms'),
      result('tag.p95_ms', percentile(times, 95), 'ms', { atMost: 50 }),
    ];
  } finally {
    await page.close();
  }
}

async function tagOnce(page: Page, paragraph: number): Promise<number> {
  const points = await page.evaluate((n) => {
    const p = document.querySelectorAll('[role="article"] p')[n];
    if (!p) throw new Error(`no paragraph ${n}`);
    p.scrollIntoView({ block: 'center' });
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    const first = walker.nextNode() as Text;
    const range = document.createRange();
    range.setStart(first, 0);
    range.setEnd(first, Math.min(first.data.length, 1));
    const a = range.getBoundingClientRect();
    const box = p.getBoundingClientRect();
    // From the first character to about a third of the way along the first line.
    return {
      from: { x: a.left + 1, y: a.top + a.height / 2 },
      to: { x: box.left + box.width / 3, y: a.top + a.height / 2 },
    };
  }, paragraph);
  await page.mouse.move(points.from.x, points.from.y);
  await page.mouse.down();
  await page.mouse.move(points.to.x, points.to.y, { steps: 4 });
  await page.mouse.up();
  await page.getByRole('toolbar', { name: 'Annotation' }).getByRole('button', { name: 'Tag statement' }).click();
  const form = page.getByRole('form', { name: 'New statement' });
  const speaker = form.getByRole('combobox', { name: 'Speaker' });
  await speaker.fill('Bench Speaker');
  await speaker.press('Enter');
  await page.evaluate((marks) => {
    window.__tagMs = undefined;
    const count = () => document.querySelectorAll(marks).length;
    const before = count();
    const onClick = (event: MouseEvent) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      if (!button?.textContent?.includes('Save statement')) return;
      document.removeEventListener('click', onClick, true);
      const t0 = performance.now();
      const poll = () =>
        requestAnimationFrame(() => {
          if (count() > before) requestAnimationFrame(() => (window.__tagMs = performance.now() - t0));
          else poll();
        });
      poll();
    };
    document.addEventListener('click', onClick, true);
  }, MARKS);
  await form.getByRole('button', { name: 'Save statement' }).click();
  await page.waitForFunction(() => typeof window.__tagMs === 'number');
  return page.evaluate(() => window.__tagMs ?? Number.NaN);
}

declare global {
  interface Window {
    __tagMs?: number;
  }
}

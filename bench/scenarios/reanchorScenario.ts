import type { Anchor } from '../../src/core/model/anchor';
import type { EditedText } from '../fixtures/randomEdits';
import { result, type BenchResult } from '../measure/BenchResult';
import { median } from '../measure/stats';
import { withHarness, type BenchContext } from './BenchContext';

type Span = { start: number; end: number } | null;

/**
 * Re-anchor the 2,000 anchors on the text after 100 random edits, with the
 * app's resolveAnchor and with Hypothesis's algorithm over approx-string-match,
 * in the page, alternating; count the anchors each put exactly where the
 * edits moved their words.
 */
export async function reanchorScenario(
  bench: BenchContext,
  anchors: Anchor[],
  edited: EditedText,
): Promise<BenchResult[]> {
  return withHarness(bench, async (page) => {
    const out = await page.evaluate(
      ({ text, anchors, runs }) => {
        const bench = window.bench;
        if (!bench) throw new Error('no harness');
        const ours: number[] = [];
        const peer: number[] = [];
        let spans = { ours: [] as Span[], peer: [] as Span[] };
        for (let run = -1; run < runs; run++) {
          const o = bench.reanchorOurs(text, anchors);
          const p = bench.reanchorPeer(text, anchors);
          spans = { ours: o.spans, peer: p.spans };
          if (run >= 0) {
            ours.push(o.ms);
            peer.push(p.ms);
          }
        }
        return { ours, peer, spans };
      },
      { text: edited.text, anchors, runs: bench.runs },
    );
    const correct = (spans: Span[]) =>
      spans.filter((s, i) => {
        const want = edited.expected[i];
        return want ? s !== null && s.start === want.start && s.end === want.end : s === null;
      }).length;
    const [ours, peer] = [median(out.ours), median(out.peer)];
    const [oursCorrect, peerCorrect] = [correct(out.spans.ours), correct(out.spans.peer)];
    bench.log(
      `  reanchor: ours ${ours.toFixed(0)} ms (${oursCorrect} correct), peer ${peer.toFixed(0)} ms (${peerCorrect} correct) of ${anchors.length}`,
    );
    return [
      result('reanchor.ours_ms', ours, 'ms'),
      result('reanchor.peer_ms', peer, 'ms'),
      result('reanchor.ours_over_peer', ours / peer, 'ratio', { atMost: 1.0 }),
      result('reanchor.ours_correct', oursCorrect, 'anchors', { atLeast: peerCorrect }),
      result('reanchor.peer_correct', peerCorrect, 'anchors'),
    ];
  });
}

import { createTextAnnotator, type Color, type TextAnnotation, type TextSelector } from '@recogito/text-annotator';
import '@recogito/text-annotator/text-annotator.css';
import type { OpenPageData } from '../fixtures/openPageData';

declare global {
  interface Window {
    __benchReady?: boolean;
  }
}

const SEPARATOR = '\n\n';

/**
 * Canonical offsets to offsets in the container's textContent, which has no
 * "\n\n" between the <p>s (the library counts the text nodes under the
 * container, see reviveSelector).
 */
function toContainerOffsets(paragraphs: string[]): (offset: number) => number {
  const starts: number[] = [];
  let start = 0;
  for (const p of paragraphs) {
    starts.push(start);
    start += p.length + SEPARATOR.length;
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    const within = Math.min(offset - (starts[lo] ?? 0), paragraphs[lo]?.length ?? 0);
    return (starts[lo] ?? 0) - lo * SEPARATOR.length + within;
  };
}

async function main(): Promise<void> {
  const data = (await (await fetch('./data/open.json')).json()) as OpenPageData;
  const container = document.getElementById('text');
  const title = document.getElementById('title');
  if (!container || !title) throw new Error('peer.html lacks #text or #title');

  // All text goes in before the annotator exists: its MutationObserver on
  // <body> would otherwise force extra redraws.
  title.textContent = data.title;
  const paragraphs = data.text.split(SEPARATOR);
  const fragment = document.createDocumentFragment();
  for (const text of paragraphs) {
    const p = document.createElement('p');
    p.textContent = text;
    fragment.append(p);
  }
  container.append(fragment);

  // The fixtures' colours are #rrggbb, which is what the library's Color type asks for.
  const colors = new Map(data.statements.map((s) => [s.id, s.color as Color]));
  const anno = createTextAnnotator<TextAnnotation, TextAnnotation>(container, {
    // Per-annotation colour: the style function runs per drawn rect, only for what is in view.
    style: (annotation, state) => ({
      fill: colors.get(annotation.id) ?? '#888888',
      fillOpacity: state.selected ? 0.45 : 0.25,
    }),
  });

  // Default SPANS renderer: one absolutely positioned <span> per rect of each
  // annotation in the viewport, in a layer inside the container. It emits
  // onRedraw just after painting; ready is the first paint that drew spans,
  // plus two frames so that paint has reached the screen.
  const layer = container.querySelector('.r6o-span-highlight-layer');
  const stop = anno.renderer.on('onRedraw', () => {
    if (!layer?.childElementCount) return;
    stop();
    requestAnimationFrame(() => requestAnimationFrame(() => (window.__benchReady = true)));
  });

  const at = toContainerOffsets(paragraphs);
  const annotations: TextAnnotation[] = data.statements.map((s) => ({
    id: s.id,
    bodies: [],
    target: {
      annotation: s.id,
      // No range: the library revives it from start/end (reviveSelector).
      selector: [{ quote: data.text.slice(s.start, s.end), start: at(s.start), end: at(s.end) } as TextSelector],
    },
  }));
  // replace=false: in 4.1.1 the default replace=true goes to the core store's
  // syncAnnotations, which the text store does not wrap, so ranges are never
  // revived (fixed upstream in text-annotator-js PR #276). On an empty
  // annotator appending is the same as replacing, and this path revives.
  anno.setAnnotations(annotations, false);
}

void main();

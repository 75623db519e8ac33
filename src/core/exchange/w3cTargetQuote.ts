import { createAnchor } from '../anchoring/createAnchor';
import { ANCHOR_CONTEXT_CHARS, type Anchor } from '../model/anchor';
import { codePointsToUtf16 } from './codePointOffsets';
import {
  TextPositionSelectorReadSchema,
  TextQuoteSelectorReadSchema,
  type W3CAnnotationRead,
  type W3CTargetRead,
} from './w3cReadSchema';

/** What a target says about where its words are: the page, the words, their positions. */
export interface TargetQuote {
  source?: string;
  exact?: string;
  prefix: string;
  suffix: string;
  /** Code-point positions (TextPositionSelector), as W3C counts them. */
  start?: number;
  end?: number;
  /** Path segments of the target within the annotation. */
  at: PropertyKey[];
}

/**
 * The first target that locates words (a TextQuoteSelector and/or a
 * TextPositionSelector), else the first target as it is: a bare IRI or a
 * target without such selectors says only which page is meant.
 */
export function targetQuote(target: W3CAnnotationRead['target']): TargetQuote {
  const targets = Array.isArray(target) ? target : [target];
  const read = targets.map((t, i) => quoteOf(t, Array.isArray(target) ? ['target', i] : ['target']));
  return (
    read.find((t) => t.exact !== undefined || t.start !== undefined) ??
    read[0] ?? { prefix: '', suffix: '', at: ['target'] }
  );
}

function quoteOf(target: string | W3CTargetRead, at: PropertyKey[]): TargetQuote {
  if (typeof target === 'string') return { source: target, prefix: '', suffix: '', at };
  const selectors = target.selector === undefined ? [] : [target.selector].flat();
  const quote = selectors.map((s) => TextQuoteSelectorReadSchema.safeParse(s)).find((r) => r.success)?.data;
  const position = selectors.map((s) => TextPositionSelectorReadSchema.safeParse(s)).find((r) => r.success)?.data;
  return {
    source: target.source,
    exact: quote?.exact,
    prefix: quote?.prefix ?? '',
    suffix: quote?.suffix ?? '',
    start: position?.start,
    end: position?.end,
    at,
  };
}

/**
 * The anchor a target describes in `text`, before placing: the quoted words
 * at the given position (or at 0 when none holds), with as much context as
 * an anchor keeps, so resolveAnchor can find them where they are now. With
 * positions only, the words at those positions. Null when neither says
 * anything usable.
 */
export function targetAnchor(text: string, quote: TargetQuote): Anchor | null {
  const start = quote.start === undefined ? null : codePointsToUtf16(text, quote.start);
  if (quote.exact !== undefined) {
    const at = start ?? 0;
    return {
      start: at,
      end: at + quote.exact.length,
      exact: quote.exact,
      prefix: quote.prefix.slice(-ANCHOR_CONTEXT_CHARS),
      suffix: quote.suffix.slice(0, ANCHOR_CONTEXT_CHARS),
    };
  }
  const end = quote.end === undefined ? null : codePointsToUtf16(text, quote.end);
  return start === null || end === null ? null : createAnchor(text, start, end);
}

import { suggestStatements, type Suggestion } from '../../../src/core/suggest';

/** Suggestions for `text`, with offsets checked against the text. */
export function run(text: string): Suggestion[] {
  const out = suggestStatements(text);
  for (const s of out) {
    if (text.slice(s.start, s.end) !== s.text) throw new Error(`bad offsets for ${s.text}`);
    if (s.cue && text.slice(s.cue.start, s.cue.end) !== s.cue.text)
      throw new Error(`bad cue offsets for ${s.cue.text}`);
  }
  return out;
}

/** The suggestion whose text contains `fragment`. */
export function find(out: Suggestion[], fragment: string): Suggestion | undefined {
  return out.find((s) => s.text.includes(fragment));
}

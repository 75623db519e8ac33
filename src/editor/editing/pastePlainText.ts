import type { Slice } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import { plainTextSlice } from '../positions/plainTextSlice';

/**
 * A handlePaste editor prop that inserts the clipboard's plain text only:
 * the article is plain text, and HTML from a web page would bring its own
 * spacing and blocks. Falls back to the text of the parsed slice when the
 * clipboard has no text/plain.
 */
export function pastePlainText(view: EditorView, event: ClipboardEvent, parsed: Slice): boolean {
  const plain = event.clipboardData?.getData('text/plain') ?? '';
  const text = plain !== '' ? plain : parsed.content.textBetween(0, parsed.content.size, '\n\n');
  const slice = plainTextSlice(view.state.schema, text);
  // Handled either way: nothing pastable must not fall through to HTML.
  if (slice) view.dispatch(view.state.tr.replaceSelection(slice).scrollIntoView().setMeta('uiEvent', 'paste'));
  return true;
}

import { errorMessage } from '../errorMessage';
import { err, ok, type Result } from '../result';
import type { ImportProblem } from './ImportProblem';

/**
 * JSON.parse without throwing. A file that is not JSON (cut short, binary
 * bytes, another format) becomes one problem for the whole file, naming the
 * character where parsing stopped when the engine says so.
 */
export function readJson(text: string): Result<unknown, ImportProblem[]> {
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (error) {
    const detail = errorMessage(error);
    const position = /position (\d+)/.exec(detail)?.[1];
    const where = position === undefined ? '' : ` (it stops making sense at character ${Number(position) + 1})`;
    const truncated = /end of (JSON )?(input|data)/i.test(detail) ? '; it looks cut short' : '';
    return err([{ path: '', message: `The file is not valid JSON${where}${truncated}.` }]);
  }
}

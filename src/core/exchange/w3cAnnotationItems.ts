import type { ImportProblem } from '../import/ImportProblem';
import { err, ok, type Result } from '../result';

/** One annotation of a file, with where it is in the file (path segments). */
export interface W3CItem {
  value: unknown;
  at: PropertyKey[];
}

/**
 * The annotations a W3C file holds, wherever the model lets it put them: an
 * AnnotationCollection with its first page embedded (`first.items`, as the
 * app writes it), an AnnotationPage (`items`), a single Annotation, or a
 * JSON array of annotations. The `@context` may be the W3C context's IRI,
 * another IRI, or a list of IRIs and objects; `id`s and other properties of
 * collection and page are allowed and ignored.
 */
export function w3cAnnotationItems(json: unknown): Result<W3CItem[], ImportProblem[]> {
  if (Array.isArray(json)) return ok(json.map((value, i) => ({ value, at: [i] })));
  if (!isObject(json)) return err([{ path: '', message: NOT_ANNOTATIONS }]);
  const context = json['@context'];
  if (context !== undefined && typeof context !== 'string' && !Array.isArray(context) && !isObject(context)) {
    return err([
      {
        path: '@context',
        message: 'The file’s @context should be the W3C annotation context’s address, or a list of contexts.',
      },
    ]);
  }
  if (hasType(json, 'Annotation')) return ok([{ value: json, at: [] }]);
  if (hasType(json, 'AnnotationPage')) return pageItems(json, []);
  if (hasType(json, 'AnnotationCollection')) {
    const first = json.first;
    if (typeof first === 'string') {
      return err([
        { path: 'first', message: 'The collection’s annotations are not in the file: its first page is only a link.' },
      ]);
    }
    if (first === undefined && Array.isArray(json.items)) return pageItems(json, []);
    if (!isObject(first)) return err([{ path: 'first', message: 'The collection has no first page of annotations.' }]);
    return pageItems(first, ['first']);
  }
  return err([{ path: 'type', message: NOT_ANNOTATIONS }]);
}

const NOT_ANNOTATIONS =
  'The file is neither a Quotemark library nor W3C annotations (an AnnotationCollection, AnnotationPage, Annotation or a list of them).';

function pageItems(page: Record<string, unknown>, at: PropertyKey[]): Result<W3CItem[], ImportProblem[]> {
  const items = page.items;
  if (!Array.isArray(items))
    return err([{ path: [...at, 'items'].join('.'), message: 'The page of annotations has no list of items.' }]);
  return ok(items.map((value, i) => ({ value, at: [...at, 'items', i] })));
}

/** True when the object's `type` is `type`, or a list that includes it. */
export function hasType(value: Record<string, unknown>, type: string): boolean {
  return value.type === type || (Array.isArray(value.type) && value.type.includes(type));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

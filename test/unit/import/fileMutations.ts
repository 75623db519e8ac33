import fc from 'fast-check';

/**
 * Mutations of import files for fuzz tests: changes to the parsed JSON (a
 * field deleted, duplicated, retyped, prototype keys added, versions and
 * anchors broken, references left dangling) and to the text (cut short,
 * bytes flipped, junk inserted, numbers too large for any field).
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Values a field might be replaced with: wrong types, edge numbers, hostile strings. */
const oddValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(
    null,
    true,
    0,
    -1,
    1.5,
    1e308,
    -1e308,
    2 ** 53 + 2,
    Number.MAX_SAFE_INTEGER,
    '',
    '   ',
    '\u0000',
    'x'.repeat(70_000),
    [],
    {},
    [null],
    { start: 0 },
    '<script>window.__xss=1</script>',
    '2026-13-45T99:99:99Z',
    '\ud800',
    'article-seed',
    'speaker-hua',
    '__proto__',
    'constructor',
    'toString',
  ),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  fc.string({ unit: 'binary', maxLength: 40 }),
);

export type ValueMutation =
  | { op: 'delete' | 'duplicate' | 'swap'; at: number; other: number }
  | { op: 'retype'; at: number; value: Json }
  | { op: 'forbiddenKey'; at: number; key: '__proto__' | 'constructor' | 'prototype' }
  | { op: 'version'; value: Json }
  | { op: 'anchor'; at: number; start: number; end: number; exact: string }
  | { op: 'dangling'; at: number; field: 'articleId' | 'speakerId' | 'topicId' | 'speaker' | 'topic'; id: string };

export const valueMutation: fc.Arbitrary<ValueMutation> = fc.oneof(
  fc.record({ op: fc.constantFrom('delete', 'duplicate', 'swap'), at: fc.nat(), other: fc.nat() }),
  fc.record({ op: fc.constant('retype'), at: fc.nat(), value: oddValue }),
  fc.record({
    op: fc.constant('forbiddenKey'),
    at: fc.nat(),
    key: fc.constantFrom('__proto__', 'constructor', 'prototype'),
  }),
  fc.record({ op: fc.constant('version'), value: fc.oneof(fc.integer({ min: -2, max: 5 }), oddValue) }),
  fc.record({
    op: fc.constant('anchor'),
    at: fc.nat(),
    start: fc.integer({ min: -5, max: 100_000 }),
    end: fc.integer({ min: -5, max: 100_000 }),
    exact: fc.string({ maxLength: 12 }),
  }),
  fc.record({
    op: fc.constant('dangling'),
    at: fc.nat(),
    field: fc.constantFrom('articleId', 'speakerId', 'topicId'),
    id: fc.string({ maxLength: 12 }),
  }),
) as fc.Arbitrary<ValueMutation>;

/** Keys whose values a benign mutation never rewrites: ids, links, anchors and the format. */
const STRUCTURAL = new Set([
  'id',
  'articleId',
  'speakerId',
  'topicId',
  'speaker',
  'topic',
  'format',
  'version',
  'textSha256',
  'start',
  'end',
  'exact',
  'prefix',
  'suffix',
  'text',
  'kind',
  'origin',
  'status',
  'stance',
  'color',
  'createdAt',
  'updatedAt',
  'exportedAt',
  'orphanedAt',
  '@context',
  'type',
  'motivation',
  'purpose',
]);
const OPTIONAL = new Set([
  'source',
  'url',
  'publishedAt',
  'author',
  'role',
  'affiliation',
  'notes',
  'color',
  'description',
  'cue',
  'roleAtTime',
  'claim',
  'topicId',
  'stance',
  'note',
]);
const TIMESTAMPS = new Set(['createdAt', 'updatedAt']);

/**
 * Changes that may well leave a file valid: optional fields dropped, free
 * text rewritten (names, claims, notes), timestamps moved (so policies
 * decide), words added to an article's text (so anchors move), tables
 * reversed. Fuzzing with these reaches the planning and writing steps.
 */
export type BenignMutation =
  | { op: 'dropOptional'; at: number }
  | { op: 'rewrite'; at: number; value: string }
  | { op: 'retime'; at: number; date: string }
  | { op: 'editText'; at: number; words: string; atStart: boolean }
  | { op: 'reverse'; table: 'articles' | 'speakers' | 'topics' | 'statements' }
  | { op: 'renameId'; table: 'articles' | 'speakers' | 'topics' | 'statements'; at: number; id: string };

/** Record ids that name prototype slots, or are long, blank-looking or astral: valid, but unkind to code keyed by id. */
const oddId = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', ' ', 'x'.repeat(200), '😀', 'a/b?c#d', '0'),
  fc.string({ minLength: 1, maxLength: 12 }),
);

const timestamp = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString());

export const benignMutation: fc.Arbitrary<BenignMutation> = fc.oneof(
  fc.record({ op: fc.constant('dropOptional'), at: fc.nat() }),
  fc.record({
    op: fc.constant('rewrite'),
    at: fc.nat(),
    value: fc.oneof(
      fc.string({ minLength: 1, maxLength: 30 }),
      fc.constantFrom(
        'Hua Chunying',
        'Speaker 1 Reyes',
        'S2',
        '=HYPERLINK("http://x")',
        '<img src=x onerror=alert(1)>',
      ),
    ),
  }),
  fc.record({ op: fc.constant('retime'), at: fc.nat(), date: timestamp }),
  fc.record({
    op: fc.constant('editText'),
    at: fc.nat(),
    words: fc.string({ minLength: 1, maxLength: 20 }),
    atStart: fc.boolean(),
  }),
  fc.record({ op: fc.constant('reverse'), table: fc.constantFrom('articles', 'speakers', 'topics', 'statements') }),
  fc.record({
    op: fc.constant('renameId'),
    table: fc.constantFrom('articles', 'speakers', 'topics', 'statements'),
    at: fc.nat(),
    id: oddId,
  }),
) as fc.Arbitrary<BenignMutation>;

/** A copy of `file` with a benign mutation applied (where it finds something to apply to). */
export function mutateBenignly(file: Json, mutation: BenignMutation): Json {
  const root = structuredClone(file);
  if (!isObject(root)) return root;
  if (mutation.op === 'reverse') {
    const table = root[mutation.table];
    if (Array.isArray(table)) table.reverse();
    return root;
  }
  if (mutation.op === 'renameId') {
    renameId(root, mutation.table, mutation.at, mutation.id);
    return root;
  }
  if (mutation.op === 'editText') {
    const article = pick(Array.isArray(root.articles) ? root.articles.filter(isObject) : [], mutation.at);
    if (article && typeof article.text === 'string') {
      const words = mutation.words.replace(/\s+/g, ' ').trim() || 'Words';
      article.text = mutation.atStart ? `${words}\n\n${article.text}` : `${article.text}\n\n${words}`;
    }
    return root;
  }
  const keyed = pathsOf(root).filter((path) => typeof path[path.length - 1] === 'string');
  const keyOf = (path: Path) => path[path.length - 1] as string;
  const candidates = keyed.filter((path) => {
    const key = keyOf(path);
    if (mutation.op === 'dropOptional') return OPTIONAL.has(key);
    if (mutation.op === 'retime') return TIMESTAMPS.has(key);
    return !STRUCTURAL.has(key) && typeof valueAt(root, path) === 'string';
  });
  const target = parentOf(root, pick(candidates, mutation.at) ?? []);
  if (!target) return root;
  const container = target.parent as Record<string | number, Json>;
  if (mutation.op === 'dropOptional') Reflect.deleteProperty(container, target.key);
  else container[target.key] = mutation.op === 'retime' ? mutation.date : mutation.value;
  return root;
}

/** Give one record a new id, and every statement that names it the same (format 0 names speaker and topic differently). */
function renameId(root: Record<string, Json>, table: string, at: number, id: string): void {
  const record = pick(Array.isArray(root[table]) ? root[table].filter(isObject) : [], at);
  if (!record || typeof record.id !== 'string') return;
  const old = record.id;
  record.id = id;
  const fields =
    { articles: ['articleId'], speakers: ['speakerId', 'speaker'], topics: ['topicId', 'topic'], statements: [] }[
      table
    ] ?? [];
  for (const statement of Array.isArray(root.statements) ? root.statements.filter(isObject) : []) {
    for (const field of fields) if (statement[field] === old) statement[field] = id;
  }
}

export type TextMutation =
  | { op: 'truncate'; at: number }
  | { op: 'flipByte'; at: number; bit: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'hugeNumber'; at: number; literal: string };

export const textMutation: fc.Arbitrary<TextMutation> = fc.oneof(
  fc.record({ op: fc.constant('truncate'), at: fc.nat() }),
  fc.record({ op: fc.constant('flipByte'), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({
    op: fc.constant('insert'),
    at: fc.nat(),
    text: fc.oneof(
      fc.string({ unit: 'binary', maxLength: 8 }),
      fc.constantFrom(',', '}', ']', '"', '\\', '{"__proto__":{"polluted":1}}', 'NaN'),
    ),
  }),
  fc.record({
    op: fc.constant('hugeNumber'),
    at: fc.nat(),
    literal: fc.constantFrom('1e999', '-1e999', '9007199254740993', '1e-400', '-0', '0.0000001'),
  }),
) as fc.Arbitrary<TextMutation>;

/** Every path in a JSON value, the root ([]) included, in a stable order. */
function pathsOf(value: Json, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...path, i], out));
  else if (value !== null && typeof value === 'object')
    for (const key of Object.keys(value)) pathsOf(value[key]!, [...path, key], out);
  return out;
}

function parentOf(root: Json, path: Path): { parent: Json; key: string | number } | null {
  if (path.length === 0) return null;
  let parent = root;
  for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, Json>)[key]!;
  return { parent, key: path[path.length - 1]! };
}

const pick = <T>(list: readonly T[], at: number): T | undefined =>
  list.length === 0 ? undefined : list[at % list.length];
const isObject = (value: unknown): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A copy of `file` with the mutation applied (where it finds something to apply to). */
export function mutateValue(file: Json, mutation: ValueMutation): Json {
  const root = structuredClone(file);
  if (!isObject(root)) return root;
  const paths = pathsOf(root).slice(1);
  const statements = Array.isArray(root.statements) ? root.statements.filter(isObject) : [];
  switch (mutation.op) {
    case 'version':
      root.version = mutation.value;
      return root;
    case 'anchor': {
      const statement = pick(statements, mutation.at);
      if (statement)
        statement.quote = {
          ...(isObject(statement.quote) ? statement.quote : {}),
          start: mutation.start,
          end: mutation.end,
          exact: mutation.exact,
        };
      return root;
    }
    case 'dangling': {
      const statement = pick(statements, mutation.at);
      if (statement) statement[mutation.field] = mutation.id;
      return root;
    }
    case 'forbiddenKey': {
      const objects = [root, ...paths.map((path) => valueAt(root, path)).filter(isObject)];
      // defineProperty makes an own "__proto__" key, as JSON.parse would, which JSON.stringify writes out.
      Object.defineProperty(pick(objects, mutation.at), mutation.key, {
        value: { polluted: true },
        enumerable: true,
        configurable: true,
        writable: true,
      });
      return root;
    }
    default:
      break;
  }
  const target = parentOf(root, pick(paths, mutation.at) ?? []);
  if (!target) return root;
  const { parent, key } = target;
  const container = parent as Record<string | number, Json>;
  if (mutation.op === 'retype') container[key] = mutation.value;
  else if (mutation.op === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else Reflect.deleteProperty(container, key);
  } else if (mutation.op === 'duplicate') {
    if (Array.isArray(parent)) parent.push(structuredClone(parent[key as number]!));
    else container[`${key}Copy`] = structuredClone(container[key]!);
  } else {
    const other = pick(paths, mutation.other);
    if (other) container[key] = structuredClone(valueAt(root, other));
  }
  return root;
}

function valueAt(root: Json, path: Path): Json {
  let value = root;
  for (const key of path) value = (value as Record<string | number, Json>)[key]!;
  return value;
}

/** A copy of the file's text with the mutation applied, read back as the browser's File.text() would. */
export function mutateText(text: string, mutation: TextMutation): string {
  switch (mutation.op) {
    case 'truncate':
      return text.slice(0, mutation.at % Math.max(1, text.length));
    case 'insert': {
      const at = mutation.at % (text.length + 1);
      return text.slice(0, at) + mutation.text + text.slice(at);
    }
    case 'hugeNumber': {
      const numbers = [...text.matchAll(/(?<=[:[,])-?\d+(?:\.\d+)?(?:e[+-]?\d+)?/gi)];
      const found = pick(numbers, mutation.at);
      return found?.index === undefined
        ? text
        : text.slice(0, found.index) + mutation.literal + text.slice(found.index + found[0].length);
    }
    case 'flipByte': {
      const bytes = new TextEncoder().encode(text);
      if (bytes.length === 0) return text;
      const at = mutation.at % bytes.length;
      bytes[at] = bytes[at]! ^ (1 << mutation.bit);
      return new TextDecoder().decode(bytes);
    }
  }
}

/** The record a list in a file holds, by the list's key. */
const RECORD_KINDS: Record<string, string> = {
  articles: 'article',
  speakers: 'speaker',
  topics: 'topic',
  statements: 'statement',
  items: 'annotation',
};

/** A field's name as a person reads it. */
const FIELD_LABELS: Record<string, string> = {
  id: 'id',
  title: 'title',
  text: 'text',
  textSha256: 'text checksum',
  url: 'web address',
  source: 'source',
  publishedAt: 'publication date',
  author: 'author',
  createdAt: 'creation time',
  updatedAt: 'last-change time',
  name: 'name',
  aliases: 'aliases',
  kind: 'kind',
  role: 'role',
  affiliation: 'affiliation',
  notes: 'notes',
  color: 'colour',
  label: 'label',
  description: 'description',
  articleId: 'article',
  speakerId: 'speaker',
  topicId: 'topic',
  quote: 'quote',
  cue: 'cue',
  exact: 'quoted words',
  prefix: 'text before the quote',
  suffix: 'text after the quote',
  start: 'start offset',
  end: 'end offset',
  roleAtTime: 'role at the time',
  claim: 'claim',
  stance: 'stance',
  tags: 'tags',
  note: 'note',
  orphanedAt: 'orphaning time',
  origin: 'origin',
  status: 'status',
  format: 'format',
  version: 'format version',
  exportedAt: 'export time',
  app: 'app details',
  articles: 'list of articles',
  speakers: 'list of speakers',
  topics: 'list of topics',
  statements: 'list of statements',
  target: 'target',
  body: 'body',
  selector: 'selector',
  'quotemark:statement': 'Quotemark details',
  type: 'type',
  '@context': '@context',
  first: 'first page',
  items: 'list of annotations',
  orphanAnchors: 'last anchors',
  motivation: 'motivation',
  created: 'creation time',
  modified: 'last-change time',
};

/** What one element of a list field is called: `aliases[0]` is "alias 1". */
const ITEM_LABELS: Record<string, string> = {
  aliases: 'alias',
  tags: 'tag',
  body: 'body',
  selector: 'selector',
  target: 'target',
};

/**
 * How a person names what a JSON path points at, for a sentence about it:
 * the record as kind and 1-based number ("statement 3"), then its fields
 * ("statement 3’s quote’s start offset"); `[2]` of a list of annotations
 * is "annotation 3"; a path outside any record is "the file’s …".
 * `owner` is everything but the last field, `field` the last one's label,
 * so a sentence can say "statement 3’s quote has no quoted words".
 */
export function recordPhrase(path: readonly PropertyKey[]): { owner: string; field?: string; whole: string } {
  let record = -1;
  let kind = '';
  path.forEach((key, i) => {
    const before = path[i - 1];
    if (typeof key !== 'number') return;
    if (i === 0) [record, kind] = [0, 'annotation'];
    else if (typeof before === 'string' && RECORD_KINDS[before]) [record, kind] = [i, RECORD_KINDS[before]];
  });
  const subject = record === -1 ? 'the file' : `${kind} ${Number(path[record]) + 1}`;
  const labels: string[] = [];
  const rest = path.slice(record + 1);
  rest.forEach((key, i) => {
    const next = rest[i + 1];
    if (typeof key === 'number') return;
    const name = String(key);
    if (typeof next === 'number')
      labels.push(`${ITEM_LABELS[name] ?? `item of ${FIELD_LABELS[name] ?? `“${name}”`}`} ${next + 1}`);
    else labels.push(FIELD_LABELS[name] ?? `“${name}”`);
  });
  const field = labels.pop();
  const owner = [subject, ...labels].join('’s ');
  return { owner, field, whole: field === undefined ? owner : `${owner}’s ${field}` };
}

import { ArticleSchema, MAX_TEXT_LENGTH, MAX_TITLE_LENGTH, type Article } from '../model/article';
import { err, ok, type Result } from '../result';
import { canonicalText } from '../text/canonicalText';
import { textSha256 } from '../text/textSha256';

/** What a person gives to add an article: a title and its text, maybe more. */
export interface ArticleInput {
  title: string;
  text: string;
  source?: string;
  url?: string;
  publishedAt?: string;
  author?: string;
}

export interface RecordContext {
  id: string;
  now: Date;
}

/**
 * Check a person's input and turn it into an Article with canonical text.
 * Every refusal is a sentence a person can act on; nothing here throws.
 */
export async function prepareArticle(input: ArticleInput, context: RecordContext): Promise<Result<Article>> {
  const title = input.title.trim();
  if (title === '') return err('The title is empty. Give the article a title.');
  if (title.length > MAX_TITLE_LENGTH) {
    return err(`The title is ${title.length.toLocaleString('en')} characters long; the limit is ${MAX_TITLE_LENGTH}.`);
  }
  const problem = textProblem(input.text) ?? textProblem(title, 'title');
  if (problem) return err(problem);
  const text = canonicalText(input.text);
  if (text.length > MAX_TEXT_LENGTH) {
    return err(
      `The text is ${text.length.toLocaleString('en')} characters long; the limit is ${MAX_TEXT_LENGTH.toLocaleString('en')}.`,
    );
  }
  const stamp = context.now.toISOString();
  const parsed = ArticleSchema.safeParse({
    id: context.id,
    title,
    text,
    textSha256: await textSha256(text),
    createdAt: stamp,
    updatedAt: stamp,
    ...optionalFields(input),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return err(`The article could not be stored: ${issue?.path.join('.') ?? 'input'}: ${issue?.message ?? 'invalid'}.`);
  }
  return ok(parsed.data);
}

/** Empty, blank or binary text, described; undefined when the text is fine. */
function textProblem(text: string, what = 'article text'): string | undefined {
  if (what === 'article text' && text.trim() === '') {
    return text === ''
      ? 'The article text is empty. Paste or type the text of the article.'
      : 'The article text contains only whitespace.';
  }
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    return `The ${what} contains a NUL byte (at character ${nul + 1}), which means it is binary data, not text.`;
  }
  return undefined;
}

function optionalFields(input: ArticleInput): Partial<ArticleInput> {
  const out: Partial<ArticleInput> = {};
  for (const key of ['source', 'url', 'publishedAt', 'author'] as const) {
    const value = input[key]?.trim();
    if (value) out[key] = value;
  }
  return out;
}

import type { ArticleInput } from '../articles/prepareArticle';
import { err, ok, type Result } from '../result';
import { decodeHtmlBytes } from './decodeHtmlBytes';
import { decodeText } from './decodeText';
import { extractHtmlArticle } from './extractHtmlArticle';
import { fileNameParts } from './fileNameParts';
import { fileSizeProblem } from './fileSizeProblem';
import type { HtmlEnvironment } from './htmlEnvironment';
import { markdownToText } from './markdownToText';
import { titleFromText } from './titleFromText';

export { MAX_ARTICLE_FILE_BYTES } from './fileSizeProblem';

export interface ReadArticle {
  input: ArticleInput;
  /** Things the person should know about how the file was read, each naming the file. */
  notices: string[];
}

export interface ReadArticleError {
  /** Names the file, so one alert can list the problems of several. */
  message: string;
  /** A page without an article: its visible text, which the person may import instead. */
  visibleText?: string;
  /** The title to go with visibleText. */
  title?: string;
}

type Kind = 'text' | 'markdown' | 'html';

const KINDS: Record<string, Kind> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
};

/**
 * Read an article file chosen by the person: plain text, Markdown or a saved
 * web page, told apart by extension. Returns what to give prepareArticle
 * plus notices (e.g. an encoding guess), or an error that names the file.
 */
export function readArticleFile(
  fileName: string,
  bytes: Uint8Array,
  env: HtmlEnvironment,
): Result<ReadArticle, ReadArticleError> {
  const name = `“${fileName}”`;
  const { stem, extension } = fileNameParts(fileName);
  const kind = KINDS[extension];
  if (!kind) return err({ message: `${name} is not a supported file type: use .txt, .md or .html` });
  const tooLarge = fileSizeProblem(fileName, bytes.length);
  if (tooLarge) return err({ message: tooLarge });
  const decoded = kind === 'html' ? decodeHtmlBytes(bytes) : decodeText(bytes);
  if (!decoded.ok) return err({ message: `${name}: ${decoded.error}` });
  const notices = decoded.value.notice ? [`${name} ${decoded.value.notice}`] : [];
  const { text } = decoded.value;
  if (kind === 'text') return ok({ input: { title: titleFromText(text) ?? stem, text }, notices });
  if (kind === 'markdown') {
    const markdown = markdownToText(text);
    if (!markdown.ok) return err({ message: `${name}: ${markdown.error}` });
    if (markdown.value.text.trim() === '') return err({ message: `${name}: it has no text once the Markdown is read` });
    const title = short(markdown.value.firstHeading) ?? titleFromText(markdown.value.text) ?? stem;
    return ok({ input: { title, text: markdown.value.text }, notices });
  }
  const page = extractHtmlArticle(text, env, fileName);
  if (page.ok) return ok({ input: page.value, notices });
  const error = page.error;
  return err(
    error.kind === 'no-article'
      ? { message: `${name}: ${error.message}`, visibleText: error.visibleText, title: error.title }
      : { message: `${name}: ${error.message}` },
  );
}

function short(title: string | undefined): string | undefined {
  return title === undefined ? undefined : titleFromText(title);
}

/** Rounded up, so a file just over the limit never reads as "5.0 MB; the limit is 5 MB". */

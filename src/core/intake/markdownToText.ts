import { characterEntities } from 'character-entities';
import { Marked, type Token, type Tokens } from 'marked';
import { err, ok, type Result } from '../result';
import { BLOCK_SEPARATOR } from '../text/textBlocks';

export interface MarkdownText {
  /** One block per paragraph, heading, list item paragraph, code block or table row. */
  text: string;
  /** The text of the first heading, a natural title. */
  firstHeading?: string;
}

/** Its own instance, so no `marked.use()` elsewhere can change how files are read. */
const markdown = new Marked({ gfm: true, breaks: false, pedantic: false });

/** YAML (---) or TOML (+++) front matter: a fence on the first line, closed by the same fence. */
const FRONT_MATTER = /^\uFEFF?(-{3}|\+{3})[ \t]*\r?\n(?:[\s\S]*?\r?\n)?\1[ \t]*(?:\r?\n|$)/;

/** Raw HTML elements whose content is code, not prose, when written inline. */
const CODE_ELEMENT = /^<(script|style|textarea|title|template)\b/i;

/**
 * Markdown to plain text: the words a reader sees, one block per paragraph,
 * heading, list item, blockquote paragraph, code block or table row, joined by
 * a blank line. Markup is dropped but its text kept (link text, image alt
 * text, emphasis); raw HTML and front matter are dropped, never kept as markup.
 */
export function markdownToText(source: string): Result<MarkdownText, string> {
  let tokens: Token[];
  try {
    tokens = markdown.lexer(source.replace(FRONT_MATTER, ''));
  } catch {
    // The lexer recurses into nested quotes and lists; absurd nesting can exhaust the stack.
    return err('it could not be read as Markdown');
  }
  const blocks: string[] = [];
  let firstHeading: string | undefined;
  // An explicit stack rather than recursion, visiting blocks in document order.
  const stack: Token[] = [...tokens].reverse();
  for (let token = stack.pop(); token; token = stack.pop()) {
    if (token.type === 'paragraph' || token.type === 'heading' || token.type === 'text') {
      const text = inlineText(childTokens(token) ?? [token]).trim();
      if (text !== '') blocks.push(text);
      if (token.type === 'heading' && firstHeading === undefined && text !== '') firstHeading = text;
    } else if (token.type === 'code') {
      if ((token as Tokens.Code).text.trim() !== '') blocks.push((token as Tokens.Code).text);
    } else if (token.type === 'table') {
      const table = token as Tokens.Table;
      for (const row of [table.header, ...table.rows]) {
        const text = row.map((cell) => inlineText(cell.tokens).trim()).join('\t');
        if (text.trim() !== '') blocks.push(text);
      }
    } else if (token.type === 'list') {
      stack.push(...[...(token as Tokens.List).items].reverse());
    } else if (token.type !== 'html') {
      // Blockquotes and list items: their blocks, in order.
      stack.push(...[...(childTokens(token) ?? [])].reverse());
    }
    // html, def (link definitions), hr and space carry no prose.
  }
  return ok({ text: blocks.join(BLOCK_SEPARATOR), ...(firstHeading === undefined ? {} : { firstHeading }) });
}

/** The visible text of inline tokens; raw HTML tags dropped with any code they wrap. */
function inlineText(tokens: Token[]): string {
  let out = '';
  let skipUntil: RegExp | undefined;
  const stack: Token[] = [...tokens].reverse();
  for (let token = stack.pop(); token; token = stack.pop()) {
    if (token.type === 'html') {
      const tag = (token as Tokens.HTML).text;
      if (skipUntil) {
        if (skipUntil.test(tag)) skipUntil = undefined;
        continue;
      }
      const code = CODE_ELEMENT.exec(tag)?.[1];
      if (code) skipUntil = new RegExp(`^</${code}\\s*>`, 'i');
      else if (/^<br\s*\/?>$/i.test(tag)) out += '\n';
      continue;
    }
    if (skipUntil) continue;
    if (token.type === 'br') out += '\n';
    else if (token.type === 'codespan' || token.type === 'escape') out += (token as Tokens.Codespan).text;
    else if (childTokens(token)) stack.push(...[...(childTokens(token) ?? [])].reverse());
    // A soft line break renders as a space.
    else if (token.type === 'text') out += decodeEntities((token as Tokens.Text).text).replace(/\n/g, ' ');
    // checkbox (task lists) and anything unknown carry no prose.
  }
  return out;
}

/** A token's nested tokens, where its type has them. */
function childTokens(token: Token): Token[] | undefined {
  return 'tokens' in token && Array.isArray(token.tokens) ? (token.tokens as Token[]) : undefined;
}

/**
 * Named character references (&pound;) as characters: marked leaves them for
 * the browser to decode, and numeric ones it has already decoded. Unknown
 * names stay as written, as CommonMark says.
 */
function decodeEntities(text: string): string {
  return text.replace(/&([A-Za-z][A-Za-z0-9]{0,31});/g, (whole, name: string) =>
    Object.hasOwn(characterEntities, name) ? (characterEntities[name] ?? whole) : whole,
  );
}

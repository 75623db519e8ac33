import fc from 'fast-check';
import vectors from '../../fixtures/hostile/xss-vectors.json';
import { jsdomWindow } from './intakeEnvironment';

/**
 * Building blocks for fuzzing intake: hostile HTML tokens (the OWASP-style
 * vectors of test/fixtures/hostile plus random tags and attributes), whole
 * random documents, byte mutations, and a check for active content in
 * markup that is about to become a DOM.
 */

const TAGS = [
  'p',
  'div',
  'article',
  'section',
  'h1',
  'h2',
  'a',
  'span',
  'b',
  'br',
  'ul',
  'li',
  'table',
  'td',
  'title',
  'meta',
  'link',
  'head',
  'body',
  'html',
  'script',
  'style',
  'img',
  'svg',
  'math',
  'mglyph',
  'mtext',
  'iframe',
  'object',
  'embed',
  'form',
  'input',
  'button',
  'template',
  'noscript',
  'textarea',
  'select',
  'option',
  'video',
  'source',
  'base',
  'frameset',
  'frame',
  'xmp',
  'plaintext',
  'noembed',
  'details',
  'marquee',
];
const ATTRIBUTES = [
  'onerror',
  'onload',
  'onclick',
  'ontoggle',
  'style',
  'src',
  'srcset',
  'href',
  'xlink:href',
  'srcdoc',
  'action',
  'formaction',
  'data',
  'content',
  'http-equiv',
  'rel',
  'property',
  'title',
  'class',
  'background',
];
const VALUES = [
  'javascript:window.__xss=1',
  'jav&#x09;ascript:window.__xss=1',
  ' javascript:window.__xss=1',
  'data:text/html,<script>parent.__xss=1</script>',
  'window.__xss=1',
  'x',
  'refresh',
  '0;url=javascript:window.__xss=1',
  'canonical',
  'og:title',
  'expression(window.__xss=1)',
  '"><script>window.__xss=1</script>',
  'http://xss.example/x',
];

const attribute = fc
  .tuple(fc.constantFrom(...ATTRIBUTES), fc.constantFrom(...VALUES), fc.constantFrom('"', "'", ''))
  .map(([name, value, quote]) => ` ${name}=${quote}${value}${quote}`);
const openTag = fc
  .tuple(fc.constantFrom(...TAGS), fc.array(attribute, { maxLength: 3 }), fc.boolean())
  .map(([tag, attrs, self]) => `<${tag}${attrs.join('')}${self ? '/' : ''}>`);
const closeTag = fc.constantFrom(...TAGS).map((tag) => `</${tag}>`);
const words = fc.string({ maxLength: 60 }).map((text) => text.replace(/[<&]/g, ' '));

/** One piece of hostile or odd markup. */
export const hostileToken: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...(vectors as string[])),
  openTag,
  closeTag,
  words,
  fc.constantFrom(
    '<!--',
    '-->',
    '<![CDATA[',
    ']]>',
    '&lt;',
    '&#0;',
    '&#x110000;',
    '\u0000',
    '<',
    '>',
    '"',
    "'",
    '<!DOCTYPE html>',
    '<?xml version="1.0"?>',
  ),
);

/** A random document: hostile tokens around enough ordinary prose for Readability, sometimes. */
export const htmlDocument: fc.Arbitrary<string> = fc
  .tuple(fc.array(hostileToken, { maxLength: 30 }), fc.nat({ max: 6 }))
  .map(([tokens, prose]) => {
    const paragraph =
      '<p>The council met on Monday and heard evidence from residents, engineers and the mayor about the state of the harbour wall and what its repair would cost.</p>';
    return `<html><head><title>Fuzz</title></head><body><article>${paragraph.repeat(prose)}${tokens.join('')}</article></body></html>`;
  });

export type ByteMutation =
  | { op: 'flip'; at: number; bit: number }
  | { op: 'truncate'; at: number }
  | { op: 'insert'; at: number; bytes: number[] };

export const byteMutation: fc.Arbitrary<ByteMutation> = fc.oneof(
  fc.record({ op: fc.constant('flip'), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ op: fc.constant('truncate'), at: fc.nat() }),
  fc.record({
    op: fc.constant('insert'),
    at: fc.nat(),
    bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 6 }),
  }),
) as fc.Arbitrary<ByteMutation>;

/** A copy of the bytes with the mutation applied. */
export function mutateBytes(bytes: Uint8Array, mutation: ByteMutation): Uint8Array {
  const at = mutation.at % (bytes.length + 1);
  if (mutation.op === 'truncate') return bytes.slice(0, at);
  if (mutation.op === 'insert')
    return new Uint8Array([...bytes.subarray(0, at), ...mutation.bytes, ...bytes.subarray(at)]);
  const copy = bytes.slice();
  if (copy.length > 0) copy[at % copy.length] = copy[at % copy.length]! ^ (1 << mutation.bit);
  return copy;
}

const FORBIDDEN_TAGS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'form',
  'input',
  'button',
  'select',
  'option',
  'textarea',
  'img',
  'picture',
  'source',
  'track',
  'video',
  'audio',
  'canvas',
  'map',
  'area',
  'base',
  'noscript',
  'template',
  'portal',
]);
const FORBIDDEN_ATTRIBUTES =
  /^(on.*|style|src|srcset|srcdoc|action|formaction|background|poster|ping|http-equiv|dynsrc|lowsrc)$/i;
const URL_ATTRIBUTES = /^(href|xlink:href|data|action|formaction|src)$/i;
const ACTIVE_SCHEME = /^(javascript|vbscript|data):/i;

const inspector = jsdomWindow();

/**
 * What in this markup could run, load or style something once it is a DOM:
 * forbidden elements, event handlers and loading attributes, script URLs.
 * Parsed the way intake parses (an inert DOMParser document) and walked
 * element by element, so text that merely looks like markup is not counted.
 */
export function activeContent(html: string): string[] {
  const doc = new inspector.DOMParser().parseFromString(html, 'text/html');
  const found: string[] = [];
  for (const element of Array.from(doc.querySelectorAll('*'))) {
    const tag = element.localName.toLowerCase();
    if (FORBIDDEN_TAGS.has(tag)) found.push(`<${tag}>`);
    for (const { name, value } of Array.from(element.attributes)) {
      if (FORBIDDEN_ATTRIBUTES.test(name)) found.push(`<${tag} ${name}>`);
      // Browsers ignore ASCII whitespace and controls inside a scheme ("jav\tascript:").
      if (URL_ATTRIBUTES.test(name) && ACTIVE_SCHEME.test(value.replace(/[\p{Cc}\s]/gu, '')))
        found.push(`<${tag} ${name}="${value}">`);
    }
  }
  return found;
}

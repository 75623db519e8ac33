import { describe, expect, it } from 'vitest';
import { htmlBlocks } from '../../../src/core/intake/htmlBlocks';
import { testEnvironment } from './intakeEnvironment';

const env = testEnvironment();
const blocksOf = (html: string) => htmlBlocks(env.parseHtml(html).body);

describe('htmlBlocks', () => {
  it('makes one block per paragraph, heading, list item, quote and caption', () => {
    expect(
      blocksOf(`
      <h1>Headline</h1><h3>Sub</h3>
      <p>First paragraph.</p>
      <ul><li>One</li><li>Two</li></ul><ol><li>Three</li></ol>
      <blockquote>Quoted words.</blockquote>
      <blockquote><p>Quoted para one.</p><p>Quoted para two.</p></blockquote>
      <figure><figcaption>A caption.</figcaption></figure>
    `),
    ).toEqual([
      'Headline',
      'Sub',
      'First paragraph.',
      'One',
      'Two',
      'Three',
      'Quoted words.',
      'Quoted para one.',
      'Quoted para two.',
      'A caption.',
    ]);
  });

  it('keeps inline markup inside its block and collapses whitespace as a browser renders it', () => {
    expect(blocksOf('<p>  The <b>mayor</b>,\n   <a href="/x">Ana  Ruiz</a>,\tsaid <em>“no”</em>. </p>')).toEqual([
      'The mayor, Ana Ruiz, said “no”.',
    ]);
  });

  it('keeps non-breaking spaces, which browsers do not collapse', () => {
    expect(blocksOf('<p>£4.2&nbsp;million&nbsp; now</p>')).toEqual(['£4.2\u00a0million\u00a0 now']);
  });

  it('turns <br> into a line break inside the block, without stray spaces', () => {
    expect(blocksOf('<p>Line one <br> line two<br/>\n line three<br></p>')).toEqual(['Line one\nline two\nline three']);
  });

  it('keeps whitespace in <pre> exactly, less its leading and trailing blank lines', () => {
    expect(blocksOf('<p>Before</p><pre>\n  indented  code\n\tline 2\n\n</pre><p>After</p>')).toEqual([
      'Before',
      '  indented  code\n\tline 2',
      'After',
    ]);
  });

  it('reads text directly inside a div, section or article as its own blocks around nested blocks', () => {
    expect(
      blocksOf('<div>Loose text <span>here</span><p>Inner paragraph</p>tail text</div><section>Section text</section>'),
    ).toEqual(['Loose text here', 'Inner paragraph', 'tail text', 'Section text']);
  });

  it('reads a table row as one block with tab-separated cells', () => {
    expect(
      blocksOf(
        '<table><caption>Seats</caption><tr><th>Party</th><th>Seats</th></tr><tr><td>Green</td><td> 12 </td></tr></table>',
      ),
    ).toEqual(['Seats', 'Party\tSeats', 'Green\t12']);
  });

  it('ignores code, widgets, navigation, asides, footers and hidden elements', () => {
    expect(
      blocksOf(`
      <nav><a href="/">Home</a></nav><aside>Related</aside>
      <p>Kept <button>Share</button>text.<script>alert(1)</script><style>p{}</style></p>
      <noscript>Enable JS</noscript><template><p>Template</p></template>
      <svg><text>Vector</text></svg><iframe>frame</iframe>
      <p hidden>Hidden</p><footer>Footer</footer>
    `),
    ).toEqual(['Kept text.']);
  });

  it('drops empty and whitespace-only blocks', () => {
    expect(blocksOf('<p> </p><div>\n\t</div><p>&nbsp;</p><li></li><p>Real</p>')).toEqual(['Real']);
  });

  it('walks a subtree, not the whole document', () => {
    const doc = env.parseHtml('<p>Outside</p><article id="a"><p>Inside</p></article><p>After</p>');
    expect(htmlBlocks(doc.getElementById('a')!)).toEqual(['Inside']);
  });

  it('copes with very deep nesting without exhausting the stack', () => {
    // Built inside-out and detached, because jsdom itself recurses when a node joins a deep tree.
    const doc = env.parseHtml('');
    let root: Element = doc.createElement('p');
    root.textContent = 'Deep text';
    for (let i = 0; i < 20_000; i++) {
      const wrapper = doc.createElement(i % 2 ? 'div' : 'span');
      wrapper.appendChild(root);
      root = wrapper;
    }
    expect(htmlBlocks(root)).toEqual(['Deep text']);
  });
});

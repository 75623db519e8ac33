import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/core/intake/decodeText';
import { decodeWindows1252 } from '../../../src/core/intake/decodeWindows1252';
import { fixtureBytes } from './intakeEnvironment';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out.set(bigEndian ? [code >> 8, code & 0xff] : [code & 0xff, code >> 8], 2 + i * 2);
  }
  return out;
}

describe('decodeText', () => {
  it('reads UTF-8 without a notice', () => {
    const result = decodeText(utf8('“It’s done,” she said — 😀'));
    expect(result).toEqual({ ok: true, value: { text: '“It’s done,” she said — 😀', encoding: 'utf-8' } });
  });

  it('strips a UTF-8 byte-order mark', () => {
    const result = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Title\n\nBody')]));
    expect(result.ok && result.value.text).toBe('Title\n\nBody');
  });

  it.each([
    ['little', false, 'utf-16le'],
    ['big', true, 'utf-16be'],
  ] as const)('honours a UTF-16 %s-endian byte-order mark, NUL high bytes and all', (_, bigEndian, encoding) => {
    const result = decodeText(utf16('Café “quoted” text', bigEndian));
    expect(result).toEqual({ ok: true, value: { text: 'Café “quoted” text', encoding } });
  });

  it('refuses UTF-16 with an odd number of bytes', () => {
    const result = decodeText(bytes(0xff, 0xfe, 0x41, 0x00, 0x42));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/UTF-16LE byte-order mark but is not valid UTF-16LE/);
  });

  it('reads invalid UTF-8 as Windows-1252 and says so', () => {
    const result = decodeText(fixtureBytes('latin1.txt'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.encoding).toBe('windows-1252');
    expect(result.value.notice).toBe('was not valid UTF-8; read as Windows-1252 (Western European)');
    expect(result.value.text).toBe(
      'Café owners welcome new market rules\n\n“We’re pleased,” said René Dubois, who runs a café on the square.\n',
    );
  });

  it('refuses binary data with NUL bytes', () => {
    expect(decodeText(fixtureBytes('binary.txt'))).toEqual({
      ok: false,
      error: 'it contains binary data (NUL bytes), not text',
    });
    expect(decodeText(utf8('plain\u0000text'))).toEqual({
      ok: false,
      error: 'it contains binary data (NUL bytes), not text',
    });
  });

  it('refuses a high share of control characters even without NUL bytes', () => {
    const result = decodeText(bytes(0x47, 0x49, 0x46, 0x01, 0x02, 0x03, 0x41, 0x04, 0x05, 0x42));
    expect(result).toEqual({ ok: false, error: 'it contains binary data (control characters), not text' });
  });

  it('accepts tabs, form feeds and the odd stray control character', () => {
    const text = `Col\tumn\fpage\r\n${'word '.repeat(100)}\u001a`;
    expect(decodeText(utf8(text))).toEqual({ ok: true, value: { text, encoding: 'utf-8' } });
  });

  it.each([
    ['no bytes', new Uint8Array()],
    ['only whitespace', utf8(' \n\t\r\n ')],
    ['only a byte-order mark', bytes(0xef, 0xbb, 0xbf)],
    ['the empty fixture', fixtureBytes('empty.txt')],
  ])('refuses a file with %s as empty', (_, input) => {
    expect(decodeText(input)).toEqual({ ok: false, error: 'the file is empty' });
  });
});

describe('decodeWindows1252', () => {
  it('maps 0x80–0x9F to the code page, not to C1 controls (even where Node gets it wrong)', () => {
    expect(decodeWindows1252(bytes(0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0x9f))).toBe('€…‘’“”–—™Ÿ');
  });

  it('leaves the five undefined bytes as their C1 controls and Latin-1 as Latin-1', () => {
    expect(decodeWindows1252(bytes(0x81, 0x8d, 0x8f, 0x90, 0x9d))).toBe('\u0081\u008d\u008f\u0090\u009d');
    expect(decodeWindows1252(bytes(0x41, 0xe9, 0xfc, 0xff))).toBe('Aéüÿ');
  });
});

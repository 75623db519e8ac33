import { describe, expect, it } from 'vitest';
import { decodeHtmlBytes } from '../../../src/core/intake/decodeHtmlBytes';

/** ASCII markup with raw bytes spliced in where a number stands. */
function page(...parts: (string | number[])[]): Uint8Array {
  const bytes: number[] = [];
  for (const part of parts) bytes.push(...(typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : part));
  return new Uint8Array(bytes);
}

// "Привет" in windows-1251.
const PRIVET_1251 = [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2];

describe('decodeHtmlBytes', () => {
  it('honours a declared charset when the bytes are not UTF-8', () => {
    const result = decodeHtmlBytes(
      page('<html><head><meta charset="windows-1251"></head><body><p>', PRIVET_1251, '</p></body></html>'),
    );
    expect(result).toEqual({
      ok: true,
      value: {
        text: '<html><head><meta charset="windows-1251"></head><body><p>Привет</p></body></html>',
        notice: 'was not valid UTF-8; read as windows-1251, as the page declares',
      },
    });
  });

  it('reads the http-equiv form of the declaration too', () => {
    const result = decodeHtmlBytes(
      page('<meta http-equiv="Content-Type" content="text/html; charset=cp1251"><p>', PRIVET_1251, '</p>'),
    );
    expect(result.ok && result.value.text).toContain('Привет');
  });

  it('takes valid UTF-8 as UTF-8 whatever the page declares', () => {
    const bytes = new TextEncoder().encode('<meta charset="windows-1251"><p>Привет — “hi”</p>');
    expect(decodeHtmlBytes(bytes)).toEqual({
      ok: true,
      value: { text: '<meta charset="windows-1251"><p>Привет — “hi”</p>' },
    });
  });

  it.each(['iso-8859-1', 'no-such-charset', 'utf-8'])(
    'falls back to Windows-1252 when the page declares %s',
    (charset) => {
      const result = decodeHtmlBytes(
        page(`<meta charset="${charset}"><p>caf`, [0xe9], ' ', [0x93], 'ok', [0x94], '</p>'),
      );
      expect(result).toEqual({
        ok: true,
        value: {
          text: `<meta charset="${charset}"><p>café “ok”</p>`,
          notice: 'was not valid UTF-8; read as Windows-1252 (Western European)',
        },
      });
    },
  );

  it('still refuses binary and empty files', () => {
    expect(decodeHtmlBytes(new Uint8Array([0x3c, 0x00, 0x70]))).toEqual({
      ok: false,
      error: 'it contains binary data (NUL bytes), not text',
    });
    expect(decodeHtmlBytes(new Uint8Array())).toEqual({ ok: false, error: 'the file is empty' });
  });
});

import { err, ok, type Result } from '../result';
import { decodeWindows1252 } from './decodeWindows1252';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Said to the person when the file was read in a way they may not expect. */
  notice?: string;
}

/** Above this share of control characters a "text" file is really binary. */
const MAX_CONTROL_SHARE = 0.05;

/**
 * Decode the bytes of a text file. A byte-order mark decides UTF-8 or UTF-16;
 * otherwise strict UTF-8, and when that fails Windows-1252, the likeliest
 * encoding of an old Western file, with a notice saying so. Binary and empty
 * files are refused with a sentence that can follow the file's name.
 */
export function decodeText(bytes: Uint8Array): Result<DecodedText, string> {
  if (bytes.length === 0) return err('the file is empty');
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return decoded;
  const problem = binaryProblem(decoded.value.text);
  if (problem) return err(problem);
  if (decoded.value.text.trim() === '') return err('the file is empty');
  return decoded;
}

function decodeBytes(bytes: Uint8Array): Result<DecodedText, string> {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), 'utf-16be');
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  // Checked on the bytes because a NUL is valid UTF-8 and would slip through.
  if (body.includes(0)) return err('it contains binary data (NUL bytes), not text');
  try {
    return ok({ text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' });
  } catch {
    return ok({
      text: decodeWindows1252(body),
      encoding: 'windows-1252',
      notice: 'was not valid UTF-8; read as Windows-1252 (Western European)',
    });
  }
}

function decodeUtf16(body: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Result<DecodedText, string> {
  try {
    // ignoreBOM keeps the decoder from eating a second, literal U+FEFF.
    return ok({ text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body), encoding });
  } catch {
    return err(
      `it starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()} text`,
    );
  }
}

/** Why decoded text looks binary, or undefined when it looks like text. */
function binaryProblem(text: string): string | undefined {
  if (text.includes('\u0000')) return 'it contains binary data (NUL bytes), not text';
  if (controlCount(text) > text.length * MAX_CONTROL_SHARE)
    return 'it contains binary data (control characters), not text';
  return undefined;
}

/** C0 controls and DEL, less tab, line feed, form feed and carriage return, which text files use. */
function controlCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f) count++;
  }
  return count;
}

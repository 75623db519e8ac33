import { err, ok, type Result } from '../result';
import { decodeText } from './decodeText';

export interface DecodedHtml {
  text: string;
  notice?: string;
}

/** A charset in a `<meta charset>` or `<meta http-equiv content>` near the start, as browsers prescan. */
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;

/**
 * Decode a saved web page. Valid UTF-8 is taken as UTF-8 whatever the page
 * declares (browsers re-encode pages they save); otherwise a `<meta charset>`
 * the platform can decode (e.g. Shift_JIS, windows-1251) is honoured, and
 * failing that Windows-1252, as decodeText does.
 */
export function decodeHtmlBytes(bytes: Uint8Array): Result<DecodedHtml, string> {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  const { text, encoding, notice } = decoded.value;
  if (encoding !== 'windows-1252') return ok({ text, ...(notice ? { notice } : {}) });
  const declared = declaredDecoder(bytes);
  if (!declared) return ok({ text, ...(notice ? { notice } : {}) });
  const declaredText = declared.decode(bytes);
  if (declaredText.trim() === '') return err('the file is empty');
  return ok({ text: declaredText, notice: `was not valid UTF-8; read as ${declared.encoding}, as the page declares` });
}

/** A decoder for the declared charset, when there is one and it is neither UTF nor Windows-1252. */
function declaredDecoder(bytes: Uint8Array): TextDecoder | undefined {
  // The prescan reads ASCII, which every candidate charset shares; 1024 bytes as browsers do.
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  const label = META_CHARSET.exec(head)?.[1];
  if (!label) return undefined;
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    return undefined; // A label the platform does not know.
  }
  // windows-1252 is decodeText's own fallback (with Node's bug repaired); a
  // UTF label on invalid UTF bytes is wrong, so the fallback is the better guess.
  if (['windows-1252', 'utf-8', 'utf-16le', 'utf-16be', 'replacement'].includes(decoder.encoding)) return undefined;
  return decoder;
}

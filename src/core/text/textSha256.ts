/**
 * Hex SHA-256 of a text's UTF-8 bytes, used to recognise an article that is
 * already in the library. Web Crypto exists in browsers and in Node 20.
 */
export async function textSha256(text: string, subtle: SubtleCrypto = globalThis.crypto.subtle): Promise<string> {
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

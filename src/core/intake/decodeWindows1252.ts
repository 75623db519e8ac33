/**
 * What windows-1252 puts at bytes 0x80–0x9F, indexed by byte − 0x80. The five
 * bytes the code page leaves undefined stay the C1 control of the same value,
 * as the WHATWG Encoding Standard says.
 */
const HIGH_CONTROLS = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Decode bytes as Windows-1252 (what "Latin-1" means on the web). Never fails:
 * every byte is a character in this code page.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const decoded = new TextDecoder('windows-1252').decode(bytes);
  // Node 20.18.3+ decodes windows-1252 as ISO-8859-1 (nodejs/node#60888), so
  // 0x92 comes out as U+0092 instead of ’. A correct decoder never yields
  // U+0080–U+009F except for the five undefined bytes, which map to
  // themselves, so this repair is a no-op in browsers.
  return decoded.replace(/[\u0080-\u009f]/g, (c) =>
    String.fromCharCode(HIGH_CONTROLS[c.charCodeAt(0) - 0x80] ?? c.charCodeAt(0)),
  );
}

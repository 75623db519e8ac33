/**
 * Whether a file is W3C Web Annotation JSON-LD rather than a native
 * library: the W3C context near its start, alone or first of several (the
 * app's own export adds its quotemark context after it).
 */
export function looksLikeW3C(text: string): boolean {
  return /"@context"\s*:\s*(?:\[\s*)?"http:\/\/www\.w3\.org\/ns\/anno\.jsonld"/.test(text.slice(0, 2000));
}

const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

/**
 * Whether `value` is a plain #rrggbb colour. Colours come from stored data;
 * only such a value may reach a style attribute, so a crafted one cannot
 * inject other CSS.
 */
export function isHexColor(value: string): boolean {
  return HEX_COLOR.test(value);
}

import { SPEAKER_PALETTE } from '../../core/speakers/speakerColor';
import type { Coder } from '../../core/team/coder';

/** A coder's colour in the Layers: by their place in the project's list of coders, so every member sees the same. */
export function coderColor(coders: readonly Coder[], coderId: string): string {
  const ordered = [...coders].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || (a.id < b.id ? -1 : 1));
  const at = Math.max(
    0,
    ordered.findIndex((c) => c.id === coderId),
  );
  // From the far end of the palette, so a layer's colour seldom matches the first speakers'.
  return SPEAKER_PALETTE[SPEAKER_PALETTE.length - 1 - (at % SPEAKER_PALETTE.length)] ?? SPEAKER_PALETTE[0];
}

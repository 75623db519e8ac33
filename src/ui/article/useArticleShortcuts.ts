import { STANCES } from '../../core/model/statement';
import type { Stance } from '../../core/model/statement';
import { useShortcuts, type Shortcuts } from '../common/useShortcuts';

interface Handlers {
  tag: () => void;
  move: (direction: 1 | -1) => void;
  setStance: (stance: Stance | undefined) => void;
  openSpeaker: (() => void) | undefined;
  remove: () => void;
  escape: () => void;
  accept: () => void;
  reject: () => void;
}

/** The article view's keyboard flow (listed in the "?" dialog). */
export function useArticleShortcuts(h: Handlers): void {
  const stanceKeys: Shortcuts = Object.fromEntries(
    STANCES.map((stance, i) => [String(i + 1), () => h.setStance(stance)]),
  );
  useShortcuts({
    t: h.tag,
    j: () => h.move(1),
    k: () => h.move(-1),
    ...stanceKeys,
    '0': () => h.setStance(undefined),
    s: h.openSpeaker,
    Delete: h.remove,
    Escape: h.escape,
    a: h.accept,
    r: h.reject,
  });
}

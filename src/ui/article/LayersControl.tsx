import type { Coder } from '../../core/team/coder';
import { inkOfColor } from '../../core/speakers/speakerColor';
import { coderColor } from '../team/coderColor';

interface Props {
  coders: readonly Coder[];
  /** Every coder of the project, for their colours. */
  all: readonly Coder[];
  shown: ReadonlySet<string>;
  onToggle: (coderId: string, on: boolean) => void;
}

/** Layers: one checkbox per other coder of the project, drawing their statements read-only. */
export function LayersControl({ coders, all, shown, onToggle }: Props) {
  if (coders.length === 0) return null;
  return (
    <fieldset className="qm-layers">
      <legend>Layers</legend>
      {coders.map((coder) => (
        <label key={coder.id} className="qm-inline-field">
          <input type="checkbox" checked={shown.has(coder.id)} onChange={(e) => onToggle(coder.id, e.target.checked)} />
          <span
            className="qm-layer-swatch"
            style={{ color: inkOfColor(coderColor(all, coder.id)) }}
            aria-hidden="true"
          />
          {coder.name}
        </label>
      ))}
    </fieldset>
  );
}

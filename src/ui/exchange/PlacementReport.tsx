import type { ImportPlan } from '../../core/import/ImportPlan';
import { quotePreview } from '../../core/import/quotePreview';
import { plural } from '../../core/text/plural';

interface Props {
  plan: ImportPlan;
  importRest: boolean;
  onImportRest: (yes: boolean) => void;
}

const SHOWN = 20;

/**
 * How the file's statements were placed in their articles' texts: those
 * that cannot be placed in an alert, named by their path in the file and
 * their words, with the choice to import the rest; those placed away from
 * their offsets listed as moved or fuzzy (the words differ a little); those
 * taken from positions alone listed as unverified, for the person to check.
 */
export function PlacementReport({ plan, importRest, onImportRest }: Props) {
  const { unplaced } = plan;
  const placed = plan.placed.filter((p) => p.status !== 'unverified');
  const unverified = plan.placed.filter((p) => p.status === 'unverified');
  return (
    <>
      {unplaced.length > 0 && (
        <div role="alert" className="qm-error qm-import-problems">
          <p>
            {plural(unplaced.length, 'statement')} cannot be placed in{' '}
            {unplaced.length === 1 ? 'its article’s text' : 'their articles’ texts'} and will not be imported:
          </p>
          <ul aria-label="Statements that cannot be placed">
            {unplaced.slice(0, SHOWN).map((u) => (
              <li key={u.path}>
                <code>{u.path}</code> {u.exact && `“${quotePreview(u.exact)}” `}
                {u.reason}.
              </li>
            ))}
            {unplaced.length > SHOWN && <li>…and {unplaced.length - SHOWN} more.</li>}
          </ul>
          <label className="qm-inline-field">
            <input type="checkbox" checked={importRest} onChange={(e) => onImportRest(e.target.checked)} />
            {plan.placeable > 0
              ? `Import the ${plural(plan.placeable, 'statement')} that can be placed`
              : 'Import the rest of the file without them'}
          </label>
        </div>
      )}
      {placed.length > 0 && (
        <div className="qm-notice">
          <p>
            {plural(placed.length, 'quote')} found away from {placed.length === 1 ? 'its' : 'their'} position in the
            file, where the words are now:
          </p>
          <ul aria-label="Placed statements">
            {placed.slice(0, SHOWN).map((p) => (
              <li key={`${p.path}`}>
                {p.status === 'moved' && <>“{quotePreview(p.now)}” — moved</>}
                {p.status === 'fuzzy' && (
                  <>
                    “{p.now}” — fuzzy: the file quoted “{p.was}”
                  </>
                )}
                {p.status === 'dropped' && <>cue “{quotePreview(p.was)}” — not found; dropped</>}
                {p.field === 'cue' && p.status !== 'dropped' && ' (cue)'}
              </li>
            ))}
            {placed.length > SHOWN && <li>…and {placed.length - SHOWN} more.</li>}
          </ul>
        </div>
      )}
      {unverified.length > 0 && (
        <div className="qm-notice">
          <p>
            {plural(unverified.length, 'quote')} taken from {unverified.length === 1 ? 'its' : 'their'} position alone,
            unverified: the file has no quote to check against, so {unverified.length === 1 ? 'it is' : 'they are'}{' '}
            whatever words are there now:
          </p>
          <ul aria-label="Unverified statements">
            {unverified.slice(0, SHOWN).map((p) => (
              <li key={p.path}>“{quotePreview(p.now)}” — unverified: no quote to check against</li>
            ))}
            {unverified.length > SHOWN && <li>…and {unverified.length - SHOWN} more.</li>}
          </ul>
        </div>
      )}
    </>
  );
}

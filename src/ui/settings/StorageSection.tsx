import type { PersistenceRequest } from '../../storage/database/LibraryMeta';
import type { StorageStatus } from './browserStorage';
import { formatBytes } from './formatBytes';
import { formatDateTime } from './formatDateTime';

interface Props {
  /** False when the browser has no Storage API at all. */
  supported: boolean;
  status: StorageStatus | undefined;
  request: PersistenceRequest | null | undefined;
  asking: boolean;
  onAsk: () => void;
}

/** Whether the browser keeps the library, and how much room it takes. */
export function StorageSection({ supported, status, request, asking, onAsk }: Props) {
  return (
    <section aria-labelledby="storage-heading" className="qm-settings-section">
      <h2 id="storage-heading">Storage in this browser</h2>
      {!supported ? (
        <p>
          Storage status is not available in this browser (it has no navigator.storage), so Quotemark cannot ask it to
          keep your library. Export the library regularly.
        </p>
      ) : !status ? (
        <p aria-busy="true">Loading…</p>
      ) : (
        <dl className="qm-settings-facts">
          <dt>Persistent storage</dt>
          <dd>
            <Persistence persisted={status.persisted} />
            {status.persisted === false && (
              <>
                {' '}
                <button type="button" onClick={onAsk} disabled={asking}>
                  Ask for persistent storage
                </button>
              </>
            )}
            {request && (
              <span className="qm-hint qm-settings-detail">
                Last asked <time dateTime={request.askedAt}>{formatDateTime(request.askedAt)}</time>:{' '}
                {request.granted ? 'granted' : 'declined'}.
                {!request.granted &&
                  ' Chromium grants it to sites you install, bookmark or use often; Firefox asks you. An export keeps a copy either way.'}
              </span>
            )}
          </dd>
          <dt>Used</dt>
          <dd>{status.usage === null ? 'Not available in this browser' : formatBytes(status.usage)}</dd>
          <dt>Free</dt>
          <dd>
            {status.usage === null || status.quota === null
              ? 'Not available in this browser'
              : `${formatBytes(status.quota - status.usage)} (of ${formatBytes(status.quota)} this site may use)`}
          </dd>
        </dl>
      )}
    </section>
  );
}

function Persistence({ persisted }: { persisted: boolean | null }) {
  if (persisted === null) return <>Not available in this browser.</>;
  return persisted ? (
    <>Granted: the browser will not clear your library to make room.</>
  ) : (
    <>Not granted: the browser may clear your library when the disk runs short of space.</>
  );
}

import { useState } from 'react';
import type { LibraryRecords } from '../../core/model/envelope';
import { cellKey, type StanceMatrix } from '../../core/review/stanceMatrix';
import { speakerHref, topicHref } from '../routing/parseRoute';
import { cellLabel } from './cellLabel';
import { EvidenceList } from './EvidenceList';
import { StanceGlyph } from './StanceGlyph';
import { useRovingGrid } from './useRovingGrid';
import '../review.css';

type Props = {
  /** The records the matrix was computed from: the evidence is looked up in them. */
  records: LibraryRecords;
  matrix: StanceMatrix;
};

type Chosen = { speakerId: string; topicId: string; heading: string };

/**
 * Speakers (rows) by topics (columns); each cell a button showing the
 * stances taken, which lists its statements under the table. One Tab stop:
 * arrow keys move between cells, Enter or Space opens one.
 */
export function StanceMatrixTable({ records, matrix }: Props) {
  const { speakers, topics, cells } = matrix;
  const grid = useRovingGrid(speakers.length, topics.length);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const chosenCell = chosen ? cells[cellKey(chosen.speakerId, chosen.topicId)] : undefined;

  return (
    <>
      <div className="qm-matrix-scroll">
        <table className="qm-table qm-matrix">
          <caption>Stances by speaker and topic. Choose a cell to see its statements.</caption>
          <thead>
            <tr>
              <td />
              {topics.map((topic) => (
                <th key={topic.id} scope="col">
                  <a href={topicHref(topic.id)}>{topic.label}</a>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {speakers.map((speaker, r) => (
              <tr key={speaker.id}>
                <th scope="row">
                  <a href={speakerHref(speaker.id)}>{speaker.name}</a>
                </th>
                {topics.map((topic, c) => {
                  const cell = cells[cellKey(speaker.id, topic.id)];
                  const pressed = chosen?.speakerId === speaker.id && chosen.topicId === topic.id;
                  return (
                    <td key={topic.id}>
                      <button
                        type="button"
                        className="qm-matrix-cell"
                        ref={grid.register(r, c)}
                        tabIndex={grid.tabIndex(r, c)}
                        aria-label={cellLabel(speaker.name, topic.label, cell)}
                        aria-pressed={pressed}
                        onKeyDown={grid.onKeyDown(r, c)}
                        onFocus={grid.onFocus(r, c)}
                        onClick={() => setChosen({ speakerId: speaker.id, topicId: topic.id, heading: `${speaker.name} on ${topic.label}` })}
                      >
                        {cell ? <StanceGlyph cell={cell} /> : <span className="qm-matrix-none">—</span>}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <EvidenceList records={records} heading={chosen?.heading ?? null} statementIds={chosenCell?.statementIds ?? []} />
    </>
  );
}

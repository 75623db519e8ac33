import { useState, type RefObject } from 'react';
import { exportFileName } from '../../core/exchange/exportFileName';
import { saveChartPng, saveChartSvg } from './saveChart';
import '../review.css';

type Props = {
  /** The rendered chart to save. */
  chart: RefObject<SVGSVGElement | null>;
  /** Scope of the file name: quotemark-<scope>-<date>.svg */
  scope: string;
};

/** "Save chart as SVG" and "Save chart as PNG", with any failure shown as an alert. */
export function SaveChartButtons({ chart, scope }: Props) {
  const [error, setError] = useState<string | null>(null);
  const saveSvg = () => {
    setError(null);
    if (chart.current) saveChartSvg(chart.current, exportFileName(scope, 'svg'));
  };
  const savePng = () => {
    setError(null);
    if (!chart.current) return;
    saveChartPng(chart.current, exportFileName(scope, 'png')).catch((e: unknown) =>
      setError(e instanceof Error ? e.message : 'The PNG could not be made.'),
    );
  };
  return (
    <div className="qm-save-chart">
      <button type="button" onClick={saveSvg}>
        Save chart as SVG
      </button>
      <button type="button" onClick={savePng}>
        Save chart as PNG
      </button>
      {error && <p role="alert" className="qm-error">{error}</p>}
    </div>
  );
}

import { useState, type ReactElement, type RefObject } from 'react';
import { exportFileName } from '../../core/exchange/exportFileName';
import { drawDetached } from './drawDetached';
import { chartImage, saveChartPng, saveChartSvg, type ChartImage } from './saveChart';
import '../review.css';
import { errorMessage } from '../../core/errorMessage';

/**
 * The chart to save: one rendered in the page, or a function returning one
 * to draw only when saved (a chart too large to keep in the page).
 */
export type ChartSource = RefObject<SVGSVGElement | null> | (() => ReactElement);

type Props = {
  chart: ChartSource;
  /** Scope of the file name: quotemark-<scope>-<date>.svg */
  scope: string;
};

/** "Save chart as SVG" and "Save chart as PNG", with any failure shown as an alert. */
export function SaveChartButtons({ chart, scope }: Props) {
  const [error, setError] = useState<string | null>(null);
  const fail = (e: unknown) => setError(errorMessage(e));
  const image = (): ChartImage | null => {
    if (typeof chart === 'function') return drawDetached(chart(), chartImage);
    return chart.current ? chartImage(chart.current) : null;
  };
  const saveSvg = () => {
    setError(null);
    try {
      const svg = image();
      if (svg) saveChartSvg(svg, exportFileName(scope, 'svg'));
    } catch (e) {
      fail(e);
    }
  };
  const savePng = () => {
    setError(null);
    try {
      const png = image();
      if (png) saveChartPng(png, exportFileName(scope, 'png')).catch(fail);
    } catch (e) {
      fail(e);
    }
  };
  return (
    <div className="qm-save-chart">
      <button type="button" onClick={saveSvg}>
        Save chart as SVG
      </button>
      <button type="button" onClick={savePng}>
        Save chart as PNG
      </button>
      {error && (
        <p role="alert" className="qm-error">
          {error}
        </p>
      )}
    </div>
  );
}

import { downloadFile } from '../common/downloadFile';

/** A chart ready to save: its standalone SVG markup and its size in CSS pixels. */
export interface ChartImage {
  markup: string;
  width: number;
  height: number;
}

// Browsers refuse canvases past these (Chromium: 32,767 px a side and
// 268 million pixels; Safari: 16,384 a side); a bigger PNG would come out
// as nothing. Charts that would exceed them are drawn smaller instead.
const MAX_CANVAS_SIDE = 16_384;
const MAX_CANVAS_AREA = 120_000_000;

/**
 * The chart's SVG element serialised as a standalone file. Only the
 * element's own markup is read; nothing is ever parsed back into the page.
 */
export function svgMarkup(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.removeAttribute('aria-hidden');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

/** What saving needs of a rendered chart, read at once (the element may be gone by the time a PNG is drawn). */
export function chartImage(svg: SVGSVGElement): ChartImage {
  return {
    markup: svgMarkup(svg),
    width: Number(svg.getAttribute('width')) || 800,
    height: Number(svg.getAttribute('height')) || 600,
  };
}

/** Download the chart as an SVG file. */
export function saveChartSvg(image: ChartImage, fileName: string): void {
  downloadFile(fileName, new Blob([image.markup], { type: 'image/svg+xml' }));
}

/** The PNG's scale: as asked, or smaller when the canvas would be larger than browsers draw. */
export function pngScale(width: number, height: number, wanted: number): number {
  return Math.min(
    wanted,
    MAX_CANVAS_SIDE / width,
    MAX_CANVAS_SIDE / height,
    Math.sqrt(MAX_CANVAS_AREA / (width * height)),
  );
}

/** Download the chart as a PNG at twice its size (sharp on high-density screens), or as large as a canvas allows. */
export async function saveChartPng({ markup, width, height }: ChartImage, fileName: string, wanted = 2): Promise<void> {
  const scale = pngScale(width, height, wanted);
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.floor(width * scale));
    canvas.height = Math.max(1, Math.floor(height * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw the chart.');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('This browser could not make a PNG of the chart.');
    downloadFile(fileName, blob);
  } finally {
    URL.revokeObjectURL(url);
  }
}

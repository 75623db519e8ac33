import { downloadFile } from '../common/downloadFile';
/**
 * Save a rendered chart: the SVG element serialised as a standalone file, or
 * drawn onto a canvas and saved as PNG. Only the element's own markup is
 * read; nothing is ever parsed back into the page.
 */
export function svgMarkup(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.removeAttribute('aria-hidden');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

/** Download the chart as an SVG file. */
export function saveChartSvg(svg: SVGSVGElement, fileName: string): void {
  downloadFile(fileName, new Blob([svgMarkup(svg)], { type: 'image/svg+xml' }));
}

/** Download the chart as a PNG at twice its size (sharp on high-density screens). */
export async function saveChartPng(svg: SVGSVGElement, fileName: string, scale = 2): Promise<void> {
  const width = Number(svg.getAttribute('width')) || 800;
  const height = Number(svg.getAttribute('height')) || 600;
  const url = URL.createObjectURL(new Blob([svgMarkup(svg)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
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

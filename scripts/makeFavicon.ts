// Writes public/favicon.ico, the icon browsers ask for at /favicon.ico
// whatever the page links: public/favicon.svg (the icon index.html links)
// drawn at 32×32 by Chromium and stored as one PNG inside an ICO container.
// Run after changing the SVG: `npx tsx scripts/makeFavicon.ts`.
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunch } from '../test/e2e/support/chromiumLaunch';

const svg = readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch(chromiumLaunch);
try {
  const page = await browser.newPage({ viewport: { width: 32, height: 32 } });
  await page.setContent(`<style>html,body{margin:0}svg{display:block;width:32px;height:32px}</style>${svg}`);
  const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: 32, height: 32 } });
  // ICONDIR (6 bytes) and one ICONDIRENTRY (16 bytes), then the PNG itself.
  const header = Buffer.alloc(22);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(32, 6); // width
  header.writeUInt8(32, 7); // height
  header.writeUInt8(0, 8); // no palette
  header.writeUInt8(0, 9); // reserved
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14); // image size
  header.writeUInt32LE(22, 18); // image offset
  writeFileSync(new URL('../public/favicon.ico', import.meta.url), Buffer.concat([header, png]));
} finally {
  await browser.close();
}

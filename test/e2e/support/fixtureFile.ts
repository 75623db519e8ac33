import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';

const FIXTURES = new URL('../../fixtures/intake/', import.meta.url);

/** A fixture file as Playwright's setInputFiles takes it. */
export function fixtureFile(name: string, mimeType = 'application/octet-stream') {
  return { name, mimeType, buffer: readFileSync(new URL(name, FIXTURES)) };
}

/** A file to drop: fixture bytes, or a generated file of `size` bytes of "a". */
export type DroppedFile =
  { name: string; mimeType: string; buffer: Buffer } | { name: string; mimeType: string; size: number };

/**
 * Drop files on a target as a person dragging them from the desktop would:
 * dragenter, dragover and drop events carrying a DataTransfer with the files.
 */
export async function dropFiles(page: Page, target: Locator, files: DroppedFile[]) {
  const payload = files.map((f) =>
    'buffer' in f
      ? { name: f.name, type: f.mimeType, base64: f.buffer.toString('base64'), size: 0 }
      : { name: f.name, type: f.mimeType, base64: '', size: f.size },
  );
  const dataTransfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) {
      // Large files are made in the page: shipping megabytes through the protocol is slow.
      const bytes = f.size ? new Uint8Array(f.size).fill(97) : Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], f.name, { type: f.type }));
    }
    return dt;
  }, payload);
  await target.dispatchEvent('dragenter', { dataTransfer });
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
}

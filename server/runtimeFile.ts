import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * `<data>/server.json`, written once the server listens and removed when it
 * stops: how the CLI finds a running server (and the key of its admin
 * routes) instead of opening the store that server holds. Readable by the
 * server's user only.
 */
export const RuntimeInfoSchema = z.object({
  pid: z.number().int().positive(),
  host: z.string(),
  port: z.number().int().positive(),
  adminKey: z.string().min(16),
  publicUrl: z.string(),
});

export type RuntimeInfo = z.infer<typeof RuntimeInfoSchema>;

const fileIn = (dataDir: string) => join(dataDir, 'server.json');

export function writeRuntimeInfo(dataDir: string, info: RuntimeInfo): void {
  writeFileSync(fileIn(dataDir), JSON.stringify(info), { mode: 0o600 });
}

export function readRuntimeInfo(dataDir: string): RuntimeInfo | null {
  try {
    const parsed = RuntimeInfoSchema.safeParse(JSON.parse(readFileSync(fileIn(dataDir), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function removeRuntimeInfo(dataDir: string, pid = process.pid): void {
  if (readRuntimeInfo(dataDir)?.pid !== pid) return;
  try {
    unlinkSync(fileIn(dataDir));
  } catch {
    // Gone already.
  }
}

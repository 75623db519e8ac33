import { z } from 'zod';

/** Record ids are opaque non-empty strings (UUIDs when the app makes them). */
export const IdSchema = z.string().min(1).max(200);

/** ISO 8601 timestamp as stored on every record. */
export const TimestampSchema = z.iso.datetime({ offset: true });

import { appDatabase } from '../../storage/database/appDatabase';
import { writeLibraryJson } from '../../storage/exchange/writeLibraryJson';
import { ChunkedBlob } from '../common/ChunkedBlob';

/** The whole library as the native JSON export, written into a Blob piece by piece (see writeLibraryJson). */
export async function libraryJsonBlob(now: Date = new Date()): Promise<Blob> {
  const file = new ChunkedBlob('application/json');
  await writeLibraryJson(appDatabase, file.write, now);
  return file.blob();
}

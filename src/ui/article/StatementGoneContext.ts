import { createContext } from 'react';

/**
 * True while the statement the form edits has been deleted from the library
 * (in another tab): the article view keeps the form open on its last version
 * so nothing typed is lost, and the form says so.
 */
export const StatementGoneContext = createContext(false);

/** Written into every export; a unit test keeps it equal to package.json. */
export const APP_INFO = { name: 'Quotemark', version: '0.1.0' } as const;

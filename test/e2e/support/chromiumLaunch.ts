/**
 * Debian's Chromium as the end-to-end tests and the bench launch it:
 * Playwright's own browser download does not work here. No sandbox, GPU,
 * network chatter or first-run pages. CHROMIUM_PATH picks another binary.
 */
export const chromiumLaunch = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

// Where Chromium is: `CHROMIUM` if set, else the first of the usual names on PATH (or the macOS app).
// Shared by the bootstrap (which may install it) and the E2E harness (which only looks).
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const MAC_APPS = [
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

const executable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The Chromium to drive, or null when there is none. */
export function findChromium(env = process.env) {
  if (env.CHROMIUM) return env.CHROMIUM;
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean))
    for (const name of NAMES) if (executable(join(dir, name))) return join(dir, name);
  return MAC_APPS.find(executable) ?? null;
}

/** For scripts that need it: the Chromium path, or one line saying what to do. */
export function requireChromium() {
  const found = findChromium();
  if (found) return found;
  throw new Error('No Chromium found: install it (Debian: apt-get install chromium) or set CHROMIUM=/path/to/chrome.');
}

// Where the browsers are: `CHROMIUM` / `FIREFOX` if set, else the first of the usual names on PATH
// (or the macOS app). Shared by the bootstrap (which may install them) and the E2E harnesses
// (which only look).
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const BROWSERS = {
  chromium: {
    variable: 'CHROMIUM',
    names: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'],
    apps: [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ],
  },
  firefox: {
    variable: 'FIREFOX',
    names: ['firefox-esr', 'firefox'],
    apps: ['/Applications/Firefox.app/Contents/MacOS/firefox'],
  },
};

const executable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The browser to drive (`chromium` or `firefox`), or null when there is none. */
export function findBrowser(kind, env = process.env) {
  const { variable, names, apps } = BROWSERS[kind];
  if (env[variable]) return env[variable];
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean))
    for (const name of names) if (executable(join(dir, name))) return join(dir, name);
  return apps.find(executable) ?? null;
}

export const findChromium = (env) => findBrowser('chromium', env);

/** For scripts that need it: the Chromium path, or one line saying what to do. */
export function requireChromium() {
  const found = findChromium();
  if (found) return found;
  throw new Error('No Chromium found: install it (Debian: apt-get install chromium) or set CHROMIUM=/path/to/chrome.');
}

/** For the Firefox smoke suite: the Firefox path, or one line saying what to do. */
export function requireFirefox() {
  const found = findBrowser('firefox');
  if (found) return found;
  throw new Error(
    'No Firefox found: install it (Debian: apt-get install firefox-esr) or set FIREFOX=/path/to/firefox.',
  );
}

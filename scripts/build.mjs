// Builds the Chromium extension into .output/chrome-mv3 (the demo and `npm run open` load it).
import { spawnSync } from 'node:child_process';

export function buildExtension() {
  const r = spawnSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) {
    console.error('touchline: the build failed (see above); npm run build shows the whole output.');
    process.exit(1);
  }
}

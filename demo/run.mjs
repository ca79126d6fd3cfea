// `npm run demo`: build Touchline, start Chromium with it, and walk the recorded story (story.mjs).
// With a display the window stays open (the local sites keep answering) until you close it;
// without one it runs headless and leaves screenshots in .output/demo/.
import { buildExtension } from '../scripts/build.mjs';
import { runDemo, summaryLines } from './story.mjs';

const started = Date.now();
const headed = Boolean(process.env.DISPLAY) && !process.argv.includes('--headless');
buildExtension();
const { ext, summary } = await runDemo({ headless: !headed });
for (const line of summaryLines(summary)) console.log(line);
console.log(`Demo took ${((Date.now() - started) / 1000).toFixed(1)} s.`);
if (headed) {
  console.log(
    'The browser is yours now: open the Touchline toolbar button, or the dashboard tab. Close the window to finish.',
  );
  await new Promise((done) => ext.context.on('close', done));
} else {
  console.log('No display, so it ran headless. To use Touchline for real: npm run open, or load .output/chrome-mv3.');
  await ext.close();
}

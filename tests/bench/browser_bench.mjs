// Figures from the app in headless Chromium (not a test): time from navigation to the
// first frame on a fresh and on a repeat visit, CPU time per frame of the app's
// drawing, and the wasm heap. Runs each measure several times and prints medians.
//   node tests/bench/browser_bench.mjs [runs]
import { startServer, launchProfile, openApp, waitForFrames } from '../e2e/harness.mjs';

const runs = Number(process.argv[2] || 5);
const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const firstFrame = page => page.waitForFunction(() => Module.firstFrameMs, null, { timeout: 30000 })
  .then(handle => handle.jsonValue());

const server = await startServer();
const fresh = [], repeat = [], frame = [], heap = [];
for (let i = 0; i < runs; ++i) {
  const profile = await launchProfile();
  try {
    const page = await openApp(profile.context, server.url);
    fresh.push(await firstFrame(page));
    await page.waitForFunction(async () => !!(await navigator.serviceWorker.ready).active);
    await page.reload();
    await waitForFrames(page, 2);
    repeat.push(await firstFrame(page));
    // The app draws only when something happens: the pointer moving over the screen
    // makes each of these frames.
    const samples = [];
    for (let f = 0; f < 60; ++f) {
      await page.mouse.move(100 + (f % 2), 300);
      await page.evaluate(() => new Promise(requestAnimationFrame));
      samples.push(await page.evaluate(() => window.homeworks.textStats().frameMs));
    }
    frame.push(median(samples));
    heap.push(await page.evaluate(() => Module.HEAPU8.length / (1024 * 1024)));
  } finally {
    await profile.close();
  }
}
server.stop();
const show = (label, values, unit) =>
  console.log(`${label.padEnd(38)} ${median(values).toFixed(1).padStart(8)} ${unit}   (runs: ${values.map(v => v.toFixed(1)).join(', ')})`);
console.log(`Homeworks in headless Chromium, ${runs} runs, medians (home screen, 360x640)`);
show('navigation to first frame, fresh visit', fresh, 'ms');
show('navigation to first frame, repeat visit', repeat, 'ms');
show('app frame CPU time (home screen)', frame, 'ms');
show('wasm heap', heap, 'MiB');

// Figures for the Shop in headless Chromium (not a test): with 1,000 and 100,000
// generated products (a backup file written by the native domain_bench, restored
// through Settings as a person would), the app's CPU time per frame while the product
// list is scrolled with the mouse wheel, the time from a keystroke in the search box to
// the frame that shows the new results, what keeping the page's accessibility tree up
// to date costs while scrolling, saving the products and reading them back at the next
// start, and the wasm memory all that took.
//   node tests/bench/catalogue_bench.mjs [keystrokes] [counts]   (after scripts/bench.sh built
//   build/release/domain_bench; counts: "1000,100000" by default)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, launchProfile, openApp, tap, findWidget, waitForFrames } from '../e2e/harness.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'homeworks-bench-'));
// The generated catalogue of `count` products as a backup file.
function backupOf(count) {
  const file = join(scratch, `catalogue-${count}.snapshot`);
  execFileSync(join(root, 'build/release/domain_bench'), ['--write-backup', String(count), file]);
  return file;
}

// Settings -> Restore a backup -> the file -> Restore: the app reads it and shows the Shop.
async function restore(page, file) {
  await tap(page, 'home.settings');
  const choosing = page.waitForEvent('filechooser');
  await tap(page, 'settings.backup.restore');
  await (await choosing).setFiles(file);
  await tap(page, 'restore.yes', { timeout: 60000 });
  await tap(page, 'nav.back');
  await tap(page, 'home.shop');
}

const keystrokes = Number(process.argv[2] || 10);
const counts = (process.argv[3] || '1000,100000').split(',').map(Number);
const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const p95 = values => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.95))];
const frameMs = page => page.evaluate(() => window.homeworks.textStats().frameMs);
const nextFrame = page => page.evaluate(() => new Promise(requestAnimationFrame));

async function measure(server, count) {
  const profile = await launchProfile();
  try {
    const page = await openApp(profile.context, server.url);
    // The demo catalogues arrive after the first frame: let them land (and be saved)
    // first, so that they are not added to the generated products half-way.
    await page.waitForFunction(() => Module.storage.completedSaves() > 0, null, { timeout: 30000 });
    const file = backupOf(count);
    const fillStart = Date.now();
    await restore(page, file);
    await findWidget(page, 'shop.groups.more', { timeout: 60000 });  // the generated groups are listed
    const fillMs = Date.now() - fillStart;  // reading the backup and indexing the products

    // Saving them: the snapshot written to the storage folder, then copied to IndexedDB.
    const save = await page.evaluate(async () => {
      const start = performance.now();
      const saved = Module.ccall('hw_save_now', 'number', [], []);
      const written = performance.now();
      await Module.storage.flush();  // nothing left to save: waits for IndexedDB
      return { saved, snapshotMs: written - start, storedMs: performance.now() - written };
    });
    // On a busy machine the app's own saver may have written them already (a moment
    // after the restore): then there is nothing to time.

    // Scrolling: one wheel step per frame down the list, the app's CPU time sampled.
    const viewport = page.viewportSize();
    await page.mouse.move(viewport.width / 2, viewport.height * 0.75);
    for (let i = 0; i < 10; ++i) await nextFrame(page);  // warm: fonts, first photos
    const scroll = [];
    const mirrorStats = () => page.evaluate(() => window.homeworks.mirrorStats());
    const mirrorBefore = await mirrorStats();
    for (let i = 0; i < 150; ++i) {
      await page.mouse.wheel(0, 200);
      await nextFrame(page);
      scroll.push(await frameMs(page));
    }
    const cards = (await page.evaluate(() => window.homeworks.widgets())).filter(w => w.id.startsWith('shop.result.')).length;
    // The accessibility tree (web/accessibility.js): the widgets' JSON and the DOM diff,
    // on the frames whose widgets changed.
    const mirrorAfter = await mirrorStats();
    const mirror = {
      updates: mirrorAfter.updates - mirrorBefore.updates, frames: mirrorAfter.frames - mirrorBefore.frames,
      ms: mirrorAfter.totalMs - mirrorBefore.totalMs, maxMs: mirrorAfter.maxMs,
      nodes: await page.evaluate(() => document.querySelectorAll('#a11y > *').length),
    };

    // Keystrokes: a letter typed into the search box's input, then frames until the
    // count of products found changed.
    for (let i = 0; i < 5; ++i) {  // back to the top of the Shop
      await page.mouse.wheel(0, -100000);
      await nextFrame(page);
    }
    await tap(page, 'shop.search');
    await page.waitForSelector('[data-field="shop.search"]');
    const latency = [], searchFrame = [];
    let shown = '';
    const words = ['basket', 'quilt', 'bamboo', 'silk', 'scarf', 'cotton', 'mat', 'lamp', 'bag', 'shawl'];
    for (let k = 0; k < keystrokes; ++k) {
      const word = words[k % words.length];
      const result = await page.evaluate(async text => {
        const input = document.querySelector('[data-field="shop.search"]');
        const label = () => (window.homeworks.widgets().find(w => w.id === 'shop.found') || {}).label;
        const before = label();
        const start = performance.now();
        input.value = text;
        input.dispatchEvent(new Event('input'));
        let worst = 0;
        for (let f = 0; f < 120; ++f) {
          await new Promise(requestAnimationFrame);
          worst = Math.max(worst, window.homeworks.textStats().frameMs);
          const now = label();
          if (now && now !== before) return { ms: performance.now() - start, frame: worst, found: now };
        }
        return { ms: NaN, frame: worst };
      }, word);
      if (k === 0) shown = `"${word}": ${result.found}`;
      latency.push(result.ms);
      searchFrame.push(result.frame);
    }
    // The wasm memory only grows: its size now is the peak of the whole run.
    const heapMiB = await page.evaluate(() => Module.HEAPU8.length / (1024 * 1024));
    const MiB = name => page.evaluate(f => Module.ccall(f, 'number', [], []) / (1024 * 1024), name);
    const inUseMiB = await MiB('hw_heap_in_use'), peakUseMiB = await MiB('hw_heap_peak');

    // The next start: the saved products read back, then the Shop indexes them.
    const reloadStart = Date.now();
    await page.reload();
    await waitForFrames(page, 2, { timeout: 60000 });
    const loadMs = await page.evaluate(() => Module.ccall('hw_load_ms', 'number', [], []));
    const startedMs = Date.now() - reloadStart;
    await tap(page, 'home.shop');
    await findWidget(page, 'shop.groups.more', { timeout: 60000 });
    const reloadHeapMiB = await page.evaluate(() => Module.HEAPU8.length / (1024 * 1024));
    const reloadPeakMiB = await MiB('hw_heap_peak');
    return { count, fillMs, shown, cards, scroll, mirror, latency, searchFrame, heapMiB, inUseMiB, peakUseMiB, save, loadMs,
             startedMs, reloadHeapMiB, reloadPeakMiB };
  } finally {
    await profile.close();
  }
}

const server = await startServer();
try {
  console.log('The Shop in headless Chromium (360x640, software GL): CPU time of the app per frame');
  for (const count of counts) {
    const r = await measure(server, count);
    console.log(`\n${r.count.toLocaleString('en')} products, restored from a backup and indexed in ${r.fillMs} ms; ${r.cards} cards drawn while scrolling; first search ${r.shown}`);
    console.log(`  scrolling the list      frame median ${median(r.scroll).toFixed(2)} ms, p95 ${p95(r.scroll).toFixed(2)} ms, max ${Math.max(...r.scroll).toFixed(2)} ms (${r.scroll.length} frames)`);
    const m = r.mirror;
    console.log(`  accessibility tree      ${(m.ms / Math.max(m.updates, 1)).toFixed(2)} ms per update (JSON + DOM diff), max ${m.maxMs.toFixed(2)} ms; updated on ${m.updates} of ${m.frames} frames, ${(m.ms / Math.max(m.frames, 1)).toFixed(2)} ms a frame on average; ${m.nodes} nodes`);
    console.log(`  keystroke -> results    median ${median(r.latency).toFixed(1)} ms, p95 ${p95(r.latency).toFixed(1)} ms (${r.latency.length} keystrokes)`);
    console.log(`  frame that searched     median ${median(r.searchFrame).toFixed(2)} ms, max ${Math.max(...r.searchFrame).toFixed(2)} ms`);
    console.log(r.save.saved ? `  saving                  snapshot ${r.save.snapshotMs.toFixed(0)} ms, then ${r.save.storedMs.toFixed(0)} ms more until in IndexedDB`
                             : '  saving                  already saved by the app before it was timed');
    console.log(`  wasm heap (peak)        ${r.heapMiB.toFixed(0)} MiB of memory; allocated now ${r.inUseMiB.toFixed(0)} MiB; the heap reached ${r.peakUseMiB.toFixed(0)} MiB`);
    console.log(`  next start              state read in ${r.loadMs.toFixed(0)} ms, first frames after ${r.startedMs} ms; with the Shop open ${r.reloadHeapMiB.toFixed(0)} MiB of memory, the heap reached ${r.reloadPeakMiB.toFixed(0)} MiB`);
  }
} finally {
  server.stop();
  rmSync(scratch, { recursive: true, force: true });
}

// Offline and light: after one visit the app starts with no network at all, and the
// first visit downloads no more than the size budget.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchProfile, openApp, tap, findWidget, waitForFrames, waitForOfflineReady, screenshot } from './harness.mjs';

const firstLoadBudget = 600 * 1024;  // bytes over the wire, brotli

let server;
before(async () => { server = await startServer(); });
after(() => server.stop());

test('after one visit the app starts and works with no network', async () => {
  const profile = await launchProfile();
  try {
    const page = await openApp(profile.context, server.url);
    await waitForOfflineReady(page);
    // The visit lasts until the demo catalogues fetched after the first frame are saved.
    await page.waitForFunction(() => Module.storage.completedSaves() > 0, null, { timeout: 20000 });
    await profile.context.setOffline(true);
    await page.reload();
    await waitForFrames(page, 2);
    await tap(page, 'home.learn');
    await findWidget(page, 'nav.back');
    await screenshot(page, 'offline-learn-360x640');
    assert.deepEqual(page.problems, []);
  } finally {
    await profile.close();
  }
});

test('the first visit downloads at most the size budget', async () => {
  const profile = await launchProfile();
  try {
    let bytes = 0;
    const files = [];
    const page = await openApp(profile.context, server.url, {
      beforeGoto: async p => {
        const cdp = await profile.context.newCDPSession(p);
        await cdp.send('Network.enable');
        const urls = new Map();
        cdp.on('Network.responseReceived', e => urls.set(e.requestId, e.response.url));
        cdp.on('Network.loadingFinished', e => {
          const url = urls.get(e.requestId) || '';
          // The demo catalogues are fetched after the first frame (tests/e2e/demo.test.mjs),
          // like the fonts of other scripts: not part of what the app needs to start.
          if (url.includes('/demo/')) return;
          bytes += e.encodedDataLength;
          files.push(`${url} ${e.encodedDataLength}`);
        });
      },
    });
    await page.waitForLoadState('networkidle');
    console.log(`first visit: ${bytes} bytes over the wire (budget ${firstLoadBudget})\n  ${files.join('\n  ')}`);
    assert.ok(files.some(f => f.includes('index.wasm')), 'the wasm was downloaded and counted');
    assert.ok(bytes <= firstLoadBudget, `first visit downloads ${bytes} bytes, over the budget of ${firstLoadBudget}`);
  } finally {
    await profile.close();
  }
});

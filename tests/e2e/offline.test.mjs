// Offline and light: after one visit the app starts with no network at all, and the
// first visit (the app, its Latin fonts and the demo catalogues) downloads no more
// than the size budget.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteDir, startServer, launchProfile, openApp, tap, findWidget, waitForFrames, waitForOfflineReady, screenshot } from './harness.mjs';

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
    // Every response that came over the network, the page's and the service worker's
    // (which fetches what the page asks for once it is in control), headers included.
    // What the worker hands the page from its cache or its own fetch is not counted twice.
    const received = [];
    const counting = [];
    profile.context.on('requestfinished', request => counting.push((async () => {
      const response = await request.response();
      if (!response || response.fromServiceWorker()) return;
      const sizes = await request.sizes();
      received.push({ url: request.url(), bytes: sizes.responseHeadersSize + sizes.responseBodySize });
    })()));
    const page = await openApp(profile.context, server.url);
    // The demo catalogues are part of the first load: the index and every group's file.
    const demo = JSON.parse(readFileSync(join(siteDir, 'demo', 'index.json'), 'utf8')).demo;
    await page.waitForFunction(n => performance.getEntriesByType('resource').filter(e => e.name.includes('/demo/')).length >= n,
      demo.packs.length + 1);
    await page.waitForLoadState('networkidle');
    await waitForOfflineReady(page);
    await Promise.all(counting);
    // The budget is for the app, its Latin fonts and the demo; the built-in lessons come
    // after the first frame like the fonts of other scripts, and are listed apart.
    const lessons = received.filter(r => r.url.includes('/lessons/'));
    const counted = received.filter(r => !r.url.includes('/lessons/'));
    const sum = list => list.reduce((total, r) => total + r.bytes, 0);
    const bytes = sum(counted);
    console.log(`first visit: ${bytes} bytes over the wire (budget ${firstLoadBudget}); lessons apart: ${sum(lessons)}\n  ` +
      counted.map(r => `${r.url} ${r.bytes}`).join('\n  '));
    assert.ok(counted.some(r => r.url.endsWith('/index.wasm') && r.bytes > 100000), 'the wasm was downloaded and counted');
    for (const pack of demo.packs) {
      assert.ok(counted.some(r => r.url.endsWith(`/demo/${pack.file}`) && r.bytes > 1000), `${pack.file} was counted`);
    }
    assert.ok(bytes <= firstLoadBudget, `first visit downloads ${bytes} bytes, over the budget of ${firstLoadBudget}`);
  } finally {
    await profile.close();
  }
});

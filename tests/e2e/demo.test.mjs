// The demo catalogues, as a person meets them on a new phone: the Shop lists the demo
// groups (fetched after the app drew its first frame, not part of the first load),
// and after a reload they are still there and not fetched or added a second time.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteDir, startServer, launchProfile, openApp, tap, findWidget, waitForFrames, screenshot } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(() => server.stop());

// What the build put beside the app: the list of demo packs.
const index = JSON.parse(readFileSync(join(siteDir, 'demo', 'index.json'), 'utf8')).demo;

// Notes, in the page, the frame count at which each demo file was asked for.
async function watchDemoFetches(page) {
  await page.addInitScript(() => {
    const original = window.fetch;
    window.demoFetchFrames = [];
    window.fetch = function (url, ...rest) {
      if (String(url).includes('demo/')) {
        window.demoFetchFrames.push(window.homeworks && window.Module && Module.calledRun ? window.homeworks.frames() : 0);
      }
      return original.call(this, url, ...rest);
    };
  });
}

async function shopGroups(page) {
  const all = await page.evaluate(() => window.homeworks.widgets());
  return all.filter(w => /^shop\.group\.[0-9a-f]+$/.test(w.id));
}

test('on a fresh profile the Shop lists the demo groups once, also after a reload', async () => {
  assert.ok(index.packs.length >= 4 && index.packs.length <= 6, `${index.packs.length} demo packs`);
  // A tall phone screen, so the whole list shows at once.
  const profile = await launchProfile({ viewport: { width: 400, height: 1200 } });
  try {
    const requests = [];
    const page = await openApp(profile.context, server.url, {
      beforeGoto: async p => {
        await watchDemoFetches(p);
        p.on('request', r => { if (r.url().includes('/demo/')) requests.push(r.url()); });
      },
    });
    await tap(page, 'home.shop');
    for (const pack of index.packs) {
      const name = await findWidget(page, `shop.group.${pack.groupId}`, { timeout: 20000 });
      assert.equal(name.label, pack.name);
      assert.match(name.label, /\(Demo\)/);
      const count = await findWidget(page, `shop.group.${pack.groupId}.products`);
      assert.equal(count.label, `Products: ${pack.products}`);
      const demo = await findWidget(page, `shop.group.${pack.groupId}.demo`);
      assert.match(demo.label, /^Demo/);
    }
    assert.equal((await shopGroups(page)).length, index.packs.length);
    const total = index.packs.reduce((n, p) => n + p.products, 0);
    assert.ok(total >= 50 && total <= 70, `${total} demo products`);
    await screenshot(page, 'demo-shop-400x1200');

    // The index and one request per pack, all after the first frame was drawn.
    assert.equal(requests.length, 1 + index.packs.length, requests.join('\n'));
    const frames = await page.evaluate(() => window.demoFetchFrames);
    assert.equal(frames.length, 1 + index.packs.length);
    assert.ok(frames.every(f => f >= 1), `demo files asked for at frames ${frames}`);
    assert.deepEqual(page.problems, []);

    // Saved, then the page is opened again: the demo is neither fetched nor added again.
    await page.evaluate(() => Module.storage.flush());
    requests.length = 0;
    await page.reload();
    await waitForFrames(page, 2);
    await tap(page, 'home.shop');
    for (const pack of index.packs) await findWidget(page, `shop.group.${pack.groupId}`);
    await page.waitForTimeout(1000);  // time in which a second load would have started
    assert.equal((await shopGroups(page)).length, index.packs.length);
    for (const pack of index.packs) {
      assert.equal((await findWidget(page, `shop.group.${pack.groupId}.products`)).label, `Products: ${pack.products}`);
    }
    assert.deepEqual(requests, []);
    assert.deepEqual(await page.evaluate(() => window.demoFetchFrames), []);
    assert.deepEqual(page.problems, []);
  } finally {
    await profile.close();
  }
});

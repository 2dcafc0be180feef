// The demo catalogues, as a person meets them on a new phone: the Shop lists the demo
// groups (fetched after the app drew its first frame, not part of the first load),
// and after a reload they are still there and not fetched or added a second time.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteDir, startServer, launchProfile, openApp, tap, findWidget, widgets, waitForFrames, screenshot } from './harness.mjs';

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

// Scrolls with the wheel, like a person, until the widget is wholly on screen.
async function scrollTo(page, id) {
  const viewport = page.viewportSize();
  await page.mouse.move(viewport.width / 2, viewport.height / 2);
  for (let i = 0; i < 80; ++i) {
    const w = (await widgets(page)).find(x => x.id === id);
    if (w && w.y >= 0 && w.y + w.h <= viewport.height) return w;
    await page.mouse.wheel(0, w && w.y < 0 ? -60 : 60);
    await page.waitForTimeout(50);
  }
  throw new Error(`could not scroll to ${id}`);
}

// Reads the Shop's list of groups from top to bottom, as a person would.
async function readShop(page) {
  const shown = [];
  for (const pack of index.packs) {
    const id = `shop.group.${pack.groupId}`;
    const [name, count, demo] = [await scrollTo(page, id), await scrollTo(page, `${id}.products`), await scrollTo(page, `${id}.demo`)];
    shown.push({ name: name.label, count: count.label, demo: demo.label, y: name.y });
  }
  return shown;
}

const expected = () => index.packs.map(p => ({ name: p.name, count: `Products: ${p.products}` }));

test('on a fresh profile the Shop lists the demo groups once, also after a reload', async () => {
  assert.ok(index.packs.length >= 4 && index.packs.length <= 6, `${index.packs.length} demo packs`);
  const profile = await launchProfile({ viewport: { width: 412, height: 915 } });
  try {
    const requests = [];
    const page = await openApp(profile.context, server.url, {
      beforeGoto: async p => {
        await watchDemoFetches(p);
        p.on('request', r => { if (r.url().includes('/demo/')) requests.push(r.url()); });
      },
    });
    await tap(page, 'home.shop');
    // Fetched, imported and saved in the background: the list fills in.
    await findWidget(page, `shop.group.${index.packs[0].groupId}`, { timeout: 20000 });
    const shown = await readShop(page);
    assert.deepEqual(shown.map(({ name, count }) => ({ name, count })), expected());
    for (const s of shown) {
      assert.match(s.name, /\(Demo\)$/);
      assert.match(s.demo, /^Demo/);
    }
    const total = index.packs.reduce((n, p) => n + p.products, 0);
    assert.ok(total >= 50 && total <= 70, `${total} demo products`);
    await screenshot(page, 'demo-shop-412x915');

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
    await page.waitForTimeout(1000);  // time in which a second load would have started
    const again = await readShop(page);
    assert.deepEqual(again.map(({ name, count }) => ({ name, count })), expected());  // 12 products each, not 24
    assert.deepEqual(requests, []);
    assert.deepEqual(await page.evaluate(() => window.demoFetchFrames), []);
    assert.deepEqual(page.problems, []);
  } finally {
    await profile.close();
  }
});

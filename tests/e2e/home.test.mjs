// The foundation, as a person meets it in Chromium: the app loads with no errors,
// draws its home screen, opens what is tapped, stays sharp and fits the window.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchProfile, openApp, tap, findWidget, waitGone, screenshot, imageStats } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(() => server.stop());

const buttonColour = [0xbf, 0x4d, 0x29];  // the theme's button colour (app/ui/theme.cpp)
const near = (a, b, tolerance = 12) => a.every((v, i) => Math.abs(v - b[i]) <= tolerance);

test('the home screen is drawn with its three ways in and no console errors', async () => {
  const profile = await launchProfile();
  try {
    const page = await openApp(profile.context, server.url);
    const overlayHidden = await page.$eval('#overlay', el => getComputedStyle(el).display === 'none');
    assert.ok(overlayHidden, 'the loading overlay is gone once the app draws');
    const cards = [];
    for (const id of ['home.learn', 'home.shop', 'home.mygroup']) cards.push(await findWidget(page, id));
    assert.deepEqual(cards.map(c => c.label), ['Learn', 'Shop', 'My group']);
    for (const c of cards) assert.ok(c.h >= 48 && c.w >= 300, `${c.id} is big enough for a thumb`);

    const png = await screenshot(page, 'home-360x640');
    const probe = [cards[0].x + 8, cards[0].y + cards[0].h / 2];
    const stats = await imageStats(profile.context, png, [probe]);
    assert.ok(stats.distinctColours > 50, `the screenshot shows text and shapes (${stats.distinctColours} colours)`);
    assert.ok(near(stats.at[0], buttonColour), `the Learn card is drawn where it is published (${stats.at[0]})`);
    assert.deepEqual(page.problems, []);
  } finally {
    await profile.close();
  }
});

test('tapping an entry of the home screen opens it, and Back returns', async () => {
  const profile = await launchProfile();
  try {
    const page = await openApp(profile.context, server.url);
    await tap(page, 'home.shop');
    await findWidget(page, 'nav.back');
    await waitGone(page, 'home.shop');
    await screenshot(page, 'shop-placeholder-360x640');
    await tap(page, 'nav.back');
    await findWidget(page, 'home.learn');
    await tap(page, 'My group');
    await findWidget(page, 'nav.back');
    assert.deepEqual(page.problems, []);
  } finally {
    await profile.close();
  }
});

for (const ratio of [2, 3]) {
  test(`the canvas is sharp on a HiDPI phone: its backing store follows the pixel ratio (${ratio})`, async () => {
    const profile = await launchProfile({ deviceScaleFactor: ratio });
    try {
      const page = await openApp(profile.context, server.url);
      const size = await page.$eval('#canvas', c => ({ w: c.width, h: c.height, cssW: c.clientWidth, cssH: c.clientHeight }));
      assert.equal(size.w, size.cssW * ratio);
      assert.equal(size.h, size.cssH * ratio);
      const card = await findWidget(page, 'home.learn');
      assert.ok(card.w >= 300 && card.w <= 360, 'widgets stay in CSS pixels');
      await screenshot(page, `home-360x640-dpr${ratio}`);
    } finally {
      await profile.close();
    }
  });
}

test('the layout follows the window from a phone to a desktop', async () => {
  const profile = await launchProfile();
  try {
    const page = await openApp(profile.context, server.url);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.waitForFunction(() => {
      const w = window.homeworks.widgets().find(x => x.id === 'home.learn');
      return w && w.x > 200;
    }, null, { timeout: 10000 });
    const card = await findWidget(page, 'home.learn');
    assert.ok(card.w <= 720, 'a readable column on a wide screen');
    assert.ok(Math.abs(card.x + card.w / 2 - 640) < 16, 'the column is centred');
    await screenshot(page, 'home-1280x800');
    await page.setViewportSize({ width: 640, height: 360 });  // a phone in landscape
    await page.waitForFunction(() => {
      const w = window.homeworks.widgets().find(x => x.id === 'home.learn');
      return w && w.x + w.w <= 640 && w.w >= 560;
    }, null, { timeout: 10000 });
    assert.deepEqual(page.problems, []);
  } finally {
    await profile.close();
  }
});

test('a browser without WebGL 2 is told so clearly', async () => {
  const profile = await launchProfile();
  try {
    await profile.context.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
        return kind === 'webgl2' ? null : original.call(this, kind, ...rest);
      };
    });
    const page = await openApp(profile.context, server.url, { waitForFrame: false });
    await page.waitForSelector('#overlay.failed');
    const text = await page.textContent('#message');
    assert.match(text, /WebGL 2/);
    assert.ok(await page.isVisible('#retry'));
  } finally {
    await profile.close();
  }
});

test('a failed download of the app is reported with a way to try again', async () => {
  const profile = await launchProfile();
  try {
    await profile.context.route('**/index.wasm', route => route.abort());
    const page = await openApp(profile.context, server.url, { waitForFrame: false });
    await page.waitForSelector('#overlay.failed', { timeout: 15000 });
    assert.match(await page.textContent('#message'), /could not load/);
    assert.ok(await page.isVisible('#retry'));
  } finally {
    await profile.close();
  }
});

// Touch and keyboard in the real browser: a finger (or a mouse) dragging the Settings
// screen scrolls it without pressing the button it started on, a flick glides on, a
// tap still presses; on a desktop, Tab moves an outline through the buttons and Enter
// presses the one it is on.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchProfile, openApp, tap, findWidget, waitForFrames, widgets, screenshot, imageStats } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(() => server.stop());

const centre = w => ({ x: w.x + w.w / 2, y: w.y + w.h / 2 });

// A finger on the touch screen, through Chromium's own touch events.
async function touchDrag(page, from, dy, steps, { holdMs = 0 } = {}) {
  const cdp = await page.context().newCDPSession(page);
  const point = y => [{ x: from.x, y, radiusX: 4, radiusY: 4, force: 1, id: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(from.y) });
  for (let i = 1; i <= steps; ++i) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(from.y + dy * i / steps) });
    await page.waitForTimeout(16);
  }
  if (holdMs) await page.waitForTimeout(holdMs);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

async function yOf(page, id) {
  const w = (await widgets(page)).find(x => x.id === id);
  return w ? w.y : undefined;
}

test('dragging Settings with the mouse scrolls it and does not choose the language under the pointer', async () => {
  const profile = await launchProfile();
  try {
    const page = await openApp(profile.context, server.url);
    await tap(page, 'home.settings');
    const thai = await findWidget(page, 'settings.lang.th');
    const start = centre(thai);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let i = 1; i <= 20; ++i) {
      await page.mouse.move(start.x, start.y - 10 * i);
      await page.waitForTimeout(16);
    }
    await page.waitForTimeout(300);  // the pointer rests before it lets go: no glide
    await page.mouse.up();
    await waitForFrames(page, 1);
    await page.waitForTimeout(200);
    const moved = thai.y - await yOf(page, 'settings.lang.th');
    assert.ok(Math.abs(moved - 200) < 12, `the list followed the pointer: moved ${moved} px for 200`);
    // Still in English: the Thai button was not pressed.
    assert.equal((await page.evaluate(() => window.homeworks.textStats())).language, 'en');
    assert.deepEqual(page.problems, []);
  } finally {
    await profile.close();
  }
});

test('on a touch screen a flick glides on and a tap still presses', async () => {
  const profile = await launchProfile({ hasTouch: true });
  try {
    const page = await openApp(profile.context, server.url);
    await tap(page, 'home.settings');
    const thai = await findWidget(page, 'settings.lang.th');
    await touchDrag(page, centre(thai), -120, 4);  // a quick flick up
    const lifted = await yOf(page, 'settings.lang.th');
    await page.waitForTimeout(400);
    const later = await yOf(page, 'settings.lang.th');
    assert.ok(lifted < thai.y - 60, `the list moved with the finger (${thai.y} -> ${lifted})`);
    assert.ok(later === undefined || later < lifted - 20, `it glided on after the finger lifted (${lifted} -> ${later})`);
    await page.waitForTimeout(1500);  // comes to rest
    assert.equal((await page.evaluate(() => window.homeworks.textStats())).language, 'en', 'the flick pressed nothing');

    // Back to the top with a slow drag down, then a tap on Thai chooses it.
    for (let i = 0; i < 4 && (await yOf(page, 'nav.back')) === undefined; ++i) {
      await touchDrag(page, { x: 180, y: 150 }, 400, 20, { holdMs: 200 });
    }
    const target = await findWidget(page, 'settings.lang.th');
    await page.touchscreen.tap(centre(target).x, centre(target).y);
    await findWidget(page, 'การตั้งค่า');  // "Settings" in Thai
    await screenshot(page, 'touch-settings-th-360x640');
    assert.deepEqual(page.problems, []);
  } finally {
    await profile.close();
  }
});

test('on a desktop Tab outlines the buttons one after another and Enter presses', async () => {
  const profile = await launchProfile({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await openApp(profile.context, server.url);
    await page.locator('#canvas').focus();
    const focused = async () => (await widgets(page)).filter(w => w.focused).map(w => w.id);
    const seen = [];
    for (let i = 0; i < 6; ++i) {
      await page.keyboard.press('Tab');
      await waitForFrames(page, 1);
      await page.waitForTimeout(100);
      seen.push(...await focused());
    }
    assert.deepEqual(seen, ['home.profile', 'home.language', 'home.learn', 'home.shop', 'home.mygroup', 'home.settings']);
    // The outline is drawn around the button the keyboard is on, in the focus blue.
    const settings = await findWidget(page, 'home.settings');
    const png = await screenshot(page, 'keyboard-focus-home-1280x800');
    // The 2 px line runs 3 to 5 px left of the button; elsewhere the page is warm beige.
    const y = settings.y + settings.h / 2;
    const near = (await imageStats(profile.context, png, [3, 4, 5].map(d => [settings.x - d, y]))).at;
    const bluest = near.reduce((a, b) => (b[2] - b[0] > a[2] - a[0] ? b : a));
    assert.ok(bluest[2] - bluest[0] > 80, `a blue outline left of the button, got ${JSON.stringify(near)}`);
    const [far] = (await imageStats(profile.context, png, [[settings.x - 12, y]])).at;
    assert.ok(far[0] > 200 && far[2] < far[0] + 10, `no outline further out, got rgb(${far})`);
    await page.keyboard.press('Shift+Tab');
    await page.waitForTimeout(100);
    assert.deepEqual(await focused(), ['home.mygroup']);
    await page.keyboard.press('Shift+Tab');
    await page.waitForTimeout(100);
    await page.keyboard.press('Enter');
    await findWidget(page, 'nav.back');  // the Shop screen opened
    assert.ok(!(await widgets(page)).some(w => w.id === 'home.learn'));
    assert.deepEqual(page.problems, []);
  } finally {
    await profile.close();
  }
});

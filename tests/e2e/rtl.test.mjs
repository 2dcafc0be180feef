// Right to left in the real browser: in Urdu the home and settings screens mirror,
// text lines end at the right edge and the Back button sits on the right. The
// screenshots are kept in test-results/e2e.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchProfile, openApp, tap, findWidget, screenshot, imageStats, settled } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(() => server.stop());

// Where the ink (dark text pixels) of a row of the screenshot starts and ends.
async function inkAcross(context, png, y, x0, x1) {
  const xs = [];
  for (let x = Math.ceil(x0); x < x1; x += 1) xs.push(x);
  const { at } = await imageStats(context, png, xs.map(x => [x, y]));
  const ink = xs.filter((x, i) => at[i][0] < 140 && at[i][1] < 140 && at[i][2] < 140);
  return ink.length ? { first: ink[0], last: ink[ink.length - 1] } : null;
}

test('in Urdu home and settings are laid out from the right', async () => {
  const profile = await launchProfile({ viewport: { width: 360, height: 800 } });  // a common phone: all of home shows
  try {
    const page = await openApp(profile.context, `${server.url}?lang=ur`);
    const learn = await findWidget(page, 'home.learn');
    const settingsButton = await findWidget(page, 'home.settings');
    await settled(page);
    const home = await screenshot(page, 'rtl-home-ur-360x800');
    // The Settings button starts the row at the right edge of the column.
    assert.ok(Math.abs((settingsButton.x + settingsButton.w) - (learn.x + learn.w)) < 1, 'Settings at the right edge');
    assert.ok(settingsButton.x > learn.x + learn.w / 2);
    // The app's name ends at the right edge of the column, with nothing on the left.
    const title = await findWidget(page, 'Homeworks');
    const ink = await inkAcross(profile.context, home, title.y + title.h / 2, learn.x, learn.x + learn.w);
    assert.ok(ink, 'the title is drawn');
    assert.ok(learn.x + learn.w - ink.last < 12, `the title ends at the right edge (${ink.last})`);
    assert.ok(ink.first > learn.x + 60, `and leaves the left side empty (starts at ${ink.first})`);

    await tap(page, 'home.settings');
    await findWidget(page, 'nav.back');
    await settled(page);
    const back = await findWidget(page, 'nav.back');  // placed once the scrollbar is there
    assert.equal(back.label, 'واپس');
    const settings = await screenshot(page, 'rtl-settings-ur-360x800');
    // Back sits on the right (this screen scrolls: its scrollbar takes the last 14 px),
    // and so do the language buttons and the hint above them.
    const english = await findWidget(page, 'settings.lang.en');
    assert.ok(back.x > 180 && learn.x + learn.w - (back.x + back.w) <= 16, `Back on the right (${back.x}+${back.w})`);
    assert.ok(Math.abs((english.x + english.w) - (back.x + back.w)) < 1);
    const hint = await findWidget(page, 'اس آلے پر ایپ یہی زبان بولتی ہے۔');
    const line = await inkAcross(profile.context, settings, hint.y + hint.h / 2, hint.x, hint.x + hint.w);
    assert.ok(line && hint.x + hint.w - line.last < 12, `the hint ends at the right edge (${line && line.last})`);
    assert.deepEqual(page.problems, []);
  } finally {
    await profile.close();
  }
});

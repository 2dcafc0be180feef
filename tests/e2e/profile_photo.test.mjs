// A profile's photo in Chromium: chosen through the file chooser (the camera on a
// phone), kept small, and shown as a disc on the home screen's profile button, after a
// reload too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, launchProfile, openApp, findWidget, imageStats, screenshot, waitForFrames } from './harness.mjs';
import { press, see } from './patient.mjs';

let server;
before(async () => { server = await startServer(); });
after(() => server.stop());

// A camera-sized picture drawn by the browser: plain green (RGB 30, 160, 60).
async function greenPhoto(page) {
  const base64 = await page.evaluate(async () => {
    const canvas = new OffscreenCanvas(1200, 900);
    const g = canvas.getContext('2d');
    g.fillStyle = 'rgb(30, 160, 60)';
    g.fillRect(0, 0, 1200, 900);
    const blob = await canvas.convertToBlob({ type: 'image/png' });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let text = '';
    for (const b of bytes) text += String.fromCharCode(b);
    return btoa(text);
  });
  const file = join(mkdtempSync(join(tmpdir(), 'homeworks-')), 'IMG_0042.png');
  writeFileSync(file, Buffer.from(base64, 'base64'));
  return file;
}

test('a person takes a photo for their profile; it is shown round on the home screen, after a reload too', async () => {
  const profile = await launchProfile();
  try {
    const page = await openApp(profile.context, server.url);
    const photo = await greenPhoto(page);
    await press(page, 'home.profile');
    await press(page, 'profiles.edit');
    const choosing = page.waitForEvent('filechooser');
    await press(page, 'profile.avatar.photo');
    await (await choosing).setFiles(photo);
    assert.equal((await see(page, 'profile.avatar.photo.shown')).label, '160 × 160');
    await press(page, 'nav.back');
    await see(page, 'profiles.new');
    await press(page, 'nav.back');
    await page.evaluate(() => Module.storage.flush());
    await page.reload();
    await waitForFrames(page, 2);

    // The button's avatar: green in its middle, the page's own colour in the corner of
    // its square (a disc, not a square photo).
    const button = await findWidget(page, 'home.profile');
    let stats;
    for (let i = 0; i < 50; ++i) {  // the photo is decoded on the frames after start
      const png = await screenshot(page, 'profile-photo-home-360x640');
      const side = button.h;
      stats = await imageStats(profile.context, png, [[button.x + side / 2, button.y + side / 2], [button.x + 2, button.y + 2]]);
      if (stats.at[0][1] > 130 && stats.at[0][0] < 60) break;
      await page.waitForTimeout(100);
    }
    const [centre, corner] = stats.at;
    assert.ok(centre[1] > 130 && centre[0] < 60 && centre[2] < 90, `the middle is the green photo: ${centre}`);
    assert.ok(!(corner[1] > 130 && corner[0] < 60), `the corner is not the photo: ${corner}`);
    assert.deepEqual(page.problems, []);
  } finally {
    await profile.close();
  }
});

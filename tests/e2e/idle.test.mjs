// A phone at rest costs nothing: the app draws a frame only when something can change
// the picture (a tap, a key, a file arriving, a timer it set), so a screen left alone
// draws nothing at all, and the next tap draws it again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchProfile, openApp, tap, findWidget, waitForText, waitForIdle, screenshot, imageStats }
  from './harness.mjs';
import { readCourse, waitLabel } from './learn_helpers.mjs';

let server;
before(async () => { server = await startServer(); });
after(() => server.stop());

const buttonColour = [0xbf, 0x4d, 0x29];  // the theme's button colour (app/ui/theme.cpp)
const near = (a, b, tolerance = 12) => a.every((v, i) => Math.abs(v - b[i]) <= tolerance);
const lesson = readCourse('01-your-phone.json').lessons[0];
const counts = page => page.evaluate(() => ({ frames: homeworks.frames(), paints: homeworks.paints() }));

// Leaves the screen alone for 10 s once it has settled, and says what it drew meanwhile.
async function leftAlone(page) {
  await waitForText(page);
  await waitForIdle(page);
  const before = await counts(page);
  await page.waitForTimeout(10000);
  const after = await counts(page);
  return { before, after, frames: after.frames - before.frames, paints: after.paints - before.paints };
}

test('home, the Shop and a lesson left alone for 10 s draw no frame; a tap draws again and changes the screen',
  async () => {
    const profile = await launchProfile();
    try {
      const page = await openApp(profile.context, server.url);
      // The demo catalogues and lessons that arrive after the first frame have landed and been saved.
      await page.waitForFunction(() => Module.storage.completedSaves() > 0, null, { timeout: 30000 });

      const home = await leftAlone(page);
      assert.equal(home.frames, 0, 'the home screen drew no frame in 10 s');
      assert.equal(home.paints, 0, 'nor painted the canvas');
      await tap(page, 'home.shop');
      await findWidget(page, 'shop.search');
      const back = await findWidget(page, 'nav.back');
      const now = await counts(page);
      assert.ok(now.frames > home.after.frames && now.paints > home.after.paints, 'the tap drew and painted the Shop');
      const shot = await imageStats(profile.context, await screenshot(page, 'idle-shop-360x640'),
        [[back.x + 6, back.y + back.h / 2]]);
      assert.ok(near(shot.at[0], buttonColour), `the Shop's Back button is on the screen (${shot.at[0]})`);

      const shop = await leftAlone(page);
      assert.equal(shop.frames, 0, 'the Shop drew no frame in 10 s');
      await tap(page, 'nav.back');
      await findWidget(page, 'home.learn');
      assert.ok((await counts(page)).frames > shop.after.frames, 'Back drew the home screen again');

      await tap(page, 'home.learn');
      await tap(page, 'learn.course.your-phone');
      await tap(page, `learn.lesson.${lesson.id}`);
      const n = lesson.steps.length;
      await waitLabel(page, 'lesson.counter', `Step 1 of ${n}`);
      const reading = await leftAlone(page);
      assert.equal(reading.frames, 0, 'a lesson drew no frame in 10 s');
      await tap(page, 'lesson.next');
      await waitLabel(page, 'lesson.counter', `Step 2 of ${n}`);
      assert.ok((await counts(page)).frames > reading.after.frames, 'Next drew the next step');
      assert.deepEqual(page.problems, []);
    } finally {
      await profile.close();
    }
  });

test('a result that arrives with no tap is drawn: the text read aloud to its end, the button offers to read again',
  async () => {
    const profile = await launchProfile();
    try {
      // A device voice that reads for three seconds, then says it is done.
      const page = await openApp(profile.context, server.url, {
        beforeGoto: p => p.addInitScript(() => {
          window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } };
          const voice = { lang: 'en-US', name: 'English test voice' };
          Object.defineProperty(window, 'speechSynthesis', { value: {
            getVoices: () => [voice], cancel: () => {},
            speak: u => setTimeout(() => u.onend && u.onend(), 3000),
          } });
        }),
      });
      await tap(page, 'home.learn');
      await tap(page, 'learn.course.your-phone');
      await tap(page, `learn.lesson.${lesson.id}`);
      await tap(page, 'lesson.speak');
      await waitLabel(page, 'lesson.speak', 'Stop reading');
      await waitForIdle(page);
      const before = await counts(page);
      await waitLabel(page, 'lesson.speak', 'Read aloud', 8000);
      assert.ok((await counts(page)).frames > before.frames, 'the end of the reading woke the app');
      assert.deepEqual(page.problems, []);
    } finally {
      await profile.close();
    }
  });

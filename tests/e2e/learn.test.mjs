// Learn, until its screens exist: the lessons that come with the app reach the phone
// after the first frame and are listed, in the person's language, even offline later.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchProfile, openApp, tap, chooseLanguage, findWidget, waitForFrames, waitForOfflineReady } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(() => server.stop());

test('the built-in courses are listed on Learn, in the chosen language, and stay offline', async () => {
  const profile = await launchProfile();
  try {
    const page = await openApp(profile.context, server.url);
    await waitForOfflineReady(page);
    await tap(page, 'home.learn');
    const phone = await findWidget(page, 'learn.course.your-phone');
    assert.equal(phone.label, 'Your phone: basics and safety');
    assert.equal((await findWidget(page, 'learn.course.your-phone.lessons')).label, 'Lessons: 4');
    await tap(page, 'nav.back');

    await chooseLanguage(page, 'th');
    await page.evaluate(() => Module.storage.flush());
    await profile.context.setOffline(true);
    await page.reload();
    await waitForFrames(page, 2);
    await tap(page, 'home.learn');
    assert.equal((await findWidget(page, 'learn.course.your-phone')).label, 'โทรศัพท์ของคุณ: พื้นฐานและความปลอดภัย');
    // Offline, a pack fetched before the service worker took over is not in its cache:
    // the browser reports the failed fetch, the saved courses are shown all the same.
    assert.deepEqual(page.problems.filter(p => !/Failed to load resource|ERR_INTERNET_DISCONNECTED/.test(p)), []);
  } finally {
    await profile.close();
  }
});

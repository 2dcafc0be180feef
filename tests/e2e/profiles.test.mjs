// Profiles on one phone in Chromium: each person sees only their own progress and
// language, switching is two taps, and a profile can be saved as a file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startServer, launchProfile, openApp, tap, findWidget, waitForFrames, screenshot } from './harness.mjs';
import { readCourse, takeLesson, typeInto, waitLabel } from './learn_helpers.mjs';

let server;
before(async () => { server = await startServer(); });
after(() => server.stop());

const phone = readCourse('01-your-phone.json');

const name = (page, text) => typeInto(page, 'profile.name', text);

test('two profiles on one device each see only their own progress, after a reload too', async () => {
  const profile = await launchProfile();
  try {
    const page = await openApp(profile.context, server.url);
    // The first person names the profile made on first start and takes a lesson.
    await tap(page, 'home.profile');
    await tap(page, 'profiles.edit');
    await name(page, 'Asha');
    await tap(page, 'nav.back');
    await tap(page, 'nav.back');
    await tap(page, 'home.learn');
    await tap(page, 'learn.course.your-phone');
    await takeLesson(page, phone.lessons[0]);
    await tap(page, 'nav.back');
    await tap(page, 'nav.back');

    // A second person adds a profile, in Thai.
    await tap(page, 'home.profile');
    await tap(page, 'profiles.new');
    await name(page, 'Rina');
    await tap(page, 'profile.lang.th');
    await tap(page, 'nav.back');
    await screenshot(page, 'profiles-360x640');
    await tap(page, 'nav.back');
    await waitLabel(page, 'home.profile', 'Rina');
    await findWidget(page, 'เรียนรู้');  // Rina's language
    await tap(page, 'home.learn');
    assert.equal((await findWidget(page, 'learn.course.your-phone.progress')).label, `เรียนจบ: 0 จาก ${phone.lessons.length}`);
    await tap(page, 'nav.back');

    await page.evaluate(() => Module.storage.flush());
    await page.reload();
    await waitForFrames(page, 2);
    await waitLabel(page, 'home.profile', 'Rina');  // the last person in use

    // Back to Asha in two taps: her language and her progress.
    await tap(page, 'home.profile');
    const asha = await findWidget(page, 'Asha');
    assert.match(asha.id, /^profiles\.pick\./);
    await tap(page, asha.id);
    await waitLabel(page, 'home.profile', 'Asha');
    await findWidget(page, 'Learn');
    await tap(page, 'home.learn');
    assert.equal((await findWidget(page, 'learn.course.your-phone.progress')).label, `Mastered: 1 of ${phone.lessons.length}`);
    assert.deepEqual(page.problems, []);
  } finally {
    await profile.close();
  }
});

test('a profile is saved as a file with its progress, and removed only after a yes', async () => {
  const profile = await launchProfile();
  try {
    const page = await openApp(profile.context, server.url);
    await tap(page, 'home.profile');
    await tap(page, 'profiles.edit');
    await name(page, 'Mala');
    const downloading = page.waitForEvent('download');
    await tap(page, 'profile.export');
    const download = await downloading;
    assert.match(download.suggestedFilename(), /^homeworks-profile-Mala-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert.equal(file.homeworks.format, 'homeworks-profile');
    assert.equal(file.homeworks.profile.name, 'Mala');

    await tap(page, 'profile.remove');
    await tap(page, 'profile.remove.no');
    await findWidget(page, 'profile.remove');
    await tap(page, 'profile.remove');
    await tap(page, 'profile.remove.yes');
    await findWidget(page, 'profiles.new');
    const picks = (await page.evaluate(() => window.homeworks.widgets())).filter(w => w.id.startsWith('profiles.pick.'));
    assert.deepEqual(picks.map(p => p.label), ['Me']);  // a fresh profile for whoever holds the phone
    assert.deepEqual(page.problems, []);
  } finally {
    await profile.close();
  }
});

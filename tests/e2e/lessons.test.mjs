// Learning in Chromium: a learner takes a lesson and its quiz by tapping, the progress
// survives a reload, a finished course gives a certificate PNG with the learner's
// name, and "read aloud" uses the browser's voice for the lesson's language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, launchProfile, openApp, tap, findWidget, waitForFrames, screenshot, artifactsDir } from './harness.mjs';
import { readCourse, takeLesson, typeInto, waitLabel } from './learn_helpers.mjs';

let server;
before(async () => { server = await startServer(); });
after(() => server.stop());

const phone = readCourse('01-your-phone.json');
const pricing = readCourse('03-pricing.json');

test('a learner completes a lesson and its quiz by tapping, reloads, and finds the progress kept', async () => {
  const profile = await launchProfile();
  try {
    const page = await openApp(profile.context, server.url);
    await tap(page, 'home.learn');
    await tap(page, 'learn.course.your-phone');
    const lesson = phone.lessons[0];
    assert.equal((await findWidget(page, `learn.lesson.${lesson.id}.status`)).label, 'Not started');
    await screenshot(page, 'learn-course-360x640');

    // First attempt: one answer wrong, so not mastered (the pack asks for 80%).
    const n = lesson.quiz.questions.length;
    const first = await takeLesson(page, lesson, { firstWrong: true });
    assert.equal(first, `${n - 1} of ${n} right (${Math.floor((n - 1) * 100 / n)}%)`);
    assert.equal((await findWidget(page, `learn.lesson.${lesson.id}.status`)).label,
      `Quiz: best ${Math.floor((n - 1) * 100 / n)}%`);
    const second = await takeLesson(page, lesson);
    assert.equal(second, `${n} of ${n} right (100%)`);
    assert.equal((await findWidget(page, `learn.lesson.${lesson.id}.status`)).label, 'Mastered');

    // Half-way through the next lesson, then the app is closed.
    const next = phone.lessons[1];
    await tap(page, `learn.lesson.${next.id}`);
    await tap(page, 'lesson.next');
    await waitLabel(page, 'lesson.counter', `Step 2 of ${next.steps.length}`);
    await page.evaluate(() => Module.storage.flush());
    await page.reload();
    await waitForFrames(page, 2);

    await tap(page, 'home.learn');
    assert.equal((await findWidget(page, 'learn.course.your-phone.progress')).label, `Mastered: 1 of ${phone.lessons.length}`);
    await tap(page, 'learn.course.your-phone');
    assert.equal((await findWidget(page, `learn.lesson.${lesson.id}.status`)).label, 'Mastered');
    assert.equal((await findWidget(page, `learn.lesson.${next.id}.status`)).label, `Step 2 of ${next.steps.length}`);
    await tap(page, `learn.lesson.${next.id}`);
    await waitLabel(page, 'lesson.counter', `Step 2 of ${next.steps.length}`);  // resumed where left
    assert.equal((await findWidget(page, 'lesson.text')).label, next.steps[1].text.en);
    await screenshot(page, 'lesson-step-360x640');
    assert.deepEqual(page.problems, []);
  } finally {
    await profile.close();
  }
});

test('a finished course gives a certificate: a PNG of the right size with the learner\'s name drawn', async () => {
  const profile = await launchProfile();
  try {
    const page = await openApp(profile.context, server.url);
    await tap(page, 'home.profile');
    await tap(page, 'profiles.edit');
    await typeInto(page, 'profile.name', 'Asha Devi');
    await tap(page, 'nav.back');
    await tap(page, 'nav.back');
    await waitLabel(page, 'home.profile', 'Asha Devi');
    await tap(page, 'home.learn');
    await tap(page, 'learn.course.pricing');
    for (const lesson of pricing.lessons) await takeLesson(page, lesson);
    const downloading = page.waitForEvent('download');
    await tap(page, 'learn.certificate');  // under the lessons: the screen scrolls to it
    assert.equal((await findWidget(page, 'learn.complete')).label, 'You have completed this course!');
    const download = await downloading;
    assert.match(download.suggestedFilename(), /^certificate-pricing-\d{4}-\d{2}-\d{2}\.png$/);
    const png = readFileSync(await download.path());
    mkdirSync(artifactsDir, { recursive: true });
    writeFileSync(join(artifactsDir, 'certificate.png'), png);  // for a person to look at
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    // Decoded by the browser: its size, and dark ink where the name is written (the
    // band under "This certifies that"), compared with the empty margin.
    const check = await page.context().newPage();
    const stats = await check.evaluate(async data => {
      const img = new Image();
      img.src = 'data:image/png;base64,' + data;
      await img.decode();
      const canvas = new OffscreenCanvas(img.width, img.height);
      const g = canvas.getContext('2d');
      g.drawImage(img, 0, 0);
      const dark = (y0, y1) => {
        const px = g.getImageData(0, y0, img.width, y1 - y0).data;
        let n = 0;
        for (let i = 0; i < px.length; i += 4) if (px[i] < 100 && px[i + 1] < 100 && px[i + 2] < 100) ++n;
        return n;
      };
      return { width: img.width, height: img.height, nameBand: dark(250, 330), margin: dark(40, 56) };
    }, png.toString('base64'));
    await check.close();
    assert.equal(stats.width, 800);
    assert.equal(stats.height, 560);
    assert.ok(stats.nameBand > 500, `the name is drawn in dark ink (${stats.nameBand} dark pixels)`);
    assert.equal(stats.margin, 0);
    assert.deepEqual(page.problems, []);
  } finally {
    await profile.close();
  }
});

test('read aloud speaks the step with the browser\'s voice for the language, or says there is none', async () => {
  const profile = await launchProfile();
  try {
    // A browser with one Hindi voice, recording what it is asked to say.
    const page = await openApp(profile.context, server.url, {
      beforeGoto: p => p.addInitScript(() => {
        window.spoken = [];
        window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } };
        const voice = { lang: 'hi-IN', name: 'Hindi test voice' };
        Object.defineProperty(window, 'speechSynthesis', { value: {
          getVoices: () => [voice], cancel: () => window.spoken.push('(cancel)'),
          speak: u => window.spoken.push(`${u.lang}: ${u.text}`),
        } });
      }),
    });
    await tap(page, 'home.learn');
    await tap(page, 'learn.course.your-phone');
    await tap(page, `learn.lesson.${phone.lessons[0].id}`);
    await tap(page, 'lesson.speak');
    await findWidget(page, 'lesson.novoice');  // English: this browser has no English voice
    assert.deepEqual(await page.evaluate(() => window.spoken), []);
    await tap(page, 'nav.back');
    await tap(page, 'nav.back');
    await tap(page, 'nav.back');

    await tap(page, 'home.settings');
    await tap(page, 'settings.lang.hi');
    await tap(page, 'nav.back');
    await tap(page, 'home.learn');
    await tap(page, 'learn.course.your-phone');
    await tap(page, `learn.lesson.${phone.lessons[0].id}`);
    await tap(page, 'lesson.speak');
    await page.waitForFunction(() => window.spoken.some(s => s.startsWith('hi-IN: ')));
    const said = (await page.evaluate(() => window.spoken)).find(s => s.startsWith('hi-IN: '));
    assert.ok(said.startsWith(`hi-IN: ${phone.lessons[0].steps[0].text.hi}`), said);
    assert.deepEqual(page.problems, []);
  } finally {
    await profile.close();
  }
});

// Every language at phone size, on the two screens people spend most time on: a
// group's catalogue and a lesson step. Each screen must speak the language (its
// translations fetched), have all its text drawn, keep every widget inside the
// 360 px screen, and in Urdu put Back on the right. The screenshots are kept in
// test-results/e2e for review by speakers of each language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, launchProfile, openApp, tap, findWidget, widgets, waitForText, screenshot, siteDir, translation }
  from './harness.mjs';

const languages = ['en', 'hi', 'ne', 'bn', 'ur', 'th', 'km', 'lo', 'id', 'fil', 'vi'];
const width = 360;

let server;
before(async () => { server = await startServer(); });
after(() => server.stop());

// Every widget drawn lies within the screen's width: nothing is cut off at the sides.
async function allInside(page, code, screen) {
  for (const w of await widgets(page)) {
    if (w.w <= 0 || w.h <= 0) continue;
    assert.ok(w.x >= -0.5 && w.x + w.w <= width + 0.5,
      `${code} ${screen}: "${w.id}" (${w.label}) spans ${w.x.toFixed(0)}..${(w.x + w.w).toFixed(0)} of ${width} px`);
  }
}

// Scrolls down, as a thumb would, until the group's product cards are on screen.
async function scrollToResults(page) {
  const hasResults = async () => (await widgets(page)).some(w => w.id.startsWith('shop.result.'));
  for (let i = 0; i < 30 && !(await hasResults()); ++i) {
    await page.mouse.move(width / 2, 400);
    await page.mouse.wheel(0, 150);
    await page.waitForTimeout(150);
  }
  assert.ok(await hasResults(), 'the catalogue shows product cards');
}

async function checkBack(page, code, screen) {
  const back = await findWidget(page, 'nav.back');
  const expected = translation(code, 'Back');
  if (expected) assert.equal(back.label, expected, `${code} ${screen}: Back in the language`);
  if (code === 'ur') assert.ok(back.x > width / 2, `ur ${screen}: Back on the right (${back.x})`);
  else assert.ok(back.x + back.w < width / 2 + 40, `${code} ${screen}: Back on the left (${back.x})`);
}

test('a catalogue and a lesson in every language at phone size', async () => {
  const demo = JSON.parse(readFileSync(join(siteDir, 'demo', 'index.json'), 'utf8'));
  const group = demo.demo.packs[0].groupId;
  const course = JSON.parse(readFileSync(join(siteDir, 'lessons', '01-your-phone.json'), 'utf8')).courses[0];
  const lesson = course.lessons[0];
  const profile = await launchProfile();
  try {
    let page = await openApp(profile.context, server.url);
    await page.waitForFunction(() => Module.storage.completedSaves() > 0, null, { timeout: 20000 });  // demo saved
    for (const code of languages) {
      page = await openApp(profile.context, `${server.url}?lang=${code}`);
      await tap(page, 'home.shop');
      await waitForText(page);
      await checkBack(page, code, 'shop');
      await tap(page, `shop.group.${group}`);
      await scrollToResults(page);
      await waitForText(page);
      await allInside(page, code, 'catalogue');
      await screenshot(page, `catalogue-${code}-360x640`);

      await tap(page, 'nav.back');  // scrolled back up to it
      await tap(page, 'home.learn');
      await tap(page, `learn.course.${course.id}`);
      await tap(page, `learn.lesson.${lesson.id}`);
      const text = await findWidget(page, 'lesson.text');
      await waitForText(page);
      const step = (await findWidget(page, 'lesson.text')).label;
      assert.equal(step, lesson.steps[0].text[code] ?? lesson.steps[0].text.en,
        `${code}: the lesson in the language, or in English where it has no translation yet`);
      assert.ok(text.h > 0);
      await checkBack(page, code, 'lesson');
      await allInside(page, code, 'lesson');
      await screenshot(page, `lesson-${code}-360x640`);
      assert.deepEqual(page.problems, [], `${code}: no errors`);
      await page.close();
    }
  } finally {
    await profile.close();
  }
});

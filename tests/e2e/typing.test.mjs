// Typing through the device's own keyboard: tapping a text field lays a real HTML
// input over it, so the browser's input methods work; what is typed reaches the app,
// is drawn shaped there once the keyboard closes, and drives the search.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchProfile, openApp, tap, findWidget, chooseLanguage, screenshot, waitForFrames } from './harness.mjs';
import { typeInto } from './patient.mjs';

let server;
before(async () => { server = await startServer(); });
after(() => server.stop());

// The input laid over a field: where it is, what it holds, whether it has the focus.
async function overlay(page) {
  return page.evaluate(() => {
    const input = document.querySelector('.hw-field');
    if (!input) return null;
    const r = input.getBoundingClientRect();
    return { x: r.x, y: r.y, w: r.width, h: r.height, value: input.value, dir: input.dir, type: input.type,
             focused: document.activeElement === input, field: input.dataset.field };
  });
}

async function openSearch(page, language) {
  if (language) await chooseLanguage(page, language);
  await tap(page, 'home.shop');
  const field = await tap(page, 'shop.search');
  await page.waitForFunction(() => document.activeElement && document.activeElement.classList.contains('hw-field'));
  return field;
}

// The demo catalogues arrive after the first frame: the result may take a moment.
async function typeAndFind(page, text, productName) {
  await page.keyboard.type(text);
  await page.waitForFunction(name => window.homeworks.widgets().some(w => w.label === name && w.id.startsWith('shop.result.')),
    productName, { timeout: 15000 });
}

// Waits until the field shows this text (typing reaches the app frame by frame).
async function fieldShows(page, id, text) {
  await page.waitForFunction(([id, text]) => window.homeworks.widgets().some(w => w.id === id + '.text' && w.label === text),
    [id, text]);
}

test('the keyboard opens over the search field, and Hindi typed there finds the Hindi product', async () => {
  const profile = await launchProfile();
  try {
    const page = await openApp(profile.context, server.url);
    await openSearch(page, 'hi');
    // The input lies over the field as the app drew it (and follows it when it moves).
    await page.waitForFunction(() => {
      const input = document.querySelector('.hw-field');
      const field = window.homeworks.widgets().find(w => w.id === 'shop.search');
      if (!input || !field) return false;
      const r = input.getBoundingClientRect();
      return [[r.x, field.x], [r.y, field.y], [r.width, field.w], [r.height, field.h]].every(([a, b]) => Math.abs(a - b) <= 1);
    }, null, { timeout: 5000 });
    const shown = await overlay(page);
    assert.equal(shown.field, 'shop.search');
    assert.equal(shown.type, 'search');
    assert.ok(shown.focused);

    await typeAndFind(page, 'दुपट्टा', 'ठप्पा छपाई सूती दुपट्टा');
    await page.keyboard.press('Enter');  // closes the keyboard; the text stays, drawn by the app
    await page.waitForFunction(() => !document.querySelector('.hw-field'));
    await fieldShows(page, 'shop.search', 'दुपट्टा');
    await screenshot(page, 'typing-hindi');
    assert.deepEqual(page.problems, []);
  } finally {
    await profile.close();
  }
});

test('Thai typed in the search finds the Thai product; Backspace edits, Escape cancels the edit', async () => {
  const profile = await launchProfile();
  try {
    const page = await openApp(profile.context, server.url);
    await openSearch(page, 'th');
    await typeAndFind(page, 'มัดหมี่', 'ผ้าไหมมัดหมี่ ขายเป็นเมตร');
    await page.keyboard.type('x');
    await findWidget(page, 'shop.results.none');
    await page.keyboard.press('Backspace');
    await typeAndFind(page, '', 'ผ้าไหมมัดหมี่ ขายเป็นเมตร');
    assert.equal((await overlay(page)).value, 'มัดหมี่');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector('.hw-field'));
    await fieldShows(page, 'shop.search', 'มัดหมี่');

    // Escape goes back to what the field held when it was tapped.
    await tap(page, 'shop.search');
    await page.waitForFunction(() => document.activeElement && document.activeElement.classList.contains('hw-field'));
    await page.keyboard.type('x');
    await findWidget(page, 'shop.results.none');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('.hw-field'));
    await fieldShows(page, 'shop.search', 'มัดหมี่');
    await typeAndFind(page, '', 'ผ้าไหมมัดหมี่ ขายเป็นเมตร');
  } finally {
    await profile.close();
  }
});

test('Urdu is typed right to left, and leaving the screen closes the keyboard', async () => {
  const profile = await launchProfile();
  try {
    const page = await openApp(profile.context, server.url);
    await openSearch(page, 'ur');
    assert.equal((await overlay(page)).dir, 'rtl');
    await page.keyboard.type('کڑھائی والی چادر');
    await fieldShows(page, 'shop.search', 'کڑھائی والی چادر');
    await findWidget(page, 'shop.results.none');
    await screenshot(page, 'typing-urdu');
    await tap(page, 'nav.back');
    await findWidget(page, 'home.shop');
    assert.equal(await overlay(page), null);
  } finally {
    await profile.close();
  }
});

test('text pasted from the clipboard lands in the field', async () => {
  const profile = await launchProfile();
  try {
    await profile.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const page = await openApp(profile.context, server.url);
    await openSearch(page);
    await page.evaluate(() => navigator.clipboard.writeText('kantha'));
    await page.keyboard.press('Control+V');
    await page.waitForFunction(() => document.querySelector('.hw-field').value === 'kantha');
    await page.keyboard.press('Enter');
    await fieldShows(page, 'shop.search', 'kantha');
  } finally {
    await profile.close();
  }
});

// Names typed in the region's scripts are kept in the saved state: after a reload the
// profile button shows each one as it was typed.
test('Hindi, Thai and Urdu names typed through the real input are saved and come back after a reload', async () => {
  const profile = await launchProfile();
  try {
    const page = await openApp(profile.context, server.url);
    for (const typed of ['आशा देवी', 'สมศรี ใจดี', 'نسرین اختر']) {
      await tap(page, 'home.profile');
      await tap(page, 'profiles.edit');
      await typeInto(page, 'profile.name', typed);
      await fieldShows(page, 'profile.name', typed);
      await tap(page, 'nav.back');
      await tap(page, 'nav.back');
      await page.evaluate(() => Module.storage.flush());
      await page.reload();
      await waitForFrames(page, 2);
      await page.waitForFunction(name => window.homeworks.widgets().some(w => w.id === 'home.profile' && w.label === name),
        typed, { timeout: 15000 });
    }
    assert.deepEqual(page.problems, []);
  } finally {
    await profile.close();
  }
});

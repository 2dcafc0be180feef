// Taps and typing for the My group and catalogue tests, patient with a busy machine.
import { findWidget, tap, waitForMoreFrames, widgets } from './harness.mjs';

// The shared tap() scrolls only while each wheel step shows a change within 50 ms; on
// a busy machine a frame can take longer. Like a patient person, scroll down to the
// end, up to the top, and once more both ways (a busy page may lag a frame behind),
// until the widget is on screen. An end is reached when four steps in a row change
// nothing on screen.
export async function reach(page, id) {
  const viewport = page.viewportSize();
  const onScreen = all => all.some(w => w.id === id || w.label === id);
  for (const step of [120, -120, 120, -120]) {
    let unchanged = 0, before = '';
    for (let i = 0; i < 40 && unchanged < 4; ++i) {
      const all = await widgets(page);
      if (onScreen(all)) return;
      const now = JSON.stringify(all.map(w => [w.id, Math.round(w.y)]));
      unchanged = now === before ? unchanged + 1 : 0;
      before = now;
      await page.mouse.move(viewport.width / 2, viewport.height / 2);
      await page.mouse.wheel(0, step);
      await page.waitForTimeout(150);
    }
  }
}

export async function press(page, id) {
  await reach(page, id);
  return tap(page, id);
}

// Replaces what a text field holds, typing on the keyboard like a person (tapping
// again when the first tap was lost while the app was busy).
export async function typeInto(page, id, text) {
  for (let attempt = 0; ; ++attempt) {
    await press(page, id);
    try {
      await page.waitForSelector(`[data-field="${id}"]`, { timeout: 4000 });
      break;
    } catch (err) {
      if (attempt >= 2) throw err;
    }
  }
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
  // Enter closes a one-line field; a note of several lines stays open until the
  // person taps elsewhere.
  if (await page.evaluate(() => document.activeElement.tagName) !== 'TEXTAREA') {
    await page.keyboard.press('Enter');
    await page.waitForSelector(`[data-field="${id}"]`, { state: 'detached' });
  }
  // The app has the text; the screen shows it from the next frame on (until then the
  // widgets are those of a frame drawn while the field was being emptied).
  await waitForMoreFrames(page, await page.evaluate(() => window.homeworks.frames()));
}

// A widget that may be below (or above) what is shown: scrolled to, then returned.
export async function see(page, id) {
  await reach(page, id);
  return findWidget(page, id);
}

// From the Shop, a product found by typing in search, opened: its first result.
export async function openFirstResult(page, query) {
  await tap(page, 'shop.search');
  await page.waitForSelector('[data-field="shop.search"]');
  await page.keyboard.type(query);
  let result;
  for (const until = Date.now() + 20000; !result && Date.now() < until;) {
    result = (await widgets(page)).find(w => w.id.startsWith('shop.result.'));
    if (!result) await page.waitForTimeout(50);
  }
  if (!result) throw new Error(`nothing found for "${query}"`);
  await page.keyboard.press('Enter');
  await tap(page, result.id);
  return result;
}

// The accessibility tree: what a screen reader (TalkBack, ChromeVox, NVDA) finds over
// the canvas, read from Chromium's own tree (Playwright's role queries and CDP
// Accessibility.getFullAXTree), and widgets pressed through it, as a reader does.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchProfile, openApp, waitForText, widgets, findWidget, tap, translation } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(() => server.stop());

// Chromium's accessibility tree of the page: every node a reader can reach, with its
// role and name.
async function axTree(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    return nodes.filter(n => !n.ignored).map(n => ({
      role: n.role && n.role.value, name: n.name && n.name.value,
      properties: Object.fromEntries((n.properties || []).map(p => [p.name, p.value.value])),
    }));
  } finally {
    await cdp.detach();
  }
}

// Waits until the tree has a node of this role and name.
async function axNode(page, role, name, timeout = 10000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const found = (await axTree(page)).find(n => n.role === role && n.name === name);
    if (found) return found;
    if (Date.now() > deadline) assert.fail(`no ${role} "${name}" in the accessibility tree`);
    await page.waitForTimeout(100);
  }
}

test('the home screen is found by a screen reader: its ways in are buttons with their names', async () => {
  const profile = await launchProfile();
  try {
    const page = await openApp(profile.context, server.url);
    await waitForText(page);
    for (const name of ['Learn', 'Shop', 'My group']) {
      await axNode(page, 'button', name);
      assert.equal(await page.getByRole('button', { name, exact: true }).count(), 1, name);
    }
    await axNode(page, 'heading', 'Homeworks');
    // Every widget the app says it drew has a node of its own, with the same name.
    const tree = await axTree(page);
    const names = new Set(tree.map(n => n.name));
    for (const w of await widgets(page)) {
      if (w.hidden || !w.label) continue;
      assert.ok(names.has(w.label) || tree.some(n => (n.name || '').includes(w.label)), `"${w.label}" (${w.id})`);
    }
    // A bare canvas is one node; now the page has more than a dozen.
    assert.ok(tree.length > 10, `${tree.length} nodes`);
    assert.deepEqual(page.problems, []);
  } finally {
    await profile.close();
  }
});

test('a screen reader opens the Shop by the Shop button, by a click, by its activation, and by Enter', async () => {
  const profile = await launchProfile();
  try {
    const page = await openApp(profile.context, server.url);
    await waitForText(page);
    const shop = page.getByRole('button', { name: 'Shop', exact: true });
    // A click at the node (touch exploration, then a double tap, lands there).
    await shop.click();
    await findWidget(page, 'shop.search');
    await tap(page, 'nav.back');
    await findWidget(page, 'home.shop');
    // A reader's "activate": a click with no pointer before it.
    await shop.dispatchEvent('click');
    await findWidget(page, 'shop.search');
    await tap(page, 'nav.back');
    await findWidget(page, 'home.shop');
    // The node has the focus and Enter is pressed.
    await shop.press('Enter');
    await findWidget(page, 'shop.search');
    // The Shop's search field is a text box; activating it opens the typing field.
    const search = await findWidget(page, 'shop.search');
    const box = page.getByRole('textbox', { name: search.label, exact: true });
    assert.equal(await box.count(), 1);
    await box.dispatchEvent('click');
    await page.waitForSelector('.hw-field[data-field="shop.search"]', { timeout: 10000 });
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('data-field')), 'shop.search');
    await page.keyboard.type('soap');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.homeworks.widgets().some(w => w.id === 'shop.search' && w.value === 'soap'));
    await axNode(page, 'textbox', search.label);
    assert.deepEqual(page.problems, []);
  } finally {
    await profile.close();
  }
});

test('in Hindi the buttons are named in Hindi, and marked as Hindi for the reader\'s voice', async () => {
  const profile = await launchProfile();
  try {
    const page = await openApp(profile.context, `${server.url}?lang=hi`);
    await waitForText(page);
    for (const [message, id] of [['HomeLearn', 'home.learn'], ['HomeShop', 'home.shop'], ['HomeMyGroup', 'home.mygroup']]) {
      const name = translation('hi', message);
      assert.ok(name && /[\u0900-\u097F]/.test(name), `${message} in Hindi: ${name}`);
      await axNode(page, 'button', name);
      const button = page.getByRole('button', { name, exact: true });
      assert.equal(await button.getAttribute('lang'), 'hi');
      assert.equal((await findWidget(page, id)).label, name);
    }
    // Activated by its Hindi name, the Shop opens.
    await page.getByRole('button', { name: translation('hi', 'HomeShop'), exact: true }).click();
    await findWidget(page, 'shop.search');
    assert.deepEqual(page.problems, []);
  } finally {
    await profile.close();
  }
});

test('a checkbox says whether it is ticked, and the languages of Settings say which is chosen, each in its own language', async () => {
  const profile = await launchProfile({ viewport: { width: 360, height: 1600 } });
  try {
    const page = await openApp(profile.context, server.url);
    await waitForText(page);
    await tap(page, 'home.profile');
    await tap(page, 'profiles.edit');
    const larger = page.getByRole('checkbox', { name: 'Larger text in lessons', exact: true });
    await larger.waitFor();
    assert.equal(await larger.getAttribute('aria-checked'), 'false');
    assert.equal((await axNode(page, 'checkbox', 'Larger text in lessons')).properties.checked, 'false');
    await larger.click();
    await page.waitForFunction(() => document.querySelector('[role=checkbox][aria-checked=true]'));
    assert.equal((await axNode(page, 'checkbox', 'Larger text in lessons')).properties.checked, 'true');
    await tap(page, 'nav.back');
    await tap(page, 'nav.back');

    await tap(page, 'home.settings');
    const english = page.getByRole('radio', { name: 'English' });
    await english.waitFor();
    assert.equal(await english.getAttribute('aria-checked'), 'true');
    const hindi = page.getByRole('radio', { name: 'हिन्दी' });
    assert.equal(await hindi.getAttribute('aria-checked'), 'false');
    assert.equal(await hindi.getAttribute('lang'), 'hi');
    await hindi.click();
    await page.waitForFunction(() => document.querySelector('[role=radio][lang=hi][aria-checked=true]'));
    assert.deepEqual(page.problems, []);
  } finally {
    await profile.close();
  }
});

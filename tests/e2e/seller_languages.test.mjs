// My group and the Shop in the languages whose screens were English until now, in the
// real browser on a 360-px phone: each button says its own words, drawn in its own
// script and ending inside the button. Screenshots are kept in test-results/e2e.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchProfile, openApp, findWidget, screenshot, imageStats, waitForText, settled, translation }
  from './harness.mjs';
import { press, reach, typeInto } from './patient.mjs';

let server;
before(async () => { server = await startServer(); });
after(() => server.stop());

// The text of one message in a language, read from the file the app fetches; the
// test fails when the language has none of its own.
function message(code, name) {
  const text = translation(code, name);
  assert.ok(text, `${code} has its own text for ${name}`);
  return text;
}

// Taps `id` like a person, waits until `ready` is drawn with all its text, and keeps a
// screenshot of the screen.
async function open(page, id, ready, name) {
  await press(page, id);
  await findWidget(page, ready);
  await settled(page);
  return screenshot(page, name);
}

// The button's label, and its words drawn across the middle of the button in a colour
// far from the button's own, centred inside it: words too long for the phone would run
// on to its right edge and be cut there.
async function assertButton(page, context, png, id, label) {
  const button = await findWidget(page, id);
  assert.equal(button.label, label, id);
  const y = button.y + button.h / 2;
  const xs = [];
  for (let x = Math.ceil(button.x) + 4; x < button.x + button.w - 4; x += 1) xs.push(x);  // inside the outline
  const { at } = await imageStats(context, png, [[button.x + 6, y], ...xs.map(x => [x, y])]);
  const [fill, ...row] = at;
  const ink = xs.filter((x, i) => row[i].reduce((sum, c, k) => sum + Math.abs(c - fill[k]), 0) > 240);
  assert.ok(ink.length >= 5, `${id}: the words are drawn on the button (${ink.length} pixels)`);
  // Centred words leave the same room on both sides; cut words run on to the right edge.
  const left = ink[0] - button.x, right = button.x + button.w - ink[ink.length - 1];
  assert.ok(right >= 8 && Math.abs(left - right) <= 6,
    `${id}: the words end inside the button (${left} px free on the left, ${right} on the right)`);
}

test('in Khmer a seller sets up a group, and My group and its inbox are in Khmer at 360 px', async () => {
  const profile = await launchProfile();
  try {
    const page = await openApp(profile.context, `${server.url}?lang=km`);
    await waitForText(page);
    await press(page, 'home.mygroup');
    assert.equal((await findWidget(page, 'mygroup.new')).label, message('km', 'MyGroupNewGroup'));
    await press(page, 'mygroup.new');
    await typeInto(page, 'group.name', 'Takeo Silk Weavers');
    await typeInto(page, 'group.country', 'KH');
    await typeInto(page, 'group.phone', '+855 12 000 000');
    await press(page, 'group.create');
    await typeInto(page, 'mygroup.pin.new', '2580');
    await typeInto(page, 'mygroup.pin.repeat', '2580');
    assert.equal((await findWidget(page, 'mygroup.pin.save')).label, message('km', 'MyGroupSavePin'));
    const home = await open(page, 'mygroup.pin.save', 'mygroup.products.none', 'seller-km-mygroup-360x640');
    await assertButton(page, profile.context, home, 'mygroup.product.add', message('km', 'MyGroupAddProduct'));
    await assertButton(page, profile.context, home, 'mygroup.lock', message('km', 'MyGroupLock'));

    const inbox = await open(page, 'mygroup.inbox', 'inbox.import', 'seller-km-inbox-360x640');
    await assertButton(page, profile.context, inbox, 'inbox.import', message('km', 'MyGroupImportOrders'));
    assert.deepEqual(page.problems, []);
  } finally {
    await profile.close();
  }
});

test('in Lao the Shop, the catalogue import and the Shop\'s filters are in Lao at 360 px', async () => {
  const profile = await launchProfile();
  try {
    const page = await openApp(profile.context, `${server.url}?lang=lo`);
    await waitForText(page);
    const shop = await open(page, 'home.shop', 'shop.filters', 'shop-lo-360x640');
    await assertButton(page, profile.context, shop, 'shop.filters', message('lo', 'ShopFilters'));
    await assertButton(page, profile.context, shop, 'shop.import', message('lo', 'ShopImport'));

    const importing = await open(page, 'shop.import', 'catimport.fetch', 'catimport-lo-360x640');
    await assertButton(page, profile.context, importing, 'catimport.fetch', message('lo', 'CatImportFetch'));
    await press(page, 'nav.back');
    await findWidget(page, 'shop.filters');

    await press(page, 'shop.filters');
    await reach(page, 'shop.sort.2');
    assert.equal((await findWidget(page, 'shop.sort.2')).label, message('lo', 'ShopSortPriceLow'));
    assert.deepEqual(page.problems, []);
  } finally {
    await profile.close();
  }
});

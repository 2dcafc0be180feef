// The buyer's side of the marketplace, like a person on a phone: finds a product by
// typing in search, is told when the quantity is below the minimum order, sends an
// order request (the JSON and CSV files are checked, the CSV read back with Python's
// csv module), and finds it in "My orders" after a reload; also with the network gone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { siteDir, startServer, launchProfile, openApp, tap, findWidget, widgets, waitForFrames, waitGone,
  waitForOfflineReady, screenshot } from './harness.mjs';
import { press, typeInto } from './patient.mjs';

let server;
before(async () => { server = await startServer(); });
after(() => server.stop());

const index = JSON.parse(readFileSync(join(siteDir, 'demo', 'index.json'), 'utf8')).demo;
const product = { name: 'Block-printed cotton dupatta', sku: 'IN-BP-01', minOrder: 10 };
const group = index.packs.find(p => p.name.startsWith('Sanganer'));  // the dupatta's group

// The text of a widget, scrolling to it with the wheel like a person when it is
// below (or above) what the screen shows.
async function label(page, id) {
  const viewport = page.viewportSize();
  await page.mouse.move(viewport.width / 2, viewport.height / 2);
  for (let i = 0; i < 60; ++i) {
    const w = (await widgets(page)).find(x => x.id === id);
    if (w && w.y >= 0 && w.y + w.h <= viewport.height) return w.label;
    await page.mouse.wheel(0, w && w.y < 0 ? -60 : 60);
    await page.waitForTimeout(50);
  }
  return (await findWidget(page, id)).label;
}

// The CSV read back by a real CSV parser: Python's csv module.
function parseCsv(text) {
  const out = execFileSync('python3', ['-c',
    'import csv, json, sys; print(json.dumps(list(csv.reader(sys.stdin.read().splitlines(True)))))'],
    { input: text, encoding: 'utf8' });
  return JSON.parse(out);
}

// From the Shop to a sent order request; returns the two downloaded files.
async function orderDupattas(page) {
  await tap(page, 'home.shop');
  await findWidget(page, `shop.group.${index.packs[0].groupId}`, { timeout: 20000 });
  // Search as the person types: tap the field and type on the keyboard.
  await tap(page, 'shop.search');
  await page.waitForSelector('[data-field="shop.search"]');
  await page.keyboard.type('dupatta');
  const deadline = Date.now() + 10000;
  let result;
  while (!result && Date.now() < deadline) {
    result = (await widgets(page)).find(w => w.id.startsWith('shop.result.') && w.label === product.name);
    if (!result) await page.waitForTimeout(50);
  }
  assert.ok(result, 'the dupatta is among the results while typing');
  const found = await label(page, 'shop.found');
  assert.match(found, /^Products found: [1-9]\d*$/);
  await page.keyboard.press('Enter');
  await screenshot(page, 'shop-search-360x640');
  await tap(page, result.id);
  assert.equal(await label(page, 'product.name'), product.name);
  await screenshot(page, 'shop-product-360x640');

  // Below the minimum: told clearly, and nothing is added.
  await typeInto(page, 'product.quantity', '3');
  assert.equal(await label(page, 'product.quantity.error'), 'The quantity is below the minimum order');
  assert.equal(await label(page, 'product.quantity.detail'), `Minimum order: ${product.minOrder} piece`);
  await screenshot(page, 'shop-below-minimum-360x640');
  await tap(page, 'product.add');
  await page.waitForTimeout(300);
  assert.ok(!(await widgets(page)).some(w => w.id === 'product.added'), 'nothing was added below the minimum');

  await typeInto(page, 'product.quantity', '12');
  await waitGone(page, 'product.quantity.error');
  await tap(page, 'product.add');
  await findWidget(page, 'product.added');  // in view without scrolling
  await tap(page, 'product.order');
  assert.match(await label(page, 'order.line.0'), /^12 x Block-printed cotton dupatta/);
  const totalBefore = await label(page, 'order.total');

  // On the review, one more by tapping "+": the line and the total follow at once.
  await press(page, 'order.line.0.more');
  await page.waitForFunction(() => window.homeworks.widgets().some(w => w.id === 'order.line.0.quantity.text' && w.label === '13'),
    null, { timeout: 10000 });
  assert.match(await label(page, 'order.line.0'), /^13 x Block-printed cotton dupatta/);
  assert.notEqual(await label(page, 'order.total'), totalBefore);
  // Typed below the minimum: told as on the product page; "+" brings it back up.
  await typeInto(page, 'order.line.0.quantity', '4');
  assert.equal(await label(page, 'order.line.0.quantity.error'), 'The quantity is below the minimum order');
  assert.equal(await label(page, 'order.line.0.quantity.detail'), `Minimum order: ${product.minOrder} piece`);
  await typeInto(page, 'order.line.0.quantity', '13');
  await waitGone(page, 'order.line.0.quantity.error');
  await screenshot(page, 'shop-order-quantity-360x640');

  await typeInto(page, 'order.buyer.name', 'Ana Reyes');
  await typeInto(page, 'order.buyer.email', 'ana@example.org');
  const downloads = [];
  page.on('download', d => downloads.push(d));
  await tap(page, 'order.send');
  await findWidget(page, 'order.sent');
  assert.equal(await label(page, 'order.status'), 'Status: Sent');
  const until = Date.now() + 10000;
  while (downloads.length < 2 && Date.now() < until) await page.waitForTimeout(50);
  assert.equal(downloads.length, 2, 'the order file and the CSV were downloaded');
  await screenshot(page, 'shop-order-sent-360x640');
  const files = {};
  for (const d of downloads) files[d.suggestedFilename().split('.').pop()] = readFileSync(await d.path(), 'utf8');
  return { files, names: downloads.map(d => d.suggestedFilename()) };
}

function checkFiles({ files, names }) {
  assert.ok(names.every(n => /^order-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.(json|csv)$/.test(n)), names.join(', '));
  const json = JSON.parse(files.json).orderRequest;
  assert.equal(json.kind, 'homeworks-order');
  assert.equal(json.groupName, group.name);
  const order = json.order;
  assert.equal(order.buyer.name, 'Ana Reyes');
  assert.equal(order.buyer.email, 'ana@example.org');
  assert.equal(order.lines.length, 1);
  assert.equal(order.lines[0].sku, product.sku);
  assert.equal(order.lines[0].quantity, 13);  // as changed on the review
  assert.deepEqual(order.history.map(h => h.status), [0, 1]);  // draft, then sent

  const rows = parseCsv(files.csv);
  assert.deepEqual(rows[0].slice(0, 3), ['order id', 'date', 'status']);
  const header = rows[0];
  const row = Object.fromEntries(header.map((h, i) => [h, rows[1][i]]));
  assert.equal(rows.length, 2);
  assert.equal(row['order id'], order.id);
  assert.equal(row.sku, product.sku);
  assert.equal(row.quantity, '13');
  assert.equal(row.product, product.name);
  assert.equal(row.group, group.name);
  assert.equal(Number(row['line total'].replace(/,/g, '')) * 100, 13 * order.lines[0].unitPriceMinor);
  return order;
}

async function myOrdersHas(page, order) {
  await tap(page, 'home.shop');
  await tap(page, 'shop.myorders');
  const card = await findWidget(page, `myorders.order.${order.id}`);
  assert.equal(card.label, `Sent: ${group.name}`);
}

test('a buyer finds a product by search, is told about the minimum, sends the request and keeps it', async () => {
  const profile = await launchProfile();
  try {
    const page = await openApp(profile.context, server.url);
    const order = checkFiles(await orderDupattas(page));
    await page.evaluate(() => Module.storage.flush());
    await page.reload();
    await waitForFrames(page, 2);
    await myOrdersHas(page, order);
    await screenshot(page, 'shop-my-orders-360x640');
    assert.deepEqual(page.problems, []);
  } finally {
    await profile.close();
  }
});

test('an order request made with no network is still there once the network is back', async () => {
  const profile = await launchProfile();
  try {
    const page = await openApp(profile.context, server.url);
    await waitForOfflineReady(page);
    await page.waitForFunction(() => Module.storage.completedSaves() > 0, null, { timeout: 20000 });
    await profile.context.setOffline(true);
    await page.reload();
    await waitForFrames(page, 2);
    const order = checkFiles(await orderDupattas(page));
    await page.evaluate(() => Module.storage.flush());
    await profile.context.setOffline(false);
    await page.reload();
    await waitForFrames(page, 2);
    await myOrdersHas(page, order);
    assert.deepEqual(page.problems, []);
  } finally {
    await profile.close();
  }
});

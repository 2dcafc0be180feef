// An artisan group's seller on a shared phone: sets up the group and its PIN, is
// refused a wrong PIN, adds a product with a photo through the file chooser,
// publishes the catalogue, imports a buyer's order file (twice: the copy is
// recognised), accepts the order and exports the orders as CSV, read back with
// Python's csv module.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { repo, startServer, launchProfile, openApp, findWidget, widgets, screenshot, imageStats, waitForFrames } from './harness.mjs';
import { press, reach, see, typeInto } from './patient.mjs';

let server;
before(async () => { server = await startServer(); });
after(() => server.stop());



// A widget scrolled wholly into view (its published rectangle is clipped to the screen).
async function wholeOnScreen(page, id) {
  await reach(page, id);
  const viewport = page.viewportSize();
  for (let i = 0; i < 20; ++i) {
    const w = (await widgets(page)).find(x => x.id === id);
    if (w && w.y > 0 && w.y + w.h < viewport.height - 1) return w;
    await page.mouse.move(viewport.width / 2, viewport.height / 2);
    await page.mouse.wheel(0, !w || w.y <= 0 ? -60 : 60);
    await page.waitForTimeout(150);
  }
  return findWidget(page, id);
}

// A camera-sized JPEG drawn on a canvas in the page, as a phone would save it.
async function cameraJpeg(page, dir) {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 1600;
    canvas.height = 1200;
    const g = canvas.getContext('2d');
    const gradient = g.createLinearGradient(0, 0, 1600, 1200);
    gradient.addColorStop(0, '#b5532c');
    gradient.addColorStop(1, '#e9c46a');
    g.fillStyle = gradient;
    g.fillRect(0, 0, 1600, 1200);
    g.fillStyle = '#2a5d67';
    g.beginPath();
    g.ellipse(800, 650, 380, 460, 0, 0, Math.PI * 2);
    g.fill();
    return canvas.toDataURL('image/jpeg', 0.92);
  });
  const file = join(dir, 'IMG_20261124_0930.jpg');
  writeFileSync(file, Buffer.from(dataUrl.split(',')[1], 'base64'));
  return file;
}

// A LocalizedText as cereal writes it: {"texts": [{"key": "en", "value": ...}]}.
function textIn(localized, language) {
  const entry = localized.texts.find(t => t.key === language);
  return entry && entry.value;
}

// The buyer's order request file, in the app's own format (tests/data/order_v1.json).
function orderFile(dir, { groupId, groupName, product, quantity }) {
  const file = JSON.parse(readFileSync(join(repo, 'tests', 'data', 'order_v1.json'), 'utf8'));
  const request = file.orderRequest;
  request.groupName = groupName;
  request.exportedAt = Math.floor(Date.now() / 1000);
  const order = request.order;
  order.id = randomBytes(16).toString('hex');
  order.groupId = groupId;
  order.currency = product.price.currency;
  order.notes = 'For the Diwali fair, please';
  order.lines = [{
    cereal_class_version: 1, productId: product.id, variantId: '', sku: product.sku,
    productName: textIn(product.name, 'en'), variantLabel: '', priceOnRequest: false,
    unitPriceMinor: product.price.minor, quantity,
  }];
  const now = Math.floor(Date.now() / 1000);
  order.history = [{ cereal_class_version: 1, status: 0, at: now - 3600 }, { status: 1, at: now - 3500 }];
  const path = join(dir, `order-${order.id.slice(0, 8)}.json`);
  writeFileSync(path, JSON.stringify(file, null, 2));
  return { path, id: order.id };
}

// From the home screen: a new group, with the PIN 2580, opened on its own page.
async function createGroup(page, { region } = {}) {
  await press(page, 'home.mygroup');
  await press(page, 'mygroup.new');
  await typeInto(page, 'group.name', 'Kumhar Clay Collective');
  await typeInto(page, 'group.country', 'IN');
  if (region) await typeInto(page, 'group.region', region);
  await typeInto(page, 'group.phone', '+91 98000 00000');
  await press(page, 'group.create');
  await typeInto(page, 'mygroup.pin.new', '2580');
  await typeInto(page, 'mygroup.pin.repeat', '2580');
  await press(page, 'mygroup.pin.save');
}

test('a seller sets a PIN, adds a product with a photo, imports an order, accepts it and exports the orders', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'homeworks-seller-'));
  const profile = await launchProfile();
  try {
    const page = await openApp(profile.context, server.url);
    await createGroup(page, { region: 'Kutch, Gujarat' });
    await findWidget(page, 'mygroup.products.none');

    // Locked: a wrong PIN is refused and nothing of the group shows.
    await press(page, 'mygroup.lock');
    await typeInto(page, 'mygroup.pin', '1111');
    await press(page, 'mygroup.pin.open');
    const refused = await findWidget(page, 'mygroup.pin.error');
    assert.equal(refused.label, 'This PIN is not right');
    assert.ok(!(await widgets(page)).some(w => w.id === 'mygroup.product.add'), 'nothing past the PIN');
    await screenshot(page, 'seller-pin-refused-360x640');
    await typeInto(page, 'mygroup.pin', '2580');
    await press(page, 'mygroup.pin.open');

    // A product with a photo from the file chooser (a phone offers its camera here).
    await press(page, 'mygroup.product.add');
    await typeInto(page, 'product.name', 'Clay water jar');
    await typeInto(page, 'product.category', 'pottery');
    await typeInto(page, 'product.price', '4.50');
    await typeInto(page, 'product.minOrder', '6');
    const chooser = page.waitForEvent('filechooser');
    await press(page, 'product.photo.add');
    const fileChooser = await chooser;
    assert.equal(await fileChooser.element().getAttribute('capture'), 'environment');
    await fileChooser.setFiles(await cameraJpeg(page, dir));
    const photo = await see(page, 'product.photo.0');
    assert.match(photo.label, /^1\. 800 × 600 · \d+ KB$/);
    // The photo is shown as a thumbnail: its middle is the jar (teal), its corner the
    // warm background, not the grey box of a photo still being decoded.
    const thumb = await wholeOnScreen(page, 'product.photo.0.thumb');
    const png = await screenshot(page, 'seller-product-editor-360x640');
    const { at } = await imageStats(profile.context, png, [
      [thumb.x + thumb.w / 2, thumb.y + thumb.h / 2], [thumb.x + thumb.w * 0.5, thumb.y + 8]]);
    const near = (rgb, want) => rgb.every((c, i) => Math.abs(c - want[i]) < 40);
    assert.ok(near(at[0], [0x2a, 0x5d, 0x67]), `the thumbnail's middle is the jar: ${at[0]}`);
    assert.ok(!near(at[1], [232, 224, 216]) && at[1][0] > at[1][2] + 40, `the thumbnail's top is the warm background: ${at[1]}`);
    await press(page, 'product.save');
    const saved = await findWidget(page, 'mygroup.message');
    assert.equal(saved.label, 'Saved: Clay water jar');

    // The catalogue published as a file holds the product and its photo as JPEG.
    const publishing = page.waitForEvent('download');
    await press(page, 'mygroup.publish');
    const packDownload = await publishing;
    assert.match(packDownload.suggestedFilename(), /^catalogue-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.json$/);
    const pack = JSON.parse(readFileSync(await packDownload.path(), "utf8")).catalogue;
    assert.equal(pack.group.name, 'Kumhar Clay Collective');
    assert.deepEqual(pack.group.sellerPin, { nullopt: true }, 'the PIN never leaves the phone');
    assert.equal(pack.products.length, 1);
    const product = pack.products[0];
    assert.equal(textIn(product.name, 'en'), 'Clay water jar');
    assert.deepEqual([product.price.minor, product.minOrder], [450, 6]);
    assert.equal(product.photos[0].mime, 'image/jpeg');
    assert.equal(product.photos[0].width, 800);
    assert.equal(Buffer.from(product.photos[0].base64, 'base64').subarray(0, 2).toString('hex'), 'ffd8');

    // The buyer's order file, chosen twice at once: the copy is recognised.
    const order = orderFile(dir, { groupId: pack.group.id, groupName: pack.group.name, product, quantity: 8 });
    const copy = join(dir, 'order-copy.json');
    writeFileSync(copy, readFileSync(order.path));
    await press(page, 'mygroup.inbox');
    const choosingOrders = page.waitForEvent('filechooser');
    await press(page, 'inbox.import');
    const ordersChooser = await choosingOrders;
    assert.ok(ordersChooser.isMultiple(), 'several order files can be chosen at once');
    await ordersChooser.setFiles([order.path, copy]);
    const added = await findWidget(page, 'inbox.log.0');
    assert.match(added.label, /order from Ana Reyes added$/);
    const duplicate = await findWidget(page, 'inbox.log.1');
    assert.equal(duplicate.label, 'order-copy.json: This order was already imported');

    // Accepted, with a note; then it counts in what to make.
    await press(page, `inbox.order.${order.id}`);
    assert.equal((await findWidget(page, 'order.status')).label, 'Status: Received');
    await typeInto(page, 'order.note', 'Half paid in advance');
    await press(page, 'order.status.accepted');
    // The change is in the history, with its note.
    await page.waitForFunction(() => window.homeworks.widgets().some(w => w.id.startsWith('order.history.') &&
      w.label.endsWith('Accepted · Half paid in advance')), null, { timeout: 10000 });
    await reach(page, 'order.status');
    assert.equal((await findWidget(page, 'order.status')).label, 'Status: Accepted');
    await press(page, 'nav.back');
    await press(page, 'inbox.summary.0');
    assert.equal((await findWidget(page, 'inbox.summary.0')).label, 'Clay water jar: 8');

    // The orders-per-week chart names this week by its Monday ("24 Nov"; the year too
    // when the week before was in another year) and counts the order made an hour ago.
    const mondayOf = seconds => {
      const d = new Date(seconds * 1000);
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - (d.getUTCDay() + 6) % 7);
    };
    const nowSeconds = Math.floor(Date.now() / 1000);
    const monday = new Date(mondayOf(nowSeconds));
    const weekBefore = new Date(monday.getTime() - 7 * 86400 * 1000);
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
    const year = monday.getUTCFullYear() !== weekBefore.getUTCFullYear() ? ` ${monday.getUTCFullYear()}` : '';
    const count = mondayOf(nowSeconds - 3600) === monday.getTime() ? 1 : 0;
    const week = await see(page, 'inbox.chart.week.7');
    assert.equal(week.label, `${monday.getUTCDate()} ${months[monday.getUTCMonth()]}${year}: ${count}`);
    await screenshot(page, 'seller-inbox-chart-360x640');

    // The orders as CSV, read back with a real CSV parser.
    const exporting = page.waitForEvent('download');
    await press(page, 'inbox.csv.export');
    const csvDownload = await exporting;
    assert.match(csvDownload.suggestedFilename(), /^orders-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = JSON.parse(execFileSync('python3', ['-c',
      'import csv, json, sys\nwith open(sys.argv[1], newline="", encoding="utf-8") as f: print(json.dumps(list(csv.DictReader(f))))',
      await csvDownload.path()], { encoding: 'utf8' }));
    assert.equal(rows.length, 1);
    assert.equal(rows[0]['order id'], order.id);
    assert.equal(rows[0].status, 'accepted');
    assert.equal(rows[0].product, 'Clay water jar');
    assert.equal(rows[0].quantity, '8');
    assert.equal(rows[0]['line total'], '36.00');
    assert.equal(rows[0].group, 'Kumhar Clay Collective');
    await screenshot(page, 'seller-inbox-360x640');
    assert.deepEqual(page.problems, []);
  } finally {
    await profile.close();
  }
});

test('after three wrong PINs the seller waits, and a reload of the page does not end the wait', async () => {
  const profile = await launchProfile();
  try {
    const page = await openApp(profile.context, server.url);
    await createGroup(page);
    await press(page, 'mygroup.lock');
    for (const pin of ['1111', '2222', '3333']) {
      await typeInto(page, 'mygroup.pin', pin);
      await press(page, 'mygroup.pin.open');
    }
    const waitText = /^Too many wrong PINs\. Try again in (\d+) seconds\.$/;
    await page.waitForFunction(() => window.homeworks.widgets().some(w => w.id === 'mygroup.pin.error' &&
      w.label.startsWith('Too many wrong PINs')), null, { timeout: 10000 });
    assert.match((await findWidget(page, 'mygroup.pin.error')).label, waitText);

    await page.evaluate(() => Module.storage.flush());
    await page.reload();
    await waitForFrames(page, 2);
    await press(page, 'home.mygroup');
    const ours = w => w.id.startsWith('mygroup.group.') && w.label.includes('Kumhar Clay Collective');
    let group;
    for (let i = 0; i < 40 && !group; ++i) {  // below the demo groups: scrolled to like a person
      group = (await widgets(page)).find(ours);
      if (group) break;
      await page.mouse.move(180, 320);
      await page.mouse.wheel(0, 120);
      await page.waitForTimeout(150);
    }
    assert.ok(group, 'the group is listed after the reload');
    await press(page, group.id);
    const shown = (await findWidget(page, 'mygroup.pin.error')).label;
    const seconds = Number(shown.match(waitText)?.[1]);
    assert.ok(seconds > 0 && seconds <= 30, `still waiting after the reload: ${shown}`);
    // Even the right PIN waits.
    await typeInto(page, 'mygroup.pin', '2580');
    await press(page, 'mygroup.pin.open');
    await page.waitForTimeout(300);
    assert.ok(!(await widgets(page)).some(w => w.id === 'mygroup.product.add'), 'nothing past the PIN while waiting');
    assert.match((await findWidget(page, 'mygroup.pin.error')).label, waitText);
    await screenshot(page, 'seller-pin-wait-after-reload-360x640');
    assert.deepEqual(page.problems, []);
  } finally {
    await profile.close();
  }
});

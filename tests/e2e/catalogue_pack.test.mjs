// A catalogue published on the group's phone is added on a buyer's phone: two browser
// profiles, the pack file going from one to the other through download and the file
// chooser, its contents shown before it is added.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startServer, launchProfile, openApp, findWidget, widgets, waitForFrames, screenshot } from './harness.mjs';
import { press, see, typeInto } from './patient.mjs';

let server;
before(async () => { server = await startServer(); });
after(() => server.stop());



test('a catalogue pack exported on one phone is imported on another, with its products there', async () => {
  const seller = await launchProfile();
  const buyer = await launchProfile();
  try {
    // The group's phone: a group, a PIN, two products, and the catalogue published.
    const sellerPage = await openApp(seller.context, server.url);
    await press(sellerPage, 'home.mygroup');
    await press(sellerPage, 'mygroup.new');
    await typeInto(sellerPage, 'group.name', 'Mekong Silk Weavers');
    await typeInto(sellerPage, 'group.country', 'KH');
    await typeInto(sellerPage, 'group.email', 'weavers@example.org');
    await press(sellerPage, 'group.create');
    await typeInto(sellerPage, 'mygroup.pin.new', '7391');
    await typeInto(sellerPage, 'mygroup.pin.repeat', '7391');
    await press(sellerPage, 'mygroup.pin.save');
    for (const [name, price] of [['Silk krama scarf', '18'], ['Ikat table runner', '32.50']]) {
      await press(sellerPage, 'mygroup.product.add');
      await typeInto(sellerPage, 'product.name', name);
      await typeInto(sellerPage, 'product.price', price);
      await press(sellerPage, 'product.save');
      assert.equal((await see(sellerPage, 'mygroup.message')).label, `Saved: ${name}`);
    }
    const publishing = sellerPage.waitForEvent('download');
    await press(sellerPage, 'mygroup.publish');
    const pack = await (await publishing).path();

    // The buyer's phone: Shop -> Add a catalogue -> the file.
    const page = await openApp(buyer.context, server.url);
    await press(page, 'home.shop');
    await press(page, 'shop.import');
    const choosing = page.waitForEvent('filechooser');
    await press(page, 'catimport.file');
    await (await choosing).setFiles(pack);
    assert.equal((await see(page, 'catimport.group')).label, 'Mekong Silk Weavers');
    assert.equal((await see(page, 'catimport.products')).label, 'Products: 2');
    assert.equal((await see(page, 'catimport.groupstate')).label, 'A group new to this phone');
    assert.equal((await see(page, 'catimport.added')).label, 'Will be added: 2');
    await screenshot(page, 'catalogue-import-preview-360x640');
    await press(page, 'catimport.apply');
    assert.match((await see(page, 'catimport.done')).label, /^Mekong Silk Weavers: Products: 2$/);
    await press(page, 'nav.back');
    const groupId = JSON.parse(readFileSync(pack, 'utf8')).catalogue.group.id;
    const shown = await see(page, `shop.group.${groupId}`);
    assert.equal(shown.label, 'Mekong Silk Weavers');
    assert.equal((await see(page, `${shown.id}.products`)).label, 'Products: 2');

    // Kept on the buyer's phone, and searchable there.
    await page.reload();
    await waitForFrames(page, 2);
    await press(page, 'home.shop');
    await typeInto(page, 'shop.search', 'ikat');
    await see(page, 'Ikat table runner');

    // The same pack again: nothing new to add.
    await press(page, 'shop.import');
    const again = page.waitForEvent('filechooser');
    await press(page, 'catimport.file');
    await (await again).setFiles(pack);
    assert.equal((await see(page, 'catimport.same')).label, 'This phone already has this catalogue as it is.');
    assert.deepEqual(sellerPage.problems, []);
    assert.deepEqual(page.problems, []);
  } finally {
    await seller.close();
    await buyer.close();
  }
});

// Photos as the region's phones take them, chosen for a product through the file
// chooser: a portrait camera photo (landscape pixels with EXIF orientation 6) is kept
// upright; a small PNG that claims 12000 × 12000 pixels is refused by name before it
// is decoded, and the app goes on. Prints the wasm memory the largest accepted photo
// (13 megapixels) takes above the app's idle memory.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync, crc32 } from 'node:zlib';
import { startServer, launchProfile, openApp, findWidget, screenshot, imageStats } from './harness.mjs';
import { press, see, typeInto } from './patient.mjs';

let server;
before(async () => { server = await startServer(); });
after(() => server.stop());

// A landscape JPEG drawn on a canvas (dark left half, light right half), with the APP1
// segment a phone held upright writes after the start marker: orientation 6.
async function portraitCameraJpeg(page, dir, name, width, height) {
  const base64 = await page.evaluate(async ([w, h]) => {
    const canvas = new OffscreenCanvas(w, h);
    const g = canvas.getContext('2d');
    g.fillStyle = '#2a5d67';
    g.fillRect(0, 0, w / 2, h);
    g.fillStyle = '#e9c46a';
    g.fillRect(w / 2, 0, w / 2, h);
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let text = '';
    for (let i = 0; i < bytes.length; i += 8192) text += String.fromCharCode(...bytes.subarray(i, i + 8192));
    return btoa(text);
  }, [width, height]);
  const jpeg = Buffer.from(base64, 'base64');
  const exif = Buffer.from([0xFF, 0xE1, 0x00, 0x22, ...Buffer.from('Exif\0\0', 'latin1'),
    0x4D, 0x4D, 0x00, 0x2A, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0]);
  const file = join(dir, name);
  writeFileSync(file, Buffer.concat([jpeg.subarray(0, 2), exif, jpeg.subarray(2)]));
  return file;
}

// A grey PNG of side × side black pixels: a few hundred kilobytes (zlib squeezes the
// rows about a thousand to one) that would decode to hundreds of megabytes.
function hugePng(dir, name, side) {
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header[8] = 8;  // bits a sample; colour type 0 (grey)
  const rows = Buffer.alloc((side + 1) * side);  // each row: filter 0, then black
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
  const file = join(dir, name);
  writeFileSync(file, png);
  return { file, size: png.length };
}

// From the home screen to a new product's editor in a new group (PIN 2580).
async function openProductEditor(page) {
  await press(page, 'home.mygroup');
  await press(page, 'mygroup.new');
  await typeInto(page, 'group.name', 'Kumhar Clay Collective');
  await typeInto(page, 'group.country', 'IN');
  await typeInto(page, 'group.phone', '+91 98000 00000');
  await press(page, 'group.create');
  await typeInto(page, 'mygroup.pin.new', '2580');
  await typeInto(page, 'mygroup.pin.repeat', '2580');
  await press(page, 'mygroup.pin.save');
  await press(page, 'mygroup.product.add');
  await typeInto(page, 'product.name', 'Clay water jar');
  await typeInto(page, 'product.category', 'pottery');
  await typeInto(page, 'product.price', '4.50');
  await typeInto(page, 'product.minOrder', '6');
}

async function choosePhoto(page, file) {
  const chooser = page.waitForEvent('filechooser');
  await press(page, 'product.photo.add');
  await (await chooser).setFiles(file);
}

const heap = page => page.evaluate(() => Module.HEAP8.length);
const mib = bytes => (bytes / 1024 / 1024).toFixed(1);

test('a portrait camera photo is kept upright for a product, and the largest accepted one stays within the memory budget', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'homeworks-photos-'));
  const profile = await launchProfile();
  try {
    const page = await openApp(profile.context, server.url);
    await openProductEditor(page);
    await choosePhoto(page, await portraitCameraJpeg(page, dir, 'IMG_20261202_0915.jpg', 1600, 1200));
    const first = await see(page, 'product.photo.0');
    assert.match(first.label, /^1\. 600 × 800 · \d+ KB$/, 'stored upright: taller than wide');
    // Turned a quarter to the right, the stored left half (teal) is the top of the
    // thumbnail and the right half (yellow) its bottom.
    const thumb = await see(page, 'product.photo.0.thumb');
    const near = (rgb, want) => rgb.every((c, i) => Math.abs(c - want[i]) < 40);
    let at;
    for (let i = 0; i < 30; ++i) {  // decoded on a frame after it arrives
      ({ at } = await imageStats(profile.context, await screenshot(page, 'photos-portrait-product-360x640'),
        [[thumb.x + thumb.w / 2, thumb.y + thumb.h * 0.25], [thumb.x + thumb.w / 2, thumb.y + thumb.h * 0.75]]));
      if (near(at[0], [0x2a, 0x5d, 0x67])) break;
      await page.waitForTimeout(100);
    }
    assert.ok(near(at[0], [0x2a, 0x5d, 0x67]), `the thumbnail's top is teal: ${at[0]}`);
    assert.ok(near(at[1], [0xe9, 0xc4, 0x6a]), `the thumbnail's bottom is yellow: ${at[1]}`);

    // The largest photo accepted: 13 megapixels, as the region's phone cameras take them.
    const big = await portraitCameraJpeg(page, dir, 'IMG_20261202_0916.jpg', 4160, 3120);
    const idle = await heap(page);
    await choosePhoto(page, big);
    const second = await see(page, 'product.photo.1');
    assert.match(second.label, /^2\. 600 × 800 · \d+ KB$/);
    const grown = (await heap(page)) - idle;
    console.log(`wasm memory: ${mib(idle)} MiB idle, ${mib(idle + grown)} MiB after a 4160 × 3120 photo ` +
                `(${mib(grown)} MiB above idle; budget 64 MiB)`);
    assert.ok(grown <= 64 * 1024 * 1024, `the photo took ${mib(grown)} MiB`);
    assert.deepEqual(page.problems, []);
  } finally {
    await profile.close();
  }
});

test('a small PNG that claims 12000 × 12000 pixels is refused by name, and the app goes on', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'homeworks-photos-'));
  const profile = await launchProfile();
  try {
    const page = await openApp(profile.context, server.url);
    await openProductEditor(page);
    const huge = hugePng(dir, 'poster.png', 12000);
    assert.ok(huge.size < 1024 * 1024, `a small file: ${huge.size} bytes`);
    const idle = await heap(page);
    await choosePhoto(page, huge.file);
    const refusal = await see(page, 'product.photo.error');
    assert.match(refusal.label, /^poster\.png: The picture has too many pixels for this phone/);
    assert.match(refusal.label, /12000 × 12000/);
    const grown = (await heap(page)) - idle;
    console.log(`wasm memory after refusing a 12000 × 12000 PNG: ${mib(grown)} MiB above idle`);
    assert.ok(grown < 16 * 1024 * 1024, `refused before decoding: ${mib(grown)} MiB`);

    // The editor still takes a photo, and the product is saved.
    await choosePhoto(page, await portraitCameraJpeg(page, dir, 'IMG_20261202_0917.jpg', 1600, 1200));
    assert.match((await see(page, 'product.photo.0')).label, /^1\. 600 × 800/);
    await press(page, 'product.save');
    assert.equal((await findWidget(page, 'mygroup.message')).label, 'Saved: Clay water jar');
    assert.deepEqual(page.problems, []);
  } finally {
    await profile.close();
  }
});

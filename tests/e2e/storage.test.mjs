// Saved state in the real browser: IndexedDB through IDBFS, across reloads, browser
// restarts and two tabs, and a damaged snapshot that gives way to its backup.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startServer, launchProfile, openApp, tap, chooseLanguage, findWidget, waitGone, waitForFrames, widgets, screenshot } from './harness.mjs';
import { openFirstResult, press, typeInto } from './patient.mjs';

let server;
before(async () => { server = await startServer(); });
after(() => server.stop());

const completedSaves = page => page.evaluate(() => Module.storage.completedSaves());
async function waitForSaveAfter(page, count) {
  await page.waitForFunction(n => Module.storage.completedSaves() > n, count, { timeout: 10000 });
}

test('a language chosen in Settings is kept across a reload and a browser restart', async () => {
  let profile = await launchProfile();
  try {
    let page = await openApp(profile.context, server.url);
    await chooseLanguage(page, 'id');
    await findWidget(page, 'Belajar');
    // Reloaded at once, before the delayed save: the page-hide save must carry it.
    await page.reload();
    await waitForFrames(page, 2);
    await findWidget(page, 'Belajar');
    assert.deepEqual(page.problems, []);

    const saves = await completedSaves(page);
    await chooseLanguage(page, 'fil');
    await waitForSaveAfter(page, saves);
    await profile.close({ keepProfile: true });
    profile = await launchProfile({ profileDir: profile.dir });
    page = await openApp(profile.context, server.url);
    await findWidget(page, 'Matuto');
    assert.deepEqual(page.problems, []);
  } finally {
    await profile.close();
  }
});

test('a damaged snapshot gives way to the backup, says so, and can be saved as a file', async () => {
  const profile = await launchProfile();
  try {
    const page = await openApp(profile.context, server.url);
    let saves = await completedSaves(page);
    await chooseLanguage(page, 'id');
    await waitForSaveAfter(page, saves);
    saves = await completedSaves(page);
    await chooseLanguage(page, 'fil');
    await waitForSaveAfter(page, saves);

    // A fault on the device: some bytes of the latest snapshot are changed in storage,
    // the IndexedDB database IDBFS keeps /data in (one entry per file, keyed by path).
    const damaged = await page.evaluate(async () => {
      const request = indexedDB.open('/data');
      const db = await new Promise((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const transaction = db.transaction(['FILE_DATA'], 'readwrite');
      const store = transaction.objectStore('FILE_DATA');
      const entry = await new Promise((resolve, reject) => {
        const get = store.get('/data/state.snapshot');
        get.onsuccess = () => resolve(get.result);
        get.onerror = () => reject(get.error);
      });
      const bytes = new Uint8Array(entry.contents);
      for (let i = 40; i < bytes.length; i += 7) bytes[i] ^= 0xa5;
      store.put({ ...entry, contents: bytes }, '/data/state.snapshot');
      await new Promise((resolve, reject) => {
        transaction.oncomplete = resolve;
        transaction.onerror = () => reject(transaction.error);
      });
      db.close();
      return Array.from(bytes);
    });
    await page.reload();
    await waitForFrames(page, 2);

    await findWidget(page, 'Belajar');  // the backup held Bahasa Indonesia
    // The notice speaks it too ("the previous copy was restored").
    const notice = await findWidget(page, 'notice.text');
    assert.match(notice.label, /salinan sebelumnya dipulihkan/);
    await screenshot(page, 'damaged-snapshot-notice-360x640');

    const downloadPromise = page.waitForEvent('download');
    await tap(page, 'notice.export');
    const download = await downloadPromise;
    assert.match(download.suggestedFilename(), /^homeworks-damaged-\d+\.snapshot$/);
    assert.deepEqual(Array.from(readFileSync(await download.path())), damaged);

    await tap(page, 'notice.dismiss');
    await waitGone(page, 'notice.text');

    // What was restored is saved over the damaged snapshot: the next start is quiet.
    await waitForSaveAfter(page, 0);
    await page.reload();
    await waitForFrames(page, 2);
    await findWidget(page, 'Belajar');
    assert.ok(!(await widgets(page)).some(w => w.id === 'notice.text'), 'no notice at the next start');
    assert.deepEqual(page.problems, []);
  } finally {
    await profile.close();
  }
});

test('a second tab is read-only with a notice, follows the first, and takes over when it closes', async () => {
  const profile = await launchProfile();
  try {
    const first = await openApp(profile.context, server.url);
    const second = await openApp(profile.context, server.url, { newPage: true });
    const notice = await findWidget(second, 'notice.readonly');
    assert.match(notice.label, /open in another tab/);
    await screenshot(second, 'second-tab-read-only-360x640');

    // What the first tab saves shows up in the second. (The person switches to the first
    // tab to use it: a tab in the background gets few frames.)
    await first.bringToFront();
    await chooseLanguage(first, 'id');
    await findWidget(second, 'Belajar', { timeout: 15000 });

    // Once the first tab is closed, the second saves.
    await first.close();
    await waitGone(second, 'notice.readonly', 15000);
    const saves = await completedSaves(second);
    await chooseLanguage(second, 'th');
    await waitForSaveAfter(second, saves);
    await second.reload();
    await waitForFrames(second, 2);
    const learn = await findWidget(second, 'เรียนรู้');
    assert.equal(learn.id, 'home.learn');
    assert.deepEqual(second.problems, []);
  } finally {
    await profile.close();
  }
});

// The saved snapshot as IndexedDB holds it (IDBFS keeps one entry per file of /data).
async function storedSnapshot(page) {
  return page.evaluate(async () => {
    const request = indexedDB.open('/data');
    const db = await new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const get = db.transaction(['FILE_DATA']).objectStore('FILE_DATA').get('/data/state.snapshot');
    const entry = await new Promise((resolve, reject) => {
      get.onsuccess = () => resolve(get.result);
      get.onerror = () => reject(get.error);
    });
    db.close();
    return entry ? Array.from(new Uint8Array(entry.contents)).join(',') : null;
  });
}

test('a full phone: the failed save is told at once with a backup to take, what was saved stays, and it is saved once space is back', async () => {
  let profile = await launchProfile();
  try {
    let page = await openApp(profile.context, server.url);
    // The demo catalogues are saved on the first start.
    await page.waitForFunction(() => Module.storage.completedSaves() > 0, null, { timeout: 30000 });
    await page.evaluate(() => Module.storage.flush());
    const before = await storedSnapshot(page);
    assert.ok(before, 'a snapshot is in IndexedDB');
    await profile.close({ keepProfile: true });

    // The phone has filled up since: the browser's own quota for the app's origin, set
    // below what it already uses, refuses every write to IndexedDB that adds to it.
    // (Chromium reads an origin's quota when it opens its database: set before the app starts.)
    profile = await launchProfile({ profileDir: profile.dir });
    const origin = new URL(server.url).origin;
    let cdp;
    page = await openApp(profile.context, server.url, {
      beforeGoto: async p => {
        cdp = await profile.context.newCDPSession(p);
        await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
      },
    });
    // Work that must be saved: a product put on an order request.
    await tap(page, 'home.shop');
    await openFirstResult(page, 'dupatta');
    await typeInto(page, 'product.quantity', '12');
    await press(page, 'product.add');
    await findWidget(page, 'product.added');
    await tap(page, 'nav.back');
    const notice = await findWidget(page, 'notice.savefailed', { timeout: 20000 });
    assert.match(notice.label, /^Your data could not be saved\n.*save a backup now/);
    await screenshot(page, 'storage-full-360x640');
    // Still there a while later: nobody goes on working believing it is kept.
    await page.waitForTimeout(1000);
    await findWidget(page, 'notice.savefailed');

    // The backup it offers holds the work that could not be saved.
    const download = page.waitForEvent('download');
    await tap(page, 'notice.savefailed.backup');
    const backup = await download;
    assert.match(backup.suggestedFilename(), /^homeworks-backup-\d{4}-\d{2}-\d{2}\.snapshot$/);
    assert.ok(readFileSync(await backup.path()).length > 1000);
    // What was saved before is untouched.
    assert.equal(await storedSnapshot(page), before);

    // Space is back: the app tries again by itself, says so, and the work is kept.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    await waitGone(page, 'notice.savefailed', 40000);
    assert.equal((await findWidget(page, 'notice.text')).label, 'Saved: your changes are safe again.');
    assert.notEqual(await storedSnapshot(page), before);
    await page.reload();
    await waitForFrames(page, 2);
    await tap(page, 'home.shop');
    assert.equal((await findWidget(page, 'shop.myorders')).label, 'My orders (1)');
    assert.deepEqual(page.problems.filter(p => !/QuotaExceeded|IndexedDB|Failed to load resource/.test(p)), []);
  } finally {
    await profile.close();
  }
});

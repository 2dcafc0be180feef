// Settings: the storage the app uses on this phone, and a full backup saved as a
// file and restored through the browser's file chooser.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, launchProfile, openApp, tap, chooseLanguage, findWidget, waitGone, waitForFrames, widgets, screenshot } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(() => server.stop());

test('Settings shows the storage used and free on this device', async () => {
  const profile = await launchProfile();
  try {
    const page = await openApp(profile.context, server.url);
    await tap(page, 'home.settings');
    await tap(page, 'settings.backup.save');  // scrolls down to the storage part
    const used = (await widgets(page)).find(w => w.label.startsWith('Used by the app: '));
    const free = (await widgets(page)).find(w => w.label.startsWith('Still free: '));
    assert.ok(used && free, 'used and free space are shown');
    assert.match(used.label, /\d+(\.\d)? (KB|MB)$/);
    assert.match(free.label, /\d+(\.\d)? (KB|MB|GB)$/);
    await screenshot(page, 'settings-storage-360x640');
    assert.deepEqual(page.problems, []);
  } finally {
    await profile.close();
  }
});

test('a backup saved as a file restores everything after a change, and a wrong file changes nothing', async () => {
  const profile = await launchProfile();
  try {
    const page = await openApp(profile.context, server.url);
    await chooseLanguage(page, 'id');
    await tap(page, 'home.settings');
    const downloading = page.waitForEvent('download');
    await tap(page, 'settings.backup.save');
    const download = await downloading;
    assert.match(download.suggestedFilename(), /^homeworks-backup-\d{4}-\d{2}-\d{2}\.snapshot$/);
    const backup = readFileSync(await download.path());
    assert.equal(backup.subarray(0, 6).toString('latin1'), 'HWSNAP');
    await tap(page, 'nav.back');

    await chooseLanguage(page, 'th');
    await findWidget(page, 'เรียนรู้');

    // A file that is not a backup: refused with a message, nothing changes.
    const wrong = join(mkdtempSync(join(tmpdir(), 'homeworks-')), 'notes.snapshot');
    writeFileSync(wrong, 'shopping list: thread, needles, dye');
    await tap(page, 'home.settings');
    let choosing = page.waitForEvent('filechooser');
    await tap(page, 'settings.backup.restore');
    await (await choosing).setFiles(wrong);
    const refused = await findWidget(page, 'notice.text');
    assert.match(refused.label, /notes\.snapshot/);
    await tap(page, 'notice.dismiss');

    // The real backup: asked first, then everything is as it was.
    choosing = page.waitForEvent('filechooser');
    await tap(page, 'settings.backup.restore');
    await (await choosing).setFiles(await download.path());
    await findWidget(page, 'notice.restore');
    await screenshot(page, 'restore-confirm-360x640');
    await tap(page, 'restore.yes');
    await waitGone(page, 'notice.restore');
    await tap(page, 'nav.back');
    await findWidget(page, 'Belajar');

    await page.reload();
    await waitForFrames(page, 2);
    await findWidget(page, 'Belajar');  // the restored state was saved
    assert.deepEqual(page.problems, []);
  } finally {
    await profile.close();
  }
});

test("Settings opens the licences: the project's own and those of the fonts and libraries the site carries", async () => {
  const profile = await launchProfile();
  try {
    const page = await openApp(profile.context, server.url);
    await tap(page, 'home.settings');
    const opening = profile.context.waitForEvent('page');
    await tap(page, 'settings.licences');
    const licences = await opening;
    await licences.waitForLoadState();
    assert.match(licences.url(), /\/about\/licences\.txt$/);
    const text = await licences.evaluate(() => document.body.innerText);
    for (const part of ['MIT License', 'Dear ImGui', 'SDL2', 'HarfBuzz', 'LZ4', 'cereal', 'RapidJSON', 'stb',
      'SIL Open Font License', 'Unicode', 'Emscripten'])
      assert.ok(text.includes(part), `the licences name ${part}`);
    assert.deepEqual(page.problems, []);
  } finally {
    await profile.close();
  }
});

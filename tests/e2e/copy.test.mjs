// Copying in the real browser: the details of a problem land on the system clipboard,
// ready to paste into a message.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, launchProfile, openApp, tap, findWidget } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(() => server.stop());

test('Copy puts the details of a refused file on the clipboard', async () => {
  const profile = await launchProfile();
  try {
    await profile.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const page = await openApp(profile.context, server.url);
    const wrong = join(mkdtempSync(join(tmpdir(), 'homeworks-')), 'notes.snapshot');
    writeFileSync(wrong, 'shopping list: thread, needles, dye');
    await tap(page, 'home.settings');
    const choosing = page.waitForEvent('filechooser');
    await tap(page, 'settings.backup.restore');
    await (await choosing).setFiles(wrong);
    const notice = await findWidget(page, 'notice.text');
    await tap(page, 'notice.copy');
    await findWidget(page, 'Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(copied, /notes\.snapshot/);
    assert.ok(notice.label.startsWith(copied.split('\n')[0]), `the notice's own words: ${copied}`);
    assert.deepEqual(page.problems, []);
  } finally {
    await profile.close();
  }
});

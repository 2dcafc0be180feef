// Updates: a new version of the app is found, applied at the next start or when the
// person accepts it, and the saved state is still there afterwards.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repo, siteDir, startServer, launchProfile, openApp, chooseLanguage, findWidget, waitForFrames, waitForOfflineReady,
  waitForText } from './harness.mjs';

// The served folder starts as version A; `publish('B')` puts version B in its place,
// as a host does when a new build is deployed. A later version carries a marker in
// its page (the title itself is set by the app once it runs).
let served, server;
function publish(version) {
  rmSync(served, { recursive: true, force: true });
  cpSync(siteDir, served, { recursive: true, preserveTimestamps: true });
  if (version !== 'A') {
    const page = join(served, 'index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('<head>', `<head>\n<meta name="homeworks-version" content="${version}">`));
    for (const copy of ['index.html.br', 'index.html.gz']) rmSync(join(served, copy));
    execFileSync('/usr/bin/python3', [join(repo, 'scripts', 'package_site.py'), served, repo], { stdio: 'ignore' });
  }
}

before(async () => {
  served = join(mkdtempSync(join(tmpdir(), 'homeworks-update-')), 'site');
  publish('A');
  server = await startServer(served);
});
after(() => { server.stop(); rmSync(served, { recursive: true, force: true }); });

const servedVersion = page => page.evaluate(() => {
  const marker = document.querySelector('meta[name="homeworks-version"]');
  return marker ? marker.content : 'A';
});

async function startOnVersionA(profile, language, learn) {
  publish('A');
  const page = await openApp(profile.context, server.url);
  await waitForOfflineReady(page);
  await chooseLanguage(page, language);
  await findWidget(page, learn);
  await waitForText(page);  // the language's messages and fonts have arrived
  await page.evaluate(() => Module.storage.flush());
  assert.equal(await servedVersion(page), 'A');
  return page;
}

// A new version is published and found while the app runs; the person leaves without
// accepting it.
async function foundAndLeft(page, version) {
  publish(version);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await page.waitForSelector('#update.shown', { timeout: 15000 });
  await page.close();
}

test('a new version is offered while the app runs and applied when the person accepts', async () => {
  const profile = await launchProfile();
  try {
    const page = await startOnVersionA(profile, 'id', 'Belajar');
    publish('B');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await page.waitForSelector('#update.shown', { timeout: 15000 });
    assert.match(await page.textContent('#update-text'), /new version/);
    await Promise.all([page.waitForEvent('load'), page.click('#update-now')]);
    await waitForFrames(page, 2);
    assert.equal(await servedVersion(page), 'B');
    await findWidget(page, 'Belajar');  // the state saved on version A
    assert.deepEqual(page.problems, []);
  } finally {
    await profile.close();
  }
});

// Version A is used in Indonesian; `version` is found and left; at the next start it
// takes over (the page reloads on it) and the state saved on version A is there.
async function appliedAtNextStart(version, openOptions = {}) {
  const profile = await launchProfile();
  try {
    await foundAndLeft(await startOnVersionA(profile, 'id', 'Belajar'), version);
    const page = await openApp(profile.context, server.url, openOptions);
    assert.equal(await servedVersion(page), version);
    await findWidget(page, 'Belajar');
    assert.deepEqual(page.problems, []);
  } finally {
    await profile.close();
  }
}

test('a new version found earlier is applied at the next start, keeping the saved state',
  () => appliedAtNextStart('C'));

// For its first two seconds the page keeps the old worker answering requests, as a page
// fetching its manifest and icons does: Chromium may then leave the new one waiting.
const busy = page => page.addInitScript(() => {
  if (sessionStorage.getItem('busy-done')) return;
  sessionStorage.setItem('busy-done', '1');
  const until = Date.now() + 2000;
  const again = () => { if (Date.now() < until) fetch('icon.svg').then(again, again); };
  for (let i = 0; i < 4; ++i) again();
});

test('a new version is applied at the next start even when the old worker is busy as it would take over',
  () => appliedAtNextStart('D', { beforeGoto: busy }));

test('a new version applied at a start with no network keeps the fonts and messages of the language in use', async () => {
  const profile = await launchProfile();
  try {
    // Thai: its messages, fonts and word list were fetched on demand by version A.
    await foundAndLeft(await startOnVersionA(profile, 'th', 'เรียนรู้'), 'E');
    // The next day, with no network: version E takes over and the app is still in Thai.
    await profile.context.setOffline(true);
    const page = await openApp(profile.context, server.url);
    assert.equal(await servedVersion(page), 'E');
    await findWidget(page, 'เรียนรู้');
    await waitForText(page);  // every Thai line drawn: its font came from the cache
    assert.deepEqual(page.problems, []);
  } finally {
    await profile.close();
  }
});

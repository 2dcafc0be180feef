// Shared pieces of the end-to-end tests: the local server, a real Chromium through
// Playwright, and taps at the places where the app says it drew a widget.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const siteDir = process.env.HOMEWORKS_SITE || join(repo, 'build', 'web', 'site');
export const artifactsDir = join(repo, 'test-results', 'e2e');

// Starts scripts/serve.py on a free port; resolves to { url, stop }.
export function startServer(dir = siteDir) {
  return new Promise((resolve, reject) => {
    const proc = spawn('/usr/bin/python3', [join(repo, 'scripts', 'serve.py'), '--port', '0', '--dir', dir],
      { stdio: ['ignore', 'pipe', 'inherit'] });
    proc.on('error', reject);
    proc.on('exit', code => reject(new Error(`server exited with ${code}`)));
    proc.stdout.setEncoding('utf8');
    proc.stdout.on('data', text => {
      const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(text);
      if (m) resolve({ url: m[1], stop: () => proc.kill() });
    });
  });
}

const chromiumFlags = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// A browser profile of its own (a person's phone): IndexedDB persists in it across
// restarts until `close({ keepProfile: false })`.
// `timezoneId` ("Asia/Kolkata") sets the phone's time zone.
export async function launchProfile({ viewport = { width: 360, height: 640 }, deviceScaleFactor = 1,
  profileDir, hasTouch = false, timezoneId } = {}) {
  const dir = profileDir || mkdtempSync(join(tmpdir(), 'homeworks-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true, args: chromiumFlags, viewport, deviceScaleFactor, acceptDownloads: true, hasTouch,
    ...(timezoneId ? { timezoneId } : {}),
  });
  return {
    context, dir,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) rmSync(dir, { recursive: true, force: true });
    },
  };
}

// Opens the app and waits for its first frame. Console errors and page errors are
// collected in page.problems for the test to check.
export async function openApp(context, url, { waitForFrame = true, beforeGoto, newPage = false } = {}) {
  const page = (!newPage && context.pages()[0]) || await context.newPage();
  if (beforeGoto) await beforeGoto(page);
  page.problems = [];
  page.on('console', msg => {
    // Chromium probes /favicon.ico whatever icon the page declares; that is no fault of the app.
    if (msg.type() === 'error' && !msg.location().url.endsWith('/favicon.ico')) page.problems.push(msg.text());
  });
  page.on('pageerror', err => page.problems.push(String(err)));
  await page.goto(url);
  if (waitForFrame) await waitForFrames(page, 2);
  return page;
}

export async function waitForFrames(page, count = 1, { timeout = 30000 } = {}) {
  await page.waitForFunction(n => window.homeworks && window.Module && Module.calledRun &&
    window.homeworks.frames() >= n, count, { timeout });
}

// Waits until the app has nothing left to draw. It draws only when something can
// change the picture (input, a file or result arriving, a timer it set) and then
// until the picture stops changing: once idle, the screen shows all that the last
// action did.
export async function waitForIdle(page, { timeout = 20000 } = {}) {
  await page.waitForFunction(() => window.homeworks && window.Module && Module.calledRun && window.homeworks.idle(),
    null, { timeout });
}

// Waits until `count` more frames than `since` were drawn, or the app is idle (no
// frame comes then: what it had to draw is drawn).
export async function waitForMoreFrames(page, since, count = 2, { timeout = 30000 } = {}) {
  await page.waitForFunction(([n, count]) => window.homeworks.frames() >= n + count || window.homeworks.idle(),
    [since, count], { timeout });
}

// Waits until the screen's text is all there: the language's translations and every
// script's font have arrived.
export async function waitForText(page, { timeout = 20000 } = {}) {
  await page.waitForFunction(() => window.homeworks && window.Module && Module.calledRun &&
    window.homeworks.frames() > 2 && window.homeworks.textStats().linesWaiting === 0 &&
    window.homeworks.textStats().translationsWaiting === 0, null, { timeout });
}

// The same, and a moment more for the last frames to be drawn: before a screenshot.
export async function settled(page) {
  await waitForText(page);
  await waitForIdle(page);
}

// A message's text in a language as in the file the app fetches (lang/<code>.msgs);
// null for English or when the language has none of its own.
export function translation(code, name) {
  if (code === 'en') return null;
  const lines = readFileSync(join(siteDir, 'lang', `${code}.msgs`), 'utf8').split('\n');
  const line = lines.find(l => l.startsWith(`${name}\t`));
  return line ? line.slice(name.length + 1) : null;
}

export async function widgets(page) {
  return page.evaluate(() => window.homeworks.widgets());
}

// The widget with this stable id or visible label as drawn in the last frame, waiting
// for it to appear.
export async function findWidget(page, idOrLabel, { timeout = 10000 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const all = await widgets(page);
    const w = all.find(x => x.id === idOrLabel) || all.find(x => x.label === idOrLabel);
    if (w) return w;
    if (Date.now() > deadline) {
      throw new Error(`no widget "${idOrLabel}" on screen; visible: ${all.map(x => x.id).join(', ')}`);
    }
    await page.waitForTimeout(50);
  }
}

// Taps the centre of a widget with the mouse, like a person would, first scrolling
// the screen with the wheel when the widget is below (or above) what is shown.
export async function tap(page, idOrLabel) {
  const find = all => all.find(x => x.id === idOrLabel || x.label === idOrLabel);
  const viewport = page.viewportSize();
  let all = await widgets(page);
  for (const step of [120, -120]) {
    for (let i = 0; i < 40 && !find(all); ++i) {
      await page.mouse.move(viewport.width / 2, viewport.height / 2);
      await page.mouse.wheel(0, step);
      await page.waitForTimeout(50);
      const before = JSON.stringify(all);
      all = await widgets(page);
      if (JSON.stringify(all) === before) break;  // this end of the screen is reached
    }
  }
  // A screen may still be settling (data arriving, a scrollbar appearing): like a
  // person, wait until the widget stays put before tapping it.
  let w = await findWidget(page, idOrLabel);
  for (let i = 0; i < 40; ++i) {
    await page.waitForTimeout(60);
    const now = await findWidget(page, idOrLabel);
    const still = ['x', 'y', 'w', 'h'].every(k => Math.abs(now[k] - w[k]) < 0.5);
    w = now;
    if (still) break;
  }
  await page.mouse.click(w.x + w.w / 2, w.y + w.h / 2);
  return w;
}

// Chooses the interface language in Settings (BCP 47 code) and returns home.
export async function chooseLanguage(page, code) {
  await tap(page, 'home.settings');
  await tap(page, `settings.lang.${code}`);
  await tap(page, 'nav.back');
}

// Waits until a widget is no longer drawn.
export async function waitGone(page, idOrLabel, timeout = 10000) {
  await page.waitForFunction(id => !window.homeworks.widgets().some(x => x.id === id || x.label === id),
    idOrLabel, { timeout });
}

export async function screenshot(page, name) {
  mkdirSync(artifactsDir, { recursive: true });
  const png = await page.screenshot();
  writeFileSync(join(artifactsDir, `${name}.png`), png);
  return png;
}

// Decodes a PNG in a blank page of the same browser and reports what a person would
// notice: how many distinct colours it has, and the colour at given points.
export async function imageStats(context, png, points = []) {
  const page = await context.newPage();
  try {
    return await page.evaluate(async ({ data, points }) => {
      const img = new Image();
      img.src = 'data:image/png;base64,' + data;
      await img.decode();
      const canvas = new OffscreenCanvas(img.width, img.height);
      const g = canvas.getContext('2d');
      g.drawImage(img, 0, 0);
      const px = g.getImageData(0, 0, img.width, img.height).data;
      const colours = new Set();
      for (let i = 0; i < px.length; i += 4) colours.add((px[i] << 16) | (px[i + 1] << 8) | px[i + 2]);
      const at = points.map(([x, y]) => {
        const i = (Math.round(y) * img.width + Math.round(x)) * 4;
        return [px[i], px[i + 1], px[i + 2]];
      });
      return { width: img.width, height: img.height, distinctColours: colours.size, at };
    }, { data: png.toString('base64'), points });
  } finally {
    await page.close();
  }
}

// Resolves once the service worker controls the page, so the app works offline.
export async function waitForOfflineReady(page) {
  await page.waitForFunction(async () => {
    await navigator.serviceWorker.ready;
    return !!navigator.serviceWorker.controller;
  }, null, { timeout: 20000 });
}

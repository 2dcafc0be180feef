// Shaped text, as a person sees it: the app draws a sample line in every script of the
// region on its canvas (?samples), Chromium draws the same line as HTML text with the
// same font files and size, and the two images must match closely. The canvas image,
// the HTML image and their difference are kept in test-results/e2e/ for each script.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, symlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, launchProfile, openApp, findWidget, tap, screenshot, waitForText, waitForMoreFrames, repo, siteDir, artifactsDir } from './harness.mjs';

// Share of inked pixels allowed to differ: anti-aliasing differs between stb_truetype
// and Chromium's rasteriser, a missing conjunct, mark or reordering does not stay under.
const threshold = 0.10;
const fontSize = 24;  // app/screens/view_samples.cpp
const families = {
  en: 'NotoSans', vi: 'NotoSans', hi: 'NotoSansDevanagari', bn: 'NotoSansBengali', th: 'NotoSansThai',
  km: 'NotoSansKhmer', lo: 'NotoSansLao', ur: 'NotoNaskhArabic',
  iast: 'NotoSans', 'latn-ext': 'NotoSans-Extended',  // Latin letters from their parts; the rarer ones
};

let app, reference, referenceDir;
before(async () => {
  app = await startServer();
  // The HTML side is served from a folder of its own (no service worker there), with
  // the very font files the app uses.
  referenceDir = mkdtempSync(join(tmpdir(), 'homeworks-reference-'));
  symlinkSync(join(siteDir, 'fonts'), join(referenceDir, 'fonts'));
  symlinkSync(join(repo, 'build', 'web', 'assets', 'fonts'), join(referenceDir, 'latin'));
  writeFileSync(join(referenceDir, 'index.html'), '<!doctype html>');
  reference = await startServer(referenceDir);
});
after(() => { app.stop(); reference.stop(); rmSync(referenceDir, { recursive: true, force: true }); });

function referencePage(samples) {
  const faces = [...new Set(Object.values(families))].map(f => `@font-face { font-family: '${f}';
    src: url('${f === 'NotoSans' ? 'latin' : 'fonts'}/${f}-Regular.ttf'); }`).join('\n');
  const rows = samples.map(s => `<div class="box" id="s-${s.code}" lang="${s.code}" dir="auto"
    style="font-family: '${families[s.code]}', 'NotoSans'">${s.text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</div>`);
  return `<!doctype html><meta charset="utf-8"><style>${faces}
    body { margin: 16px; background: #fff; }
    .box { display: table; white-space: nowrap; padding: 8px 16px; margin-bottom: 12px; color: #000;
      background: #fff; font-size: ${fontSize}px; line-height: ${fontSize * 1.6}px; }
  </style>${rows.join('\n')}`;
}

// Aligns the ink of two images (black text on white) and counts the inked pixels that
// differ; shifts of up to a pixel, in quarter pixels, are tried because the two may
// place a line at different fractions of a pixel.
async function compare(context, canvasPng, htmlPng) {
  const page = await context.newPage();
  try {
    return await page.evaluate(async ({ a, b }) => {
      const load = async data => {
        const img = new Image();
        img.src = 'data:image/png;base64,' + data;
        await img.decode();
        const c = new OffscreenCanvas(img.width, img.height);
        const g = c.getContext('2d');
        g.drawImage(img, 0, 0);
        const px = g.getImageData(0, 0, img.width, img.height).data;
        const ink = new Float32Array(img.width * img.height);
        let x0 = img.width, y0 = img.height, x1 = -1, y1 = -1;
        for (let y = 0; y < img.height; ++y) for (let x = 0; x < img.width; ++x) {
          const i = (y * img.width + x) * 4;
          const v = 255 - (px[i] * 0.299 + px[i + 1] * 0.587 + px[i + 2] * 0.114);
          ink[y * img.width + x] = v;
          if (v > 48) { x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y); }
        }
        return { w: img.width, h: img.height, ink, x0, y0, x1, y1 };
      };
      const A = await load(a), B = await load(b);
      const inkA = (x, y) => (x < 0 || y < 0 || x >= A.w || y >= A.h) ? 0 : A.ink[y * A.w + x];
      const pixelB = (x, y) => (x < 0 || y < 0 || x >= B.w || y >= B.h) ? 0 : B.ink[y * B.w + x];
      // Sampled between pixels: the browser may place a line at a fraction of a pixel.
      const inkB = (x, y) => {
        const fx = Math.floor(x), fy = Math.floor(y), ax = x - fx, ay = y - fy;
        return (pixelB(fx, fy) * (1 - ax) + pixelB(fx + 1, fy) * ax) * (1 - ay) +
               (pixelB(fx, fy + 1) * (1 - ax) + pixelB(fx + 1, fy + 1) * ax) * ay;
      };
      const w = Math.max(A.x1 - A.x0, B.x1 - B.x0) + 3, h = Math.max(A.y1 - A.y0, B.y1 - B.y0) + 3;
      let best = null;
      for (let dy = -1; dy <= 1; dy += 0.25) for (let dx = -1; dx <= 1; dx += 0.25) {
        let inked = 0, differ = 0;
        for (let y = -1; y < h; ++y) for (let x = -1; x < w; ++x) {
          const va = inkA(A.x0 + x, A.y0 + y), vb = inkB(B.x0 + x + dx, B.y0 + y + dy);
          if (va > 64 || vb > 64) { ++inked; if (Math.abs(va - vb) > 96) ++differ; }
        }
        const ratio = differ / Math.max(1, inked);
        if (!best || ratio < best.ratio) best = { ratio, dx, dy };
      }
      // The difference image: canvas-only ink red, HTML-only ink blue, shared ink grey.
      const out = new OffscreenCanvas(w + 2, h + 2);
      const g = out.getContext('2d');
      const img = g.createImageData(w + 2, h + 2);
      for (let y = -1; y < h + 1; ++y) for (let x = -1; x < w + 1; ++x) {
        const va = inkA(A.x0 + x, A.y0 + y), vb = inkB(B.x0 + x + best.dx, B.y0 + y + best.dy);
        const i = ((y + 1) * (w + 2) + x + 1) * 4;
        const only = Math.abs(va - vb) > 96;
        img.data[i] = only && va > vb ? 255 : 255 - Math.min(va, vb);
        img.data[i + 1] = only ? 255 - Math.max(va, vb) : 255 - Math.min(va, vb);
        img.data[i + 2] = only && vb > va ? 255 : 255 - Math.min(va, vb);
        img.data[i + 3] = 255;
      }
      g.putImageData(img, 0, 0);
      const blob = await out.convertToBlob({ type: 'image/png' });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let binary = '';
      for (const byte of bytes) binary += String.fromCharCode(byte);
      return { ...best, inkWidth: [A.x1 - A.x0 + 1, B.x1 - B.x0 + 1], inkHeight: [A.y1 - A.y0 + 1, B.y1 - B.y0 + 1],
        diff: btoa(binary) };
    }, { a: canvasPng.toString('base64'), b: htmlPng.toString('base64') });
  } finally {
    await page.close();
  }
}

async function canvasSamples(profile) {
  const page = await openApp(profile.context, `${app.url}?samples`);
  for (const code of Object.keys(families)) await findWidget(page, `sample.${code}`);
  // Every script's font has arrived and the lines were shaped again with it.
  await page.waitForFunction(() => {
    const s = window.homeworks.textStats();
    return s.linesWaiting === 0 && s.glyphsDrawn > 200;
  }, null, { timeout: 20000 });
  await waitForMoreFrames(page, await page.evaluate(() => window.homeworks.frames()), 3);
  const shots = {};
  const all = await page.evaluate(() => window.homeworks.widgets());
  for (const code of Object.keys(families)) {
    const w = all.find(x => x.id === `sample.${code}`);
    shots[code] = { text: w.label, png: await page.screenshot({ clip: { x: w.x, y: w.y, width: w.w, height: w.h } }) };
  }
  return { page, shots, stats: await page.evaluate(() => window.homeworks.textStats()) };
}

let pages = 0;
async function htmlSamples(profile, samples) {
  const page = await profile.context.newPage();
  const name = `samples-${++pages}.html`;
  writeFileSync(join(referenceDir, name), referencePage(samples));
  await page.goto(`${reference.url}${name}`);
  await page.evaluate(async () => {
    await Promise.all([...document.fonts].map(f => f.load()));
    await document.fonts.ready;
  });
  const shots = {};
  for (const s of samples) shots[s.code] = await page.locator(`#s-${s.code}`).screenshot();
  await page.close();
  return shots;
}

async function compareEveryScript(deviceScaleFactor) {
  const profile = await launchProfile({ viewport: { width: 1100, height: 760 }, deviceScaleFactor });
  const suffix = deviceScaleFactor === 1 ? '' : `-dpr${deviceScaleFactor}`;
  try {
    const { page, shots, stats } = await canvasSamples(profile);
    const samples = Object.entries(shots).map(([code, s]) => ({ code, text: s.text }));
    const html = await htmlSamples(profile, samples);
    mkdirSync(artifactsDir, { recursive: true });
    const results = [];
    for (const { code } of samples) {
      const r = await compare(profile.context, shots[code].png, html[code]);
      writeFileSync(join(artifactsDir, `shaping-${code}${suffix}-canvas.png`), shots[code].png);
      writeFileSync(join(artifactsDir, `shaping-${code}${suffix}-html.png`), html[code]);
      writeFileSync(join(artifactsDir, `shaping-${code}${suffix}-diff.png`), Buffer.from(r.diff, 'base64'));
      results.push({ code, ratio: r.ratio, inkWidth: r.inkWidth });
    }
    console.log(`text stats at ratio ${deviceScaleFactor}: ${JSON.stringify(stats)}`);
    for (const r of results)
      console.log(`${r.code}${suffix}: ${(100 * r.ratio).toFixed(1)}% of ink differs; ink ${r.inkWidth.join(' vs ')} px wide`);
    for (const r of results) {
      assert.ok(r.ratio < threshold, `${r.code}${suffix}: ${(100 * r.ratio).toFixed(1)}% of the ink differs from Chromium's`);
      assert.ok(Math.abs(r.inkWidth[0] - r.inkWidth[1]) <= 3 * deviceScaleFactor,
        `${r.code}${suffix}: line widths ${r.inkWidth.join(' vs ')}`);
    }
    assert.deepEqual(page.problems, []);
  } finally {
    await profile.close();
  }
}

test('every script drawn on the canvas matches Chromium drawing the same text with the same font',
  () => compareEveryScript(1));

test('on a HiDPI phone (pixel ratio 2) the canvas text is as sharp as the browser\'s own', () => compareEveryScript(2));

test('the comparison tells a broken rendering apart: Hindi without its conjuncts does not pass', async () => {
  const profile = await launchProfile({ viewport: { width: 1100, height: 760 } });
  try {
    const { shots } = await canvasSamples(profile);
    // A zero-width non-joiner after each virama shows the virama and no conjunct: how
    // Devanagari looks when drawn without shaping.
    const broken = shots.hi.text.replace(/\u094D/g, '\u094D\u200C');
    const html = await htmlSamples(profile, [{ code: 'hi', text: broken }]);
    const r = await compare(profile.context, shots.hi.png, html.hi);
    writeFileSync(join(artifactsDir, 'shaping-hi-broken-diff.png'), Buffer.from(r.diff, 'base64'));
    console.log(`hi without conjuncts: ${(100 * r.ratio).toFixed(1)}% of ink differs`);
    assert.ok(r.ratio >= threshold, `a broken rendering must fail the comparison (${(100 * r.ratio).toFixed(1)}%)`);
  } finally {
    await profile.close();
  }
});

test('the home screen in every language at phone size, each script fetched only when needed', async () => {
  const profile = await launchProfile();
  try {
    const fetched = [];
    profile.context.on('request', r => { if (r.url().includes('/fonts/')) fetched.push(r.url().split('/fonts/')[1]); });
    const page = await openApp(profile.context, app.url);
    await findWidget(page, 'home.learn');
    assert.deepEqual(fetched, [], 'English needs no font beyond the first load');
    for (const code of ['en', 'hi', 'ne', 'bn', 'ur', 'th', 'km', 'lo', 'id', 'fil', 'vi']) {
      await page.goto(`${app.url}?lang=${code}`);
      await waitForText(page);
      const stats = await page.evaluate(() => window.homeworks.textStats());
      assert.equal(stats.language, code);
      const learn = await findWidget(page, 'home.learn');
      assert.ok(learn.h >= 48, `${code}: the Learn card is big enough for a thumb`);
      await page.evaluate(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))));
      await page.screenshot({ path: join(artifactsDir, `home-${code}-360x640.png`) });
    }
    assert.ok(fetched.includes('NotoSansThai-Regular.ttf') && fetched.includes('thai.words'), 'Thai came when chosen');
    assert.deepEqual(page.problems, []);
  } finally {
    await profile.close();
  }
});

test('a script font that cannot be fetched leaves its text undrawn, and the app keeps working', async () => {
  const profile = await launchProfile();
  try {
    await profile.context.route('**/fonts/NotoSansThai-*', route => route.abort());
    const page = await openApp(profile.context, `${app.url}?lang=th`);
    const learn = await findWidget(page, 'เรียนรู้');  // once the Thai translations arrive
    assert.equal(learn.id, 'home.learn');
    await page.waitForTimeout(500);
    const stats = await page.evaluate(() => window.homeworks.textStats());
    assert.ok(stats.linesWaiting > 0, 'Thai lines wait for their font');
    await screenshot(page, 'home-th-without-font');
    await tap(page, 'home.language');
    await tap(page, 'lang.en');
    await findWidget(page, 'Learn');
    assert.ok(!page.problems.some(p => /abort|RuntimeError|exception/i.test(p)), page.problems.join('\n'));
  } finally {
    await profile.close();
  }
});

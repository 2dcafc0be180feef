// Figures for a phone at rest (not a test): on the home screen, the Shop and a lesson,
// each left alone for a while once it has settled, the main thread's CPU time (CDP
// Performance.getMetrics: TaskDuration, and ScriptDuration within it), how many frames
// the app drew and how often it painted the canvas; then the same with the CPU
// throttled 4x (CDP Emulation.setCPUThrottlingRate), the nearest thing to a low-end
// phone here.
//   node tests/bench/idle_bench.mjs [seconds, default 10]
import { startServer, launchProfile, openApp, tap, findWidget, waitForText } from '../e2e/harness.mjs';
import { readCourse } from '../e2e/learn_helpers.mjs';

const seconds = Number(process.argv[2] || 10);
const lesson = readCourse('01-your-phone.json').lessons[0];

// Lets the screen settle: its text all there, and the app idle (a build that draws
// every frame never is: then a fixed three seconds).
async function settle(page) {
  await waitForText(page);
  const idle = () => page.evaluate(() => !!(window.homeworks.idle && window.homeworks.idle()));
  for (const deadline = Date.now() + 3000; Date.now() < deadline && !(await idle());) await page.waitForTimeout(100);
  await page.waitForTimeout(500);
}

async function atRest(page, cdp) {
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = Object.fromEntries(metrics.map(x => [x.name, x.value]));
    const app = await page.evaluate(() => ({ frames: window.homeworks.frames(), paints: window.homeworks.paints() }));
    return { task: m.TaskDuration, script: m.ScriptDuration, ...app };
  };
  const before = await read();
  await page.waitForTimeout(seconds * 1000);
  const after = await read();
  return Object.fromEntries(Object.keys(before).map(k => [k, after[k] - before[k]]));
}

async function measure(server, throttle) {
  const profile = await launchProfile();
  try {
    const page = await openApp(profile.context, server.url);
    // The demo catalogues and lessons arrive after the first frame: let them land and be saved.
    await page.waitForFunction(() => Module.storage.completedSaves() > 0, null, { timeout: 30000 });
    const cdp = await profile.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    const rows = [];
    await settle(page);
    rows.push(['home', await atRest(page, cdp)]);
    await tap(page, 'home.shop');
    await findWidget(page, 'shop.search');
    await settle(page);
    rows.push(['Shop', await atRest(page, cdp)]);
    await tap(page, 'nav.back');
    await tap(page, 'home.learn');
    await tap(page, 'learn.course.your-phone');
    await tap(page, `learn.lesson.${lesson.id}`);
    await findWidget(page, 'lesson.counter');
    await settle(page);
    rows.push(['a lesson', await atRest(page, cdp)]);
    return rows;
  } finally {
    await profile.close();
  }
}

const server = await startServer();
try {
  console.log(`A screen left alone for ${seconds} s in headless Chromium (360x640): main-thread CPU, app frames, canvas paints`);
  for (const throttle of [1, 4]) {
    console.log(throttle > 1 ? `CPU throttled ${throttle}x` : 'CPU not throttled');
    for (const [name, r] of await measure(server, throttle)) {
      console.log(`  ${name.padEnd(10)} CPU ${r.task.toFixed(3).padStart(7)} s (script ${r.script.toFixed(3)} s)` +
        `   frames ${String(r.frames).padStart(4)}   paints ${String(r.paints).padStart(3)}   per ${seconds} s`);
    }
  }
} finally {
  server.stop();
}

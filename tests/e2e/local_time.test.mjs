// Days are the person's days: a buyer in India sends an order request at half past
// midnight on 2 December (still 1 December in UTC), in Chromium set to Asia/Kolkata
// with its clock at that moment. The files are named for the 2nd and the CSV says the
// 2nd, while the file's instants stay UTC seconds.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startServer, launchProfile, openApp, tap, findWidget } from './harness.mjs';
import { openFirstResult, press, typeInto } from './patient.mjs';

let server;
before(async () => { server = await startServer(); });
after(() => server.stop());

const indiaNight = new Date('2026-12-02T00:30:00+05:30');

test('an order request sent at 00:30 in India carries that day, not the UTC one', async () => {
  const profile = await launchProfile({ timezoneId: 'Asia/Kolkata' });
  try {
    const page = await openApp(profile.context, server.url, {
      // Date.now() and new Date() give that moment; timers keep running.
      beforeGoto: p => p.clock.setFixedTime(indiaNight),
    });
    assert.equal(await page.evaluate(() => new Date().getTimezoneOffset()), -330, 'the browser is in India');
    assert.equal(await page.evaluate(() => new Date().toISOString()), '2026-12-01T19:00:00.000Z');

    await tap(page, 'home.shop');
    await openFirstResult(page, 'dupatta');
    await typeInto(page, 'product.quantity', '12');
    await press(page, 'product.add');
    await findWidget(page, 'product.added');
    await tap(page, 'product.order');
    await typeInto(page, 'order.buyer.name', 'Meena Sharma');
    await typeInto(page, 'order.buyer.phone', '+91 98290 12345');
    const downloads = [];
    page.on('download', d => downloads.push(d));
    await press(page, 'order.send');
    await findWidget(page, 'order.sent');
    for (const until = Date.now() + 10000; downloads.length < 2 && Date.now() < until;) await page.waitForTimeout(50);
    const names = downloads.map(d => d.suggestedFilename()).sort();
    assert.equal(names.length, 2, names.join(', '));
    for (const name of names) assert.match(name, /^order-2026-12-02-[0-9a-f]{8}\.(csv|json)$/);

    const csv = readFileSync(await downloads.find(d => d.suggestedFilename().endsWith('.csv')).path(), 'utf8');
    const [header, row] = csv.trim().split(/\r?\n/).map(line => line.split(','));
    assert.equal(row[header.indexOf('date')], '2026-12-02');
    // The file's instants stay UTC seconds (documented in docs/formats/).
    const json = JSON.parse(readFileSync(await downloads.find(d => d.suggestedFilename().endsWith('.json')).path(), 'utf8'));
    assert.equal(json.orderRequest.exportedAt, indiaNight.getTime() / 1000);

    assert.deepEqual(page.problems, []);
  } finally {
    await profile.close();
  }
});

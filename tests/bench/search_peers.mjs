// Figures (not a test): the app's search index (its C++ compiled to wasm, build/web/
// search_peers.js) beside the JavaScript search libraries a web developer would pick
// for the same job, in the same headless Chromium page, on the same generated products
// (tests/bench/product_generator.cpp) and the same queries: index build time, the
// memory the index holds, and query latency (p50, p95). Then the same with the CPU
// throttled 4x (CDP Emulation.setCPUThrottlingRate), the nearest thing to a low-end phone.
//   node tests/bench/search_peers.mjs [count, default 100000] [rounds, default 10]
// The libraries are dev dependencies (package.json), never shipped:
//   MiniSearch: prefix search, the closest it has to the app's "anywhere inside a word";
//   FlexSearch: Document index, tokenize "full" (every part of a word, as the app), the
//   universal Charset.Default encoder (the products are in many scripts).
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, launchProfile } from '../e2e/harness.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const count = Number(process.argv[2] || 100000);
const rounds = Number(process.argv[3] || 10);
// The text queries of tests/bench/domain_bench.cpp (a person typing in the Shop's box).
const queries = ['kantha', 'silk scarf', 'basket', 'bamboo tray', 'indigo', 'kanth', 'quilt red', 'ผ้าไหม', 'कांथा',
  'women village', 'song', 'thêu', 'jute bag', 'rattan lamp', 'design 1234', 'batik sarong', 'natural dyes', 'a',
  'cotton'];
const fields = ['name', 'description', 'tags', 'category', 'materials', 'sku'];

const site = mkdtempSync(join(tmpdir(), 'homeworks-peers-'));
copyFileSync(join(root, 'build/web/search_peers.js'), join(site, 'search_peers.js'));
copyFileSync(join(root, 'build/web/search_peers.wasm'), join(site, 'search_peers.wasm'));
copyFileSync(join(root, 'node_modules/minisearch/dist/umd/index.js'), join(site, 'minisearch.js'));
copyFileSync(join(root, 'node_modules/flexsearch/dist/flexsearch.bundle.min.js'), join(site, 'flexsearch.js'));
writeFileSync(join(site, 'index.html'), '<!doctype html><meta charset="utf-8"><title>search peers</title>' +
  '<script src="search_peers.js"></script><script src="minisearch.js"></script><script src="flexsearch.js"></script>');

// In the page: each engine's build and queries, timed with performance.now().
function engines() {
  return {
    async app({ count }) {
      const m = await SearchPeers();
      const docs = JSON.parse(m.UTF8ToString(m.ccall('hw_peers_generate', 'number', ['number'], [count])));
      m.ccall('hw_peers_drop_documents', null, [], []);
      window.docs = docs;  // the JS engines index the same products
      const start = performance.now();
      const mb = m.ccall('hw_peers_build', 'number', [], []);
      const buildMs = performance.now() - start;
      window.engine = text => m.ccall('hw_peers_search', 'number', ['string'], [text]);
      return { buildMs, mb, heapHeld: false };
    },
    minisearch({ fields }) {
      const start = performance.now();
      const index = new MiniSearch({ fields, storeFields: [] });
      index.addAll(window.docs);
      const buildMs = performance.now() - start;
      window.engine = text => index.search(text, { prefix: true, combineWith: 'AND' }).slice(0, 50).length;
      return { buildMs, heapHeld: true };
    },
    flexsearch({ fields }) {
      const start = performance.now();
      const index = new FlexSearch.Document({
        document: { id: 'id', index: fields }, tokenize: 'full', encoder: FlexSearch.Charset.Default,
      });
      for (const doc of window.docs) index.add(doc);
      const buildMs = performance.now() - start;
      window.engine = text => index.search(text, { limit: 50, merge: true }).length;
      return { buildMs, heapHeld: true };
    },
  };
}

async function heapMb(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize / (1024 * 1024);
}

const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.round(p * (values.length - 1)))];

async function measure(server, throttle) {
  const profile = await launchProfile();
  try {
    const page = await profile.context.newPage();
    const cdp = await profile.context.newCDPSession(page);
    await page.goto(server.url);
    if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    const rows = [];
    for (const name of ['app', 'minisearch', 'flexsearch']) {
      const before = await heapMb(cdp);
      const built = await page.evaluate(`(${engines})().${name}(${JSON.stringify({ count, fields })})`);
      const held = await heapMb(cdp);
      const times = await page.evaluate(({ queries, rounds }) => {
        const times = [];
        let hits = 0;
        for (let round = 0; round < rounds; ++round) {
          for (const text of queries) {
            // Five runs back to back: the page's clock is coarsened to 0.1 ms.
            const start = performance.now();
            let n = 0;
            for (let run = 0; run < 5; ++run) n = window.engine(text);
            times.push((performance.now() - start) / 5);
            if (round === 0) hits += n;
          }
        }
        return { times, hits };
      }, { queries, rounds });
      await page.evaluate(() => { window.engine = null; });
      rows.push({
        name: name === 'app' ? 'app (wasm)' : name === 'minisearch' ? 'MiniSearch 7.2.0' : 'FlexSearch 0.8.212',
        buildMs: built.buildMs, mb: built.heapHeld ? held - before : built.mb,
        p50: percentile(times.times, 0.5), p95: percentile(times.times, 0.95), hits: times.hits,
      });
    }
    return rows;
  } finally {
    await profile.close();
  }
}

const server = await startServer(site);
try {
  for (const throttle of [1, 4]) {
    console.log(`--- ${count.toLocaleString('en')} products, ${queries.length} queries x ${rounds}` +
      (throttle > 1 ? `, CPU throttled ${throttle}x` : ''));
    console.log(`${'engine'.padEnd(20)} ${'build s'.padStart(9)} ${'index MB'.padStart(9)} ${'p50 ms'.padStart(8)} ` +
      `${'p95 ms'.padStart(8)} ${'hits'.padStart(7)}`);
    for (const r of await measure(server, throttle)) {
      console.log(`${r.name.padEnd(20)} ${(r.buildMs / 1000).toFixed(2).padStart(9)} ${r.mb.toFixed(1).padStart(9)} ` +
        `${r.p50.toFixed(3).padStart(8)} ${r.p95.toFixed(3).padStart(8)} ${String(r.hits).padStart(7)}`);
    }
  }
  console.log('index MB: the app\'s from its allocator (wasm memory); the libraries\' from the JS heap after GC');
  console.log('(CDP Runtime.getHeapUsage), the products themselves not counted. hits: results of one round.');
} finally {
  server.stop();
  rmSync(site, { recursive: true, force: true });
}

// Browser storage for the app (linked with --pre-js): the saved state lives in
// /data, an IDBFS folder kept in IndexedDB.
//  - Before main() runs, /data is mounted and filled from IndexedDB.
//  - One tab at a time writes (Web Locks). Another tab opens read-only, reloads its
//    data whenever the writer saves (BroadcastChannel), and becomes the writer when
//    the first tab closes.
//  - After C++ writes a snapshot, persist() copies /data to IndexedDB; copies never
//    overlap, and a request made during one is done right after it.
'use strict';
Module.storage = (() => {
  const folder = '/data';
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('homeworks-storage') : null;
  let writer = !(navigator.locks);  // without Web Locks, every tab writes (old browsers)
  let scheduled = false, syncing = false, again = false, waiters = [], completed = 0;
  // After a failed copy (the phone is full): tried again on a timer and whenever space
  // may be back (the page is shown again, the network returns).
  let failing = false, retryTimer = 0;
  const retrySeconds = 15;

  // IDBFS (Emscripten 3.1.6) ends a sync on its transaction's 'complete' or 'error'
  // event, but a write refused because the phone is full aborts the transaction with
  // neither: the sync would never end, and nobody would be told. So every transaction
  // on the app's database also ends the sync under way when it aborts.
  let abortSync = null;
  function watchAborts() {
    const db = IDBFS.dbs[folder];
    if (!db || db.homeworksWatched) return;
    const open = db.transaction.bind(db);
    db.transaction = (...args) => {
      const transaction = open(...args);
      transaction.addEventListener('abort', () => {
        if (abortSync) abortSync(transaction.error || new Error('the storage transaction was aborted'));
      });
      return transaction;
    };
    db.homeworksWatched = true;
  }

  function sync(populate) {
    return new Promise((resolve, reject) => {
      abortSync = reject;
      watchAborts();
      FS.syncfs(populate, err => err ? reject(err) : resolve());
    }).finally(() => { abortSync = null; });
  }

  // Runs after the caller's event: when the page is being hidden, writeThrough()'s
  // transaction must be the first one queued, before the sync's reads.
  function persist() {
    if (scheduled) return;
    scheduled = true;
    setTimeout(syncNow, 0);
  }

  async function syncNow() {
    scheduled = false;
    if (syncing) { again = true; return; }
    syncing = true;
    try {
      do {
        again = false;
        await sync(false);
      } while (again);
      completed++;
      if (channel) channel.postMessage('saved');
      if (failing) {
        failing = false;
        clearTimeout(retryTimer);
        ccall('hw_storage_saved', null, [], []);
      }
    } catch (err) {
      // The person is told at once (the device may be out of space); the data stays in
      // memory, what IndexedDB held is untouched (IDBFS writes in one transaction), and
      // the copy is tried again.
      console.warn('Saving to IndexedDB failed:', err);
      failing = true;
      clearTimeout(retryTimer);
      retryTimer = setTimeout(persist, retrySeconds * 1000);
      ccall('hw_storage_failed', null, ['string'], [String(err && err.message || err)]);
    } finally {
      syncing = false;
      waiters.splice(0).forEach(resolve => resolve());
    }
  }

  // When the page is being hidden there is no time for a full sync (it first reads
  // IndexedDB): the files are put into IDBFS's own store in one transaction started
  // at once, which the browser completes even as the page goes. The entry format is
  // IDBFS's ({timestamp, mode, contents} keyed by path, Emscripten 3.1.6).
  function writeThrough() {
    const db = IDBFS.dbs[folder];
    if (!db) return;
    const transaction = db.transaction([IDBFS.DB_STORE_NAME], 'readwrite');
    const store = transaction.objectStore(IDBFS.DB_STORE_NAME);
    for (const name of FS.readdir(folder)) {
      const path = `${folder}/${name}`;
      const stat = FS.stat(path);
      // Quoted: IDBFS reads the entries by these names, and the Closure Compiler must not
      // rename them (saved data would become unreadable).
      if (FS.isFile(stat.mode)) store.put({ 'timestamp': stat.mtime, 'mode': stat.mode, 'contents': FS.readFile(path) }, path);
    }
    // Without an explicit commit the transaction would wait for the event loop, which
    // a page being unloaded never returns to.
    if (transaction.commit) transaction.commit();
  }

  // Resolves once everything written so far is in IndexedDB.
  function flushed() {
    return syncing || scheduled ? new Promise(resolve => waiters.push(resolve)) : Promise.resolve();
  }

  async function reloadFromIndexedDB() {
    await sync(true);
    ccall('hw_reload_state', null, ['number'], [writer ? 1 : 0]);
  }

  function holdLock(onGranted) {
    // The promise returned to the lock manager never settles: the lock is held
    // until the page goes away.
    return navigator.locks.request('homeworks-writer', lock => {
      onGranted(lock);
      return new Promise(() => {});
    });
  }

  Module.preRun = Module.preRun || [];
  Module.preRun.push(() => {
    FS.mkdir(folder);
    FS.mount(IDBFS, {}, folder);
    addRunDependency('storage');
    const lockDecided = !navigator.locks ? Promise.resolve() : new Promise(resolve => {
      navigator.locks.request('homeworks-writer', { ifAvailable: true }, lock => {
        if (!lock) { resolve(); return; }
        writer = true;
        resolve();
        return new Promise(() => {});
      });
    });
    Promise.all([sync(true), lockDecided]).catch(err => console.warn('Reading IndexedDB failed:', err))
      .finally(() => removeRunDependency('storage'));
  });

  Module.postRun = Module.postRun || [];
  Module.postRun.push(() => {
    if (!writer && navigator.locks) {
      // Wait for the writer tab to close, then take over with the latest data.
      holdLock(() => { writer = true; reloadFromIndexedDB(); });
    }
    if (channel) channel.onmessage = e => { if (e.data === 'saved' && !writer) reloadFromIndexedDB(); };
    const saveNow = () => { if (ccall('hw_save_now', 'number', [], []) && writer) writeThrough(); };
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') saveNow();
      else if (failing) persist();
    });
    window.addEventListener('online', () => { if (failing) persist(); });
    window.addEventListener('pagehide', saveNow);
  });

  return {
    folder, persist, flushed,
    isWriter: () => writer,
    completedSaves: () => completed,  // lets tests wait for a save to reach IndexedDB
    // Saves what is pending and waits until it is in IndexedDB (before an update).
    async flush() { ccall('hw_save_now', 'number', [], []); await flushed(); },
  };
})();

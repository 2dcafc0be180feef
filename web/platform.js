// The browser side of files, fetches and storage figures (linked with --pre-js).
// What arrives is handed to C++ through hw_file_arrived, and appears in the app's
// AppState::incoming on the next frame.
'use strict';
Module.platform = (() => {
  function deliver(purpose, name, buffer, error) {
    const bytes = new Uint8Array(buffer || new ArrayBuffer(0));
    const pointer = Module.ccall('hw_alloc', 'number', ['number'], [Math.max(bytes.length, 1)]);
    HEAPU8.set(bytes, pointer);
    // hw_file_arrived takes the buffer over and frees it.
    Module.ccall('hw_file_arrived', null, ['string', 'string', 'number', 'number', 'string'],
                 [purpose, name, pointer, bytes.length, error || '']);
  }

  function chooseFile(purpose, accept) {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    input.onchange = async () => {
      const file = input.files && input.files[0];
      input.remove();
      if (!file) return;
      try {
        deliver(purpose, file.name, await file.arrayBuffer(), '');
      } catch (err) {
        deliver(purpose, file.name, null, String(err));
      }
    };
    document.body.appendChild(input);
    input.click();
  }

  async function fetchUrl(purpose, url) {
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      deliver(purpose, url, await response.arrayBuffer(), '');
    } catch (err) {
      deliver(purpose, url, null, String(err.message || err));
    }
  }

  async function updateStorageInfo() {
    if (!navigator.storage || !navigator.storage.estimate) return;
    const estimate = await navigator.storage.estimate();
    const persistent = navigator.storage.persisted ? await navigator.storage.persisted() : false;
    Module.ccall('hw_storage_info', null, ['number', 'number', 'number'],
                 [estimate.usage || 0, estimate.quota || 0, persistent ? 1 : 0]);
  }

  async function requestPersistentStorage() {
    if (navigator.storage && navigator.storage.persist) await navigator.storage.persist();
    await updateStorageInfo();
  }

  Module.postRun = Module.postRun || [];
  Module.postRun.push(() => {
    updateStorageInfo();
    setInterval(updateStorageInfo, 30000);
  });

  return { chooseFile, fetchUrl, updateStorageInfo, requestPersistentStorage };
})();

// The browser side of files, fetches and storage figures (linked with --pre-js).
// What arrives is handed to C++ through hw_file_arrived, and appears in the app's
// AppState::incoming on the next frame.
'use strict';
Module.platform = (() => {
  function deliver(purpose, name, buffer, error) {
    const bytes = new Uint8Array(buffer || new ArrayBuffer(0));
    const pointer = ccall('hw_alloc', 'number', ['number'], [Math.max(bytes.length, 1)]);
    HEAPU8.set(bytes, pointer);
    // hw_file_arrived takes the buffer over and frees it.
    ccall('hw_file_arrived', null, ['string', 'string', 'number', 'number', 'string'],
                 [purpose, name, pointer, bytes.length, error || '']);
  }

  // `accept` may end with ";capture" (offer the camera) and ";multiple" (several
  // files, each delivered on its own), as app/platform.hpp says.
  function chooseFile(purpose, accept) {
    const [types, ...flags] = accept.split(';');
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = types;
    if (flags.includes('capture')) input.setAttribute('capture', 'environment');  // the back camera on phones
    if (flags.includes('multiple')) input.multiple = true;
    input.style.display = 'none';
    input.onchange = async () => {
      const files = Array.from(input.files || []);
      input.remove();
      for (const file of files) {
        try {
          deliver(purpose, file.name, await file.arrayBuffer(), '');
        } catch (err) {
          deliver(purpose, file.name, null, String(err));
        }
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
    ccall('hw_storage_info', null, ['number', 'number', 'number'],
                 [estimate.usage || 0, estimate.quota || 0, persistent ? 1 : 0]);
  }

  async function requestPersistentStorage() {
    if (navigator.storage && navigator.storage.persist) await navigator.storage.persist();
    await updateStorageInfo();
  }

  // The device's keyboard for a text field: an HTML input laid exactly over the field
  // the app drew, so the browser's input methods (Hindi, Thai...), voice typing,
  // autofill and paste work. Kinds follow FieldKind in app/platform.hpp.
  const kinds = [
    {type: 'text'}, {multiline: true}, {type: 'text', inputMode: 'numeric', pattern: '[0-9]*'},
    {type: 'text', inputMode: 'decimal'}, {type: 'tel', autocomplete: 'tel'},
    {type: 'email', autocomplete: 'email'}, {type: 'url'}, {type: 'search', enterKeyHint: 'search'},
    {type: 'password', inputMode: 'numeric', pattern: '[0-9]*', autocomplete: 'off'}, {type: 'date'},
  ];
  let editor = null;  // {element, id}

  function hideKeyboard() {
    if (!editor) return;
    // Not `const {element} = editor`: Emscripten 3.1.6's JS minifier drops that
    // destructuring, and the input would never be removed.
    const element = editor.element;
    editor = null;  // first, so the blur below does not report an end the app asked for
    element.remove();
    const canvas = document.getElementById('canvas');
    if (canvas) canvas.focus({preventScroll: true});
  }

  function place(element, request) {
    Object.assign(element.style, {
      left: `${request.x}px`, top: `${request.y}px`,
      width: `${request.width}px`, height: `${request.height}px`,
    });
  }

  function showKeyboard(request) {
    if (editor && editor.id === request.id) {
      place(editor.element, request);  // the field moved (scrolling): follow it
      return;
    }
    hideKeyboard();
    const kind = kinds[request.kind] || kinds[0];
    const element = document.createElement(kind.multiline ? 'textarea' : 'input');
    if (!kind.multiline) element.type = kind.type;
    for (const key of ['inputMode', 'pattern', 'autocomplete', 'enterKeyHint'])
      if (kind[key]) element[key] = kind[key];
    if (request.maxLength > 0) element.maxLength = request.maxLength;
    element.value = request.text;
    element.dir = request.rtl ? 'rtl' : 'auto';
    element.className = 'hw-field';
    element.setAttribute('data-field', request.id);
    element.setAttribute('aria-label', request.label);
    Object.assign(element.style, {
      position: 'fixed', boxSizing: 'border-box', margin: '0', padding: '0 12px',
      font: '20px "Noto Sans", sans-serif', color: '#211c1a', background: '#fff',
      border: '3px solid #bf4d29', borderRadius: '10px', outline: 'none', zIndex: '5',
      resize: 'none',
    });
    if (kind.multiline) element.style.padding = '10px 12px';
    place(element, request);
    const id = request.id;
    const report = () => ccall('hw_text_edited', null, ['string', 'string'], [id, element.value]);
    element.addEventListener('input', report);
    element.addEventListener('change', report);  // date pickers
    element.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !kind.multiline && !event.isComposing) element.blur();
      if (event.key === 'Escape') {  // cancels the edit: the field goes back to what it held
        event.preventDefault();
        element.value = request.text;
        element.blur();
      }
    });
    element.addEventListener('blur', () => {
      if (!editor || editor.element !== element) return;
      report();
      ccall('hw_text_edit_ended', null, ['string'], [id]);
      hideKeyboard();
    });
    document.body.appendChild(element);
    editor = {element, id};
    element.focus({preventScroll: true});
    if (!kind.multiline && element.type !== 'date' && element.type !== 'email') {
      try { element.setSelectionRange(element.value.length, element.value.length); } catch (e) { /* not a text input */ }
    }
  }

  // The system clipboard: the asynchronous API where the browser allows it, else the
  // older copy command on a hidden text area; the app is told when both refuse.
  async function copyText(text) {
    try {
      await navigator.clipboard.writeText(text);
      return;
    } catch (e) { /* not allowed here: try the copy command */ }
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    Object.assign(area.style, {position: 'fixed', left: '-1000px', top: '0', opacity: '0'});
    document.body.appendChild(area);
    area.select();
    let copied = false;
    try { copied = document.execCommand('copy'); } catch (e) { copied = false; }
    area.remove();
    if (!copied) ccall('hw_copy_failed', null, [], []);
  }

  // The share sheet (Web Share API): the files are gathered one by one from C++, then
  // shared only when the browser says it can share them (navigator.canShare).
  let sharing = null;
  function shareBegin(title, text) {
    if (!navigator.share || !navigator.canShare) return false;
    sharing = {title, text, files: []};
    return true;
  }
  function shareFile(name, type, bytes) {
    if (sharing) sharing.files.push(new File([bytes], name, {type}));
  }
  function shareEnd() {
    const data = sharing;
    sharing = null;
    if (!data || !navigator.canShare({files: data.files})) return false;
    navigator.share(data).catch(err => {
      if (err && err.name !== 'AbortError') console.warn('share failed:', String(err));
    });
    return true;
  }

  // The app draws only when something can change the picture (web/main.cpp). SDL tells
  // it of input; these it does not always tell: a new device pixel ratio (browser zoom,
  // another screen), a size change of the page, the page shown again.
  function wake() { ccall('hw_wake', null, [], []); }
  function watchPixelRatio() {
    window.matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`).addEventListener('change', () => {
      wake();
      watchPixelRatio();
    }, {once: true});
  }

  Module.postRun = Module.postRun || [];
  Module.postRun.push(() => {
    updateStorageInfo();
    setInterval(updateStorageInfo, 30000);
    watchPixelRatio();
    window.addEventListener('resize', wake);
    document.addEventListener('visibilitychange', wake);
  });

  // Read aloud (Web Speech API) with a voice for the language: the browser's list of
  // voices fills in after start-up, so it is asked for early. Filipino voices are
  // often labelled Tagalog ("tl"). No voice: nothing is said and the app tells why.
  if (window.speechSynthesis) window.speechSynthesis.getVoices();
  // The app is told when the text it asked for has been read to the end (its button
  // then offers to read aloud again); not for one stopped or replaced on purpose.
  let reading = null;
  function speak(text, lang) {
    const synth = window.speechSynthesis;
    if (!synth) return false;
    const wanted = lang.toLowerCase();
    const bases = wanted === 'fil' ? ['fil', 'tl'] : [wanted.split('-')[0]];
    const voices = synth.getVoices();
    const voice = voices.find(v => v.lang.toLowerCase().replace('_', '-') === wanted) ||
                  voices.find(v => bases.includes(v.lang.toLowerCase().split(/[-_]/)[0]));
    if (!voice) return false;
    reading = null;
    synth.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    const ended = () => {
      if (reading !== utterance) return;
      reading = null;
      ccall('hw_speech_ended', null, [], []);
    };
    utterance.onend = ended;
    utterance.onerror = ended;
    reading = utterance;
    synth.speak(utterance);
    return true;
  }
  function stopSpeaking() {
    reading = null;
    if (window.speechSynthesis) window.speechSynthesis.cancel();
  }

  return { chooseFile, fetchUrl, updateStorageInfo, requestPersistentStorage, showKeyboard, hideKeyboard, copyText,
           speak, stopSpeaking, shareBegin, shareFile, shareEnd };
})();

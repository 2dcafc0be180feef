// Names the Closure Compiler must keep when it shrinks index.js (linked with --closure 1,
// CMakeLists.txt). Its ADVANCED mode renames every property it does not know of, so
// two kinds of names are declared here:
//  - what the page (shell.html) and the end-to-end tests set or read on Module, code
//    the compiler never sees;
//  - browser APIs newer than the compiler's own list (google-closure-compiler 20220104).
// A name missing here shows up as a feature that silently does nothing in the built
// app, which is why every e2e test runs against the compiled build.
/** @externs */

/** @record */
function HomeworksModule() {}
// Set by shell.html, called by web/main.cpp (EM_ASM).
HomeworksModule.prototype.onFirstFrame = function() {};
HomeworksModule.prototype.onStartFailed = function() {};
// Filled by web/storage.js and web/platform.js, run by Emscripten's runtime.
HomeworksModule.prototype.preRun;
HomeworksModule.prototype.postRun;
// Set by web/storage.js; shell.html and the tests call its methods.
/** @type {!HomeworksStorage} */
HomeworksModule.prototype.storage;

/** @record */
function HomeworksStorage() {}

// A widget as app/ui/widget_registry.cpp writes it in JSON (web/accessibility.js).
/** @record */
function HomeworksWidget() {}
HomeworksWidget.prototype.label;
HomeworksWidget.prototype.id;
HomeworksWidget.prototype.x;
HomeworksWidget.prototype.y;
HomeworksWidget.prototype.w;
HomeworksWidget.prototype.h;
HomeworksWidget.prototype.role;
HomeworksWidget.prototype.lang;
HomeworksWidget.prototype.focused;
HomeworksWidget.prototype.value;
HomeworksWidget.prototype.error;
HomeworksWidget.prototype.checked;
HomeworksWidget.prototype.pressed;
HomeworksWidget.prototype.expanded;
HomeworksWidget.prototype.disabled;
HomeworksWidget.prototype.hidden;
HomeworksStorage.prototype.flush = function() {};
HomeworksStorage.prototype.persist = function() {};
HomeworksStorage.prototype.completedSaves = function() {};

// Web Locks (web/storage.js: one tab writes).
/** @type {!LockManager} */
Navigator.prototype.locks;
/** @interface */
function LockManager() {}
/**
 * @param {string} name
 * @param {*} optionsOrCallback
 * @param {*=} callback
 * @return {!Promise<*>}
 */
LockManager.prototype.request = function(name, optionsOrCallback, callback) {};
/** @record */
function LockOptions() {}
/** @type {boolean} */
LockOptions.prototype.ifAvailable;

// The on-screen keyboard's kind (web/platform.js showKeyboard).
/** @type {string} */
HTMLElement.prototype.inputMode;
/** @type {string} */
HTMLElement.prototype.enterKeyHint;

// navigator.storage.estimate()'s answer (web/platform.js updateStorageInfo).
/** @record */
function HomeworksStorageEstimate() {}
/** @type {number} */
HomeworksStorageEstimate.prototype.usage;
/** @type {number} */
HomeworksStorageEstimate.prototype.quota;

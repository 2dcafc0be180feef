// The accessibility tree of the canvas (linked with --pre-js). The app draws everything
// on one canvas, which a screen reader sees as one blank node; so every widget the app
// publishes (app/ui/widget_registry.hpp) gets a DOM node of its own over the canvas,
// with its role, name, language and state, at the widget's rectangle: a reader finds
// it by swiping, and by touch under the finger. The nodes are transparent but take
// the pointer, so a person's own taps, drags and wheel on them are handed on to the
// canvas unchanged; a reader's "activate" (a click with no pointer before it, or
// Enter/Space on a focused node) becomes a tap on the widget (hw_tap_widget).
// Updated by diff, keyed by widget id, only on frames whose widgets changed.
'use strict';
Module.mirror = (() => {
  let root = null;
  const nodes = new Map();  // key -> {element, widget}
  let lastUp = null;        // {element, time}: the last pointer lifted from a node

  const actionable = new Set(['button', 'textbox', 'checkbox', 'radio', 'link']);
  // Quoted: the Closure Compiler keeps quoted names (the roles come from C++ as strings).
  const ariaRoles = {'button': 'button', 'textbox': 'textbox', 'checkbox': 'checkbox', 'radio': 'radio',
                     'heading': 'heading', 'image': 'img', 'progressbar': 'progressbar', 'link': 'link',
                     'alert': 'alert'};

  function canvas() { return document.getElementById('canvas'); }

  function activate(element) {
    ccall('hw_tap_widget', 'number', ['string'], [element.getAttribute('data-widget')]);
  }

  // A pointer really on this node (not a reader's click, which comes with no place).
  function onNode(event, element) {
    const r = element.getBoundingClientRect();
    const placed = event.clientX !== 0 || event.clientY !== 0 || event.screenX !== 0 || event.screenY !== 0;
    return placed && event.clientX >= r.left && event.clientX <= r.right && event.clientY >= r.top &&
           event.clientY <= r.bottom;
  }

  // Hands a pointer event to the canvas, as if the node were not there; what the
  // canvas's handlers refuse (preventDefault) is refused for the original too.
  function forward(event, copy) {
    event.stopPropagation();
    if (!canvas().dispatchEvent(copy)) event.preventDefault();
  }

  function touchCopy(event) {
    const target = canvas();
    const copies = new Map();
    const copyOf = t => {
      if (!copies.has(t.identifier))
        copies.set(t.identifier, new Touch({identifier: t.identifier, target, clientX: t.clientX, clientY: t.clientY,
                                            screenX: t.screenX, screenY: t.screenY, pageX: t.pageX, pageY: t.pageY,
                                            radiusX: t.radiusX, radiusY: t.radiusY, force: t.force}));
      return copies.get(t.identifier);
    };
    const touches = Array.from(event.touches, copyOf);
    return new TouchEvent(event.type, {bubbles: true, cancelable: event.cancelable, composed: true, touches,
                                       targetTouches: touches, changedTouches: Array.from(event.changedTouches, copyOf),
                                       ctrlKey: event.ctrlKey, shiftKey: event.shiftKey, altKey: event.altKey,
                                       metaKey: event.metaKey});
  }

  function nodeOf(event) {
    const element = event.target;
    return element && element !== root && root.contains(element) ? element : null;
  }

  function listen() {
    const mouse = event => {
      const element = nodeOf(event);
      if (!element) return;
      if (event.type === 'mousedown') event.preventDefault();  // the canvas keeps the focus (shell.html gives it)
      if (!onNode(event, element)) {  // a reader's simulated press: its click follows
        event.stopPropagation();
        return;
      }
      if (event.type === 'mouseup') lastUp = {element, time: performance.now()};
      forward(event, new MouseEvent(event.type, event));
    };
    for (const type of ['mousedown', 'mouseup', 'mousemove']) root.addEventListener(type, mouse);
    root.addEventListener('wheel', event => {
      if (nodeOf(event)) forward(event, new WheelEvent(event.type, event));
    }, {passive: false});
    const touch = event => {
      const element = nodeOf(event);
      if (!element) return;
      if (event.type === 'touchend') lastUp = {element, time: performance.now()};
      forward(event, touchCopy(event));
    };
    for (const type of ['touchstart', 'touchmove', 'touchend', 'touchcancel'])
      root.addEventListener(type, touch, {passive: false});
    root.addEventListener('contextmenu', event => event.preventDefault());
    root.addEventListener('click', event => {
      const element = nodeOf(event);
      if (!element) return;
      event.stopPropagation();
      event.preventDefault();
      // The click that ends a person's own tap: the canvas had the tap already.
      if (lastUp && lastUp.element === element && performance.now() - lastUp.time < 1000) {
        lastUp = null;
        return;
      }
      if (actionable.has(element.getAttribute('data-role'))) activate(element);
    });
    root.addEventListener('keydown', event => {
      const element = nodeOf(event);
      if (!element || (event.key !== 'Enter' && event.key !== ' ')) return;
      if (!actionable.has(element.getAttribute('data-role'))) return;
      event.preventDefault();
      activate(element);
    });
    // The mouse going from the canvas onto a node (or back) has not left the canvas.
    const stay = event => {
      if (event.target === canvas() && event.relatedTarget && root.contains(event.relatedTarget))
        event.stopPropagation();
    };
    window.addEventListener('mouseleave', stay, true);
    window.addEventListener('mouseenter', stay, true);
    root.addEventListener('mouseout', event => {
      if (!event.relatedTarget) canvas().dispatchEvent(new MouseEvent('mouseleave', event));  // left the page
    });
  }

  function ensureRoot() {
    if (root) return;
    root = document.createElement('div');
    root.id = 'a11y';
    // Transparent, not hidden: a hidden node is out of the accessibility tree too.
    root.style.cssText = 'position:fixed;left:0;top:0;width:100%;height:100%;opacity:0;pointer-events:none;' +
      'overflow:hidden;user-select:none;-webkit-user-select:none;-webkit-touch-callout:none;' +
      '-webkit-tap-highlight-color:transparent;touch-action:none;font:16px sans-serif';
    const c = canvas();
    c.parentNode.insertBefore(root, c.nextSibling);  // over the canvas, under the page's own notices
    listen();
  }

  function setAttr(element, name, value) {
    if (value === null || value === undefined || value === false) element.removeAttribute(name);
    else element.setAttribute(name, String(value));
  }

  function create(key, role) {
    const element = document.createElement('div');
    element.id = 'a11y-' + key;
    element.setAttribute('data-role', role);
    if (ariaRoles[role]) element.setAttribute('role', ariaRoles[role]);
    if (role === 'heading') element.setAttribute('aria-level', '2');
    if (actionable.has(role)) element.tabIndex = -1;
    element.dir = 'auto';
    element.style.cssText = 'position:absolute;margin:0;overflow:hidden;pointer-events:auto;touch-action:none;' +
      'white-space:pre-wrap';
    return {element, widget: {}};
  }

  const tri = v => v === undefined ? null : String(v);

  // Sets what changed since the node was last updated, and nothing else.
  function apply(entry, w) {
    const e = entry.element, old = entry.widget, role = w.role;
    if (old.id !== w.id) e.setAttribute('data-widget', w.id);
    if (old.label !== w.label || old.value !== w.value) {
      if (role === 'textbox') {
        setAttr(e, 'aria-label', w.label);
        e.textContent = w.value || '';
      } else if (role === 'image' || role === 'progressbar') {
        setAttr(e, 'aria-label', w.label);
        if (role === 'progressbar') setAttr(e, 'aria-valuetext', w.value || null);
      } else {
        e.textContent = w.label;
      }
    }
    if (old.lang !== w.lang) setAttr(e, 'lang', w.lang || null);
    if (old.checked !== w.checked) setAttr(e, 'aria-checked', tri(w.checked));
    if (old.pressed !== w.pressed) setAttr(e, 'aria-pressed', tri(w.pressed));
    if (old.expanded !== w.expanded) setAttr(e, 'aria-expanded', tri(w.expanded));
    if (old.disabled !== w.disabled) setAttr(e, 'aria-disabled', w.disabled ? 'true' : null);
    if (old.error !== w.error) {
      setAttr(e, 'aria-invalid', w.error ? 'true' : null);
      setAttr(e, 'aria-errormessage', w.error ? 'a11y-' + w.id + '.error' : null);
    }
    const s = e.style;
    if (old.x !== w.x) s.left = w.x + 'px';
    if (old.y !== w.y) s.top = w.y + 'px';
    if (old.w !== w.w) s.width = w.w + 'px';
    if (old.h !== w.h) s.height = w.h + 'px';
    entry.widget = w;
  }

  function update(json) {
    ensureRoot();
    const widgets = JSON.parse(json);
    const seen = new Map();  // id -> how often it came this frame
    const wanted = new Set();
    let before = null;       // the node the next one follows, in reading order
    for (const w of widgets) {
      if (w.hidden || (!w.label && w.role === 'text')) continue;
      const n = seen.get(w.id) || 0;
      seen.set(w.id, n + 1);
      const key = n ? w.id + '#' + n : w.id;
      let entry = nodes.get(key);
      if (entry && entry.widget.role !== w.role) {
        entry.element.remove();
        entry = null;
      }
      if (!entry) {
        entry = create(key, w.role);
        nodes.set(key, entry);
      }
      apply(entry, w);
      wanted.add(key);
      const at = before ? before.nextSibling : root.firstChild;
      if (at !== entry.element) root.insertBefore(entry.element, at);
      before = entry.element;
    }
    // Not `for (const [key, entry] of nodes)`: Emscripten 3.1.6's JS minifier breaks destructuring.
    nodes.forEach((entry, key) => {
      if (wanted.has(key)) return;
      entry.element.remove();
      nodes.delete(key);
    });
  }

  return {update};
})();

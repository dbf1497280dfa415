// Small browser helpers for the UI. Loaded as a module: the CSP allows no inline script.

export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Clipboard access needs a secure context; select the text so Ctrl+C works instead.
    const range = document.createRange();
    const code = [...document.querySelectorAll('.wk-copy-value')].find(e => e.textContent === text);
    if (code) {
      range.selectNodeContents(code);
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
    }
    return false;
  }
}

export function rememberTheme(cookie, theme) {
  document.cookie = `${cookie}=${encodeURIComponent(theme)}; path=/; max-age=31536000; samesite=strict`;
}

// "/" anywhere outside a text field jumps to the search box in the top bar, as on most operations consoles.
export function bindSearchShortcut() {
  if (window.wkSearchShortcut) {
    return;
  }
  window.wkSearchShortcut = true;
  document.addEventListener('keydown', e => {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.target.closest?.('input, textarea, select, [contenteditable]')) {
      return;
    }
    const box = document.querySelector('[data-wk-search]');
    if (box) {
      e.preventDefault();
      box.focus();
      box.select();
    }
  });
}

// Dependency map: frames a freshly loaded map (the whole of it, or the centre item when the whole would be too small
// to read), then pans by dragging the background, zooms with the wheel, and highlights a hovered box's edges.
export function showMap(svg) {
  const view = svg.querySelector('.wk-map-view');
  const state = svg.wkMap ?? (svg.wkMap = wireMap(svg, view));
  const [width, height] = [Number(svg.dataset.width), Number(svg.dataset.height)];
  const box = svg.getBoundingClientRect();
  const centre = svg.querySelector(`[data-node="${svg.dataset.centre}"]`)?.transform.baseVal.consolidate()?.matrix ?? { e: width / 2, f: height / 2 };
  state.k = Math.min(1, Math.max(0.8, Math.min(box.width / width, box.height / height)));
  state.x = width * state.k <= box.width ? (box.width - width * state.k) / 2 : box.width / 2 - (centre.e + 100) * state.k;
  state.y = height * state.k <= box.height ? (box.height - height * state.k) / 2 : box.height / 2 - (centre.f + 15) * state.k;
  placeMap(view, state);
}

function placeMap(view, s) {
  view.setAttribute('transform', `translate(${s.x} ${s.y}) scale(${s.k})`);
}

function wireMap(svg, view) {
  const s = { x: 0, y: 0, k: 1 };
  let drag = null;
  svg.addEventListener('wheel', e => {
    e.preventDefault();
    const r = svg.getBoundingClientRect();
    const [px, py, k] = [e.clientX - r.left, e.clientY - r.top, Math.min(3, Math.max(0.15, s.k * (e.deltaY < 0 ? 1.15 : 1 / 1.15)))];
    Object.assign(s, { x: px - (px - s.x) * k / s.k, y: py - (py - s.y) * k / s.k, k });
    placeMap(view, s);
  }, { passive: false });
  svg.addEventListener('pointerdown', e => {
    if (!e.target.closest('[data-node]')) {
      drag = { x: e.clientX - s.x, y: e.clientY - s.y };
      svg.setPointerCapture(e.pointerId);
    }
  });
  svg.addEventListener('pointermove', e => drag && (Object.assign(s, { x: e.clientX - drag.x, y: e.clientY - drag.y }), placeMap(view, s)));
  svg.addEventListener('pointerup', () => { drag = null; });
  svg.addEventListener('pointerover', e => {
    svg.querySelectorAll('.wk-map-hot').forEach(p => p.classList.remove('wk-map-hot'));
    const key = e.target.closest('[data-node]')?.dataset.node;
    key && svg.querySelectorAll(`[data-from="${key}"], [data-to="${key}"]`).forEach(p => p.classList.add('wk-map-hot'));
  });
  return s;
}

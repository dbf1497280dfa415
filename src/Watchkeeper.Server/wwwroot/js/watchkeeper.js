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

/**
 * Notices single-page navigation without the page's help: the Navigation API
 * where the browser has it (one event per navigation, no polling), otherwise a
 * check of the address once a second. Returns a function that stops watching.
 */
export function watchLocation(win: Window, onChange: (url: string) => void, intervalMs = 1000): () => void {
  let last = win.location.href;
  const check = () => {
    const now = win.location.href;
    if (now === last) return;
    last = now;
    onChange(now);
  };
  const nav = (win as unknown as { navigation?: EventTarget }).navigation;
  if (nav && typeof nav.addEventListener === 'function') {
    nav.addEventListener('navigatesuccess', check);
    return () => nav.removeEventListener('navigatesuccess', check);
  }
  const id = win.setInterval(check, intervalMs);
  return () => win.clearInterval(id);
}

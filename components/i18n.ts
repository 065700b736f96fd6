/**
 * UI strings. In the extension, `browser.i18n.getMessage` picks the reader's locale;
 * in Node tests (and if a key is missing from a locale) we fall back to the bundled
 * English messages.json, resolving placeholders the way Chrome and Firefox do.
 */
import { browser } from 'wxt/browser';
import messages from '../public/_locales/en/messages.json';

interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

const BUNDLED = messages as unknown as Record<string, MessageEntry>;

/** Replaces `$1`..`$9` in `text` with `subs`, and `$$` with `$`, in one pass. */
function substituteNumbered(text: string, subs: readonly string[]): string {
  return text.replace(/\$(\d)|\$\$/g, (whole, digit: string | undefined) => {
    if (digit === undefined) return '$';
    return subs[Number(digit) - 1] ?? '';
  });
}

/** Formats a bundled message: named placeholders first, then direct `$n` references. */
export function formatMessage(entry: MessageEntry, subs: readonly string[]): string {
  const placeholders: Record<string, string> = {};
  for (const [name, ph] of Object.entries(entry.placeholders ?? {})) {
    placeholders[name.toLowerCase()] = substituteNumbered(ph.content, subs);
  }
  // One pass, so a substituted value that itself contains "$1" is never expanded again.
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$|\$(\d)|\$\$/g, (whole, name: string | undefined, digit: string | undefined) => {
    if (name !== undefined) return placeholders[name.toLowerCase()] ?? whole;
    if (digit !== undefined) return subs[Number(digit) - 1] ?? '';
    return '$';
  });
}

function fromBrowser(key: string, subs: string[]): string {
  try {
    // WXT types getMessage against the generated message keys; our keys are checked by tests instead.
    const i18n = browser?.i18n as { getMessage?: (key: string, subs?: string[]) => string } | undefined;
    if (typeof i18n?.getMessage !== 'function') return '';
    return i18n.getMessage(key, subs) ?? '';
  } catch {
    // The test fake browser throws "not implemented"; pages outside the extension have no i18n.
    return '';
  }
}

/** The UI string `key` with its substitutions; the key itself when unknown (visible, never blank). */
export function t(key: string, subs?: string | string[]): string {
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  const localized = fromBrowser(key, list);
  if (localized) return localized;
  const entry = BUNDLED[key];
  return entry ? formatMessage(entry, list) : key;
}

/** Count-dependent string: uses `<key>_one` for exactly 1, otherwise `<key>`. Count is `$1`. */
export function tn(key: string, count: number, more: string[] = []): string {
  const chosen = count === 1 && BUNDLED[`${key}_one`] ? `${key}_one` : key;
  return t(chosen, [String(count), ...more]);
}

/** Whether the bundled English strings have `key` (used by tests to catch missing strings). */
export function hasMessage(key: string): boolean {
  return Object.prototype.hasOwnProperty.call(BUNDLED, key);
}

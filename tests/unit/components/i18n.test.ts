import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMessage, hasMessage, t, tn } from '../../../components/i18n';
import { CLAIM_TYPES } from '../../../utils/types';

const root = path.resolve(__dirname, '../../..');
const messages = JSON.parse(readFileSync(path.join(root, 'public/_locales/en/messages.json'), 'utf8')) as Record<
  string,
  { message: string; description?: string; placeholders?: Record<string, { content: string }> }
>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

describe('messages.json', () => {
  it('has the manifest strings', () => {
    for (const key of ['extName', 'extDescription', 'cmdToggleHighlights', 'cmdNextClaim']) expect(hasMessage(key), key).toBe(true);
    expect(t('extName')).toBe('Second Source');
  });

  it('every entry has a message and a description, and every $NAME$ has a placeholder', () => {
    for (const [key, entry] of Object.entries(messages)) {
      expect(entry.message, key).toBeTruthy();
      expect(entry.description, key).toBeTruthy();
      for (const m of entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)) {
        const names = Object.keys(entry.placeholders ?? {}).map((n) => n.toLowerCase());
        expect(names, `${key}: ${m[1]}`).toContain(m[1]!.toLowerCase());
      }
    }
  });

  it('every literal key used by the components exists', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(path.join(root, 'components'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\btn?\(\s*'([A-Za-z0-9_]+)'/g)) used.add(m[1]!);
      for (const m of text.matchAll(/\bkey: '([A-Za-z0-9_]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((k) => !hasMessage(k))).toEqual([]);
  });

  it('dynamic keys exist for every claim type, place and tab', () => {
    for (const type of CLAIM_TYPES) expect(hasMessage(`type_${type}`), type).toBe(true);
    for (const where of ['title', 'lede', 'body']) expect(hasMessage(`where_${where}`), where).toBe(true);
    for (const tab of ['articles', 'events', 'charts', 'topics', 'settings', 'data']) expect(hasMessage(`tab_${tab}`), tab).toBe(true);
  });
});

describe('t()', () => {
  it('falls back to the bundled message and fills placeholders in order', () => {
    expect(t('outletVia', ['CNN', 'The Los Angeles Post'])).toBe('CNN (via The Los Angeles Post)');
    expect(t('controlSite', 'example.org')).toBe('On example.org');
  });

  it('returns the key for unknown strings so a gap is visible', () => {
    expect(t('noSuchKey')).toBe('noSuchKey');
  });

  it('does not expand $n inside substituted values', () => {
    expect(t('outletVia', ['$2', 'X'])).toBe('$2 (via X)');
  });

  it('handles direct $n, $$ and missing substitutions', () => {
    expect(formatMessage({ message: 'a $1 b $2 $$' }, ['x'])).toBe('a x b  $');
  });

  it('tn picks the singular form for 1', () => {
    expect(tn('resultCount', 1)).toBe('1 article');
    expect(tn('resultCount', 3)).toBe('3 articles');
    expect(tn('resultCount', 0)).toBe('0 articles');
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAIM_COLORS, PAGE_BACKGROUND, claimColorVar, contrastRatio, type ColorScheme } from '../../../components/colors';
import { CLAIM_TYPES } from '../../../utils/types';

const css = readFileSync(path.resolve(__dirname, '../../../components/theme.css'), 'utf8');
const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');

/** Variables declared in the light `:root` block or in the dark media block. */
function vars(scheme: ColorScheme): Map<string, string> {
  const block = scheme === 'light' ? css.slice(0, darkStart) : css.slice(darkStart, css.indexOf('\n}\n', darkStart));
  const out = new Map<string, string>();
  for (const m of block.matchAll(/(--ss-[a-z-]+):\s*(#[0-9a-fA-F]{6})\s*;/g)) out.set(m[1]!, m[2]!.toLowerCase());
  return out;
}

describe('contrast helper', () => {
  it('computes known WCAG ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 1);
  });
});

describe.each(['light', 'dark'] as const)('claim colors (%s)', (scheme) => {
  const declared = vars(scheme);
  it('theme.css declares exactly the colors of colors.ts', () => {
    for (const type of CLAIM_TYPES) {
      for (const part of ['bg', 'fg', 'border'] as const) {
        expect(declared.get(claimColorVar(type, part)), `${type}-${part}`).toBe(CLAIM_COLORS[scheme][type][part]);
      }
    }
  });

  it('text on each type color meets AA (4.5:1)', () => {
    for (const type of CLAIM_TYPES) {
      const c = CLAIM_COLORS[scheme][type];
      expect(contrastRatio(c.fg, c.bg), type).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('type borders stand out from the page (3:1 non-text contrast)', () => {
    for (const type of CLAIM_TYPES) {
      expect(contrastRatio(CLAIM_COLORS[scheme][type].border, PAGE_BACKGROUND[scheme]), type).toBeGreaterThanOrEqual(3);
    }
  });

  it('the page background matches theme.css', () => {
    expect(declared.get('--ss-bg')).toBe(PAGE_BACKGROUND[scheme]);
  });

  it('theme text pairs meet AA', () => {
    const pairs: Array<[string, string]> = [
      ['--ss-fg', '--ss-bg'], ['--ss-fg', '--ss-surface'], ['--ss-muted', '--ss-bg'], ['--ss-muted', '--ss-surface'],
      ['--ss-accent', '--ss-bg'], ['--ss-accent-fg', '--ss-accent'], ['--ss-danger', '--ss-bg'],
      ['--ss-danger-fg', '--ss-danger'], ['--ss-ok', '--ss-bg'], ['--ss-warning-fg', '--ss-warning-bg'],
    ];
    for (const [fg, bg] of pairs) {
      const a = declared.get(fg);
      const b = declared.get(bg);
      expect(a && b, `${fg} / ${bg} declared`).toBeTruthy();
      expect(contrastRatio(a!, b!), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});

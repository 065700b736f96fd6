/**
 * Claim-type colors, shared by the popup, the collection page and the in-page
 * highlights so a reader learns one color code.
 *
 * Per scheme and type:
 * - `bg`: fill of a highlight, chip or bar segment;
 * - `fg`: text drawn on `bg` (WCAG AA: contrast >= 4.5, checked by tests/unit/components/colors.test.ts);
 * - `border`: underline / outline drawn on the page background (non-text contrast >= 3).
 *
 * `components/theme.css` repeats these values as CSS variables (CSS cannot import TS);
 * the same test keeps both in sync.
 */
import type { ClaimType } from '../utils/types';

export interface TypeColors {
  bg: string;
  fg: string;
  border: string;
}

export type ColorScheme = 'light' | 'dark';

/** Page backgrounds the colors are checked against. */
export const PAGE_BACKGROUND: Record<ColorScheme, string> = {
  light: '#ffffff',
  dark: '#16181d',
};

export const CLAIM_COLORS: Record<ColorScheme, Record<ClaimType, TypeColors>> = {
  light: {
    // Unnamed sources get the warm/loud hues: amber for withheld identities, violet for "reportedly".
    anonymous: { bg: '#fcd34d', fg: '#451a03', border: '#b45309' },
    vague: { bg: '#ddd6fe', fg: '#3b0764', border: '#7c3aed' },
    // Identifiable sources get cool, calm hues.
    report: { bg: '#bfdbfe', fg: '#1e3a8a', border: '#2563eb' },
    named: { bg: '#bbf7d0', fg: '#14532d', border: '#15803d' },
    institutional: { bg: '#99f6e4', fg: '#134e4a', border: '#0f766e' },
  },
  dark: {
    anonymous: { bg: '#78350f', fg: '#fef3c7', border: '#f59e0b' },
    vague: { bg: '#4c1d95', fg: '#ede9fe', border: '#a78bfa' },
    report: { bg: '#1e3a8a', fg: '#dbeafe', border: '#60a5fa' },
    named: { bg: '#14532d', fg: '#dcfce7', border: '#4ade80' },
    institutional: { bg: '#134e4a', fg: '#ccfbf1', border: '#2dd4bf' },
  },
};

/** Name of the CSS variable holding one color of one type: `--ss-anonymous-bg`. */
export function claimColorVar(type: ClaimType, part: keyof TypeColors): string {
  return `--ss-${type}-${part}`;
}

function channel(hex: string, i: number): number {
  const v = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2 relative luminance of a #rrggbb color. */
export function luminance(hex: string): number {
  return 0.2126 * channel(hex, 0) + 0.7152 * channel(hex, 1) + 0.0722 * channel(hex, 2);
}

/** WCAG 2 contrast ratio between two #rrggbb colors (1..21). */
export function contrastRatio(a: string, b: string): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

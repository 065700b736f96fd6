/**
 * Small formatting helpers shared by popup and collection (pure, no DOM).
 */
import { CLAIM_TYPES, isUnnamed, type ClaimType } from '../utils/types';
import { t } from './i18n';
import type { SourcingCounts } from './types';

export function emptyCounts(): SourcingCounts {
  return { named: 0, institutional: 0, report: 0, anonymous: 0, vague: 0 };
}

export function totalClaims(counts: SourcingCounts): number {
  return CLAIM_TYPES.reduce((sum, type) => sum + (counts[type] ?? 0), 0);
}

export function unnamedClaims(counts: SourcingCounts): number {
  return CLAIM_TYPES.filter(isUnnamed).reduce((sum, type) => sum + (counts[type] ?? 0), 0);
}

/** Human label of a claim type ("Anonymous", "Other outlet"). */
export function typeLabel(type: ClaimType): string {
  return t(`type_${type}`);
}

/** "CNN (via The Los Angeles Post)" when the page syndicates another outlet's copy. */
export function outletLabel(outlet: string, originalOutlet?: string | null): string {
  if (originalOutlet && originalOutlet.trim() && originalOutlet.trim() !== outlet.trim()) {
    return t('outletVia', [originalOutlet.trim(), outlet]);
  }
  return outlet;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * "Mar 5, 2024" from "2024-03-05". Dates are calendar dates without a time zone, so
 * they are formatted in UTC: formatting in local time would shift them a day west of UTC.
 */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return t('dateUnknown');
  const m = ISO_DATE.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(date);
}

/** Days since 1970-01-01 of a YYYY-MM-DD date, or null. Used to place marks on timelines. */
export function dayNumber(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(ms) ? null : Math.round(ms / 86_400_000);
}

/** Percent with no decimals: 0.333 -> "33%". */
export function percent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

/**
 * The URL if it is a web address, else undefined. URLs come from pages and feeds, which are
 * untrusted: a `javascript:` or `data:` link in our UI would run with the extension's rights.
 */
export function safeHref(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

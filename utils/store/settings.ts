/**
 * Reader settings, one row per key in the `settings` table. Every value is
 * validated on the way in (updateSettings, import) and on the way out (a row
 * written by an older or broken version falls back to its default instead of
 * reaching the UI with the wrong shape).
 */
import * as v from 'valibot';
import type { ClaimType } from '../types';
import { CLAIM_TYPES } from '../types';
import type { SecondSourceDB } from './db';

export interface AutoCapturePause {
  /** Epoch ms when capture was paused. */
  at: number;
  /** Why: 'quota' when the disk was full. */
  reason: string;
}

export interface Settings {
  autoCapture: boolean;
  /** Set when auto-capture stopped itself (full disk); null while capturing. */
  autoCapturePaused: AutoCapturePause | null;
  /** How many auto-captured (unsaved) articles to keep; the least recently seen go first. */
  autoCaptureCap: number;
  highlightsEnabled: boolean;
  highlightTypes: ClaimType[];
  /** Host names where the extension stays silent. */
  disabledSites: string[];
  /** Topic ids the reader follows. */
  topicsEnabled: string[];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze<Settings>({
  autoCapture: true,
  autoCapturePaused: null,
  autoCaptureCap: 5000,
  highlightsEnabled: true,
  highlightTypes: ['anonymous', 'vague', 'report'],
  disabledSites: [],
  topicsEnabled: [],
});

const shortString = v.pipe(v.string(), v.minLength(1), v.maxLength(256));

/** One validator per key; unknown keys are rejected. */
export const SETTING_SCHEMAS = {
  autoCapture: v.boolean(),
  autoCapturePaused: v.nullable(v.strictObject({ at: v.pipe(v.number(), v.finite()), reason: v.pipe(v.string(), v.maxLength(200)) })),
  autoCaptureCap: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000)),
  highlightsEnabled: v.boolean(),
  highlightTypes: v.pipe(v.array(v.picklist(CLAIM_TYPES as ClaimType[])), v.maxLength(CLAIM_TYPES.length)),
  disabledSites: v.pipe(v.array(shortString), v.maxLength(10_000)),
  topicsEnabled: v.pipe(v.array(shortString), v.maxLength(1_000)),
} satisfies { [K in keyof Settings]: v.GenericSchema<unknown, Settings[K]> };

export type SettingKey = keyof Settings;
export const SETTING_KEYS = Object.keys(SETTING_SCHEMAS) as SettingKey[];

export class SettingsError extends Error {
  override name = 'SettingsError';
}

function isSettingKey(k: string): k is SettingKey {
  return Object.prototype.hasOwnProperty.call(SETTING_SCHEMAS, k);
}

function schemaOf<K extends SettingKey>(key: K): v.GenericSchema<unknown, Settings[K]> {
  return SETTING_SCHEMAS[key] as unknown as v.GenericSchema<unknown, Settings[K]>;
}

/** Validate one value; throws SettingsError naming the key. */
export function validateSetting<K extends SettingKey>(key: K, value: unknown): Settings[K] {
  const r = v.safeParse(schemaOf(key), value);
  if (!r.success) throw new SettingsError(`Invalid value for setting "${key}": ${r.issues[0]?.message ?? 'wrong shape'}`);
  return r.output;
}

function clone<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}

/** All settings, defaults filled in; stored values of the wrong shape read as their default. */
export async function getSettings(db: SecondSourceDB): Promise<Settings> {
  const out = clone(DEFAULT_SETTINGS) as Settings;
  const rows = await db.settings.toArray();
  const target = out as unknown as Record<string, unknown>;
  for (const row of rows) {
    if (!isSettingKey(row.key)) continue;
    const r = v.safeParse(SETTING_SCHEMAS[row.key], row.value);
    if (r.success) target[row.key] = r.output;
  }
  return out;
}

export async function getSetting<K extends SettingKey>(db: SecondSourceDB, key: K): Promise<Settings[K]> {
  const row = await db.settings.get(key);
  if (row) {
    const r = v.safeParse(schemaOf(key), row.value);
    if (r.success) return r.output;
  }
  return clone(DEFAULT_SETTINGS[key]);
}

/**
 * Validate the whole patch first (unknown key or wrong value → SettingsError,
 * nothing written), then write it in one transaction. Returns the new settings.
 */
export async function updateSettings(db: SecondSourceDB, patch: Partial<Settings> | Record<string, unknown>): Promise<Settings> {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) throw new SettingsError('Settings patch must be an object');
  const rows: { key: SettingKey; value: unknown }[] = [];
  for (const key of Object.keys(patch)) {
    if (!isSettingKey(key)) throw new SettingsError(`Unknown setting "${key}"`);
    rows.push({ key, value: validateSetting(key, (patch as Record<string, unknown>)[key]) });
  }
  if (rows.length) await db.settings.bulkPut(rows);
  return getSettings(db);
}

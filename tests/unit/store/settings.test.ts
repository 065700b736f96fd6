import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, getSetting, getSettings, SettingsError, updateSettings } from '../../../utils/store';
import { freshDb } from '../../fixtures/store/make';

describe('settings', () => {
  it('returns defaults on an empty store', async () => {
    const db = freshDb();
    const s = await getSettings(db);
    expect(s).toEqual(DEFAULT_SETTINGS);
    expect(s.highlightTypes).toEqual(['anonymous', 'vague', 'report']);
    // Callers get copies: mutating the result must not change the defaults.
    s.highlightTypes.push('named');
    expect(DEFAULT_SETTINGS.highlightTypes).toHaveLength(3);
  });

  it('updates valid values and persists them', async () => {
    const db = freshDb();
    const s = await updateSettings(db, { autoCapture: false, disabledSites: ['example.com'], highlightTypes: ['anonymous'] });
    expect(s).toMatchObject({ autoCapture: false, disabledSites: ['example.com'], highlightTypes: ['anonymous'], highlightsEnabled: true });
    expect(await getSetting(db, 'disabledSites')).toEqual(['example.com']);
    expect(await getSetting(db, 'autoCaptureCap')).toBe(5000);
  });

  it('rejects a bad patch whole', async () => {
    const db = freshDb();
    const bad: Record<string, unknown>[] = [
      { autoCaptureCap: -1 },
      { autoCaptureCap: 1.5 },
      { highlightTypes: ['anonymous', 'rumour'] },
      { autoCapture: 'yes' },
      { autoCapturePaused: { at: 1 } },
      { colour: 'red' },
      { autoCapture: false, disabledSites: [''] },
    ];
    for (const patch of bad) await expect(updateSettings(db, patch)).rejects.toBeInstanceOf(SettingsError);
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
  });

  it('reads a stored value of the wrong shape as its default', async () => {
    const db = freshDb();
    await db.settings.bulkPut([{ key: 'autoCaptureCap', value: 'lots' }, { key: 'highlightsEnabled', value: false }]);
    const s = await getSettings(db);
    expect(s.autoCaptureCap).toBe(5000);
    expect(s.highlightsEnabled).toBe(false);
  });
});

import { TypeToggles } from '../shared/TypeToggles';
import { CLAIM_TYPES, type ClaimType } from '../../utils/types';
import { t } from '../i18n';
import type { SettingsView } from '../types';

export type SettingsPatch = Partial<Pick<SettingsView, 'autoCapture' | 'highlightsOn' | 'highlightTypes'>>;

export interface SettingsSectionProps {
  settings: SettingsView;
  onChangeSettings: (patch: SettingsPatch) => void | Promise<unknown>;
  onSetSite: (site: string, enabled: boolean) => void | Promise<unknown>;
  onRemoveSite: (site: string) => void | Promise<unknown>;
}

export function SettingsSection({ settings, onChangeSettings, onSetSite, onRemoveSite }: SettingsSectionProps) {
  const toggleType = (type: ClaimType, on: boolean) => {
    const next = on ? [...new Set([...settings.highlightTypes, type])] : settings.highlightTypes.filter((x) => x !== type);
    // Keep the canonical order so stored settings do not churn with click order.
    void onChangeSettings({ highlightTypes: CLAIM_TYPES.filter((x) => next.includes(x)) });
  };
  return (
    <div class="ss-settings">
      <fieldset>
        <legend>{t('settingsCapture')}</legend>
        <label class="ss-check">
          <input
            type="checkbox"
            checked={settings.autoCapture}
            onChange={(e) => void onChangeSettings({ autoCapture: (e.currentTarget as HTMLInputElement).checked })}
          />
          {t('settingsAutoCapture')}
        </label>
        {settings.autoCapturePausedByDisk && (
          <p class="ss-warning" role="alert">
            {t('settingsPausedDisk')}
          </p>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('controlsHeading')}</legend>
        <label class="ss-check">
          <input
            type="checkbox"
            checked={settings.highlightsOn}
            onChange={(e) => void onChangeSettings({ highlightsOn: (e.currentTarget as HTMLInputElement).checked })}
          />
          {t('controlHighlights')}
        </label>
        <TypeToggles enabled={settings.highlightTypes} disabled={!settings.highlightsOn} onToggle={toggleType} />
      </fieldset>
      <fieldset>
        <legend>{t('settingsSites')}</legend>
        {settings.sites.length === 0 ? (
          <p class="ss-muted">{t('settingsSitesEmpty')}</p>
        ) : (
          <ul class="ss-sites">
            {settings.sites.map((s) => (
              <li key={s.site}>
                <label class="ss-check">
                  <input
                    type="checkbox"
                    checked={s.enabled}
                    onChange={(e) => void onSetSite(s.site, (e.currentTarget as HTMLInputElement).checked)}
                  />
                  {s.site}
                </label>
                <button type="button" class="ss-button" aria-label={t('settingsRemoveSiteLabel', s.site)} onClick={() => void onRemoveSite(s.site)}>
                  {t('remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
    </div>
  );
}

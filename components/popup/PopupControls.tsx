import { TypeToggles } from '../shared/TypeToggles';
import type { ClaimType } from '../../utils/types';
import { t } from '../i18n';
import type { PopupSettingsView } from '../types';

interface Props {
  settings: PopupSettingsView;
  onToggleHighlights: (on: boolean) => void;
  onToggleSite: (enabled: boolean) => void;
  onToggleType: (type: ClaimType, enabled: boolean) => void;
}

/** Highlight switches. Plain checkboxes: native keyboard and screen-reader behaviour for free. */
export function PopupControls({ settings, onToggleHighlights, onToggleSite, onToggleType }: Props) {
  return (
    <section class="ss-section ss-controls" aria-labelledby="ss-controls-heading">
      <h2 id="ss-controls-heading" class="ss-section-title">
        {t('controlsHeading')}
      </h2>
      <label class="ss-switch">
        <input
          type="checkbox"
          checked={settings.highlightsOn}
          onChange={(e) => onToggleHighlights((e.currentTarget as HTMLInputElement).checked)}
        />
        {t('controlHighlights')}
      </label>
      {settings.site && (
        <label class="ss-switch">
          <input
            type="checkbox"
            checked={settings.siteEnabled}
            onChange={(e) => onToggleSite((e.currentTarget as HTMLInputElement).checked)}
          />
          {t('controlSite', settings.site)}
        </label>
      )}
      <TypeToggles enabled={settings.enabledTypes} disabled={!settings.highlightsOn} onToggle={onToggleType} />
    </section>
  );
}

import { CLAIM_TYPES, type ClaimType } from '../../utils/types';
import { t } from '../i18n';
import { typeLabel } from '../format';

/** The "which claim types to highlight" checkboxes, shared by the popup and the settings page. */
export function TypeToggles({ enabled, disabled, onToggle }: { enabled: readonly ClaimType[]; disabled: boolean; onToggle: (type: ClaimType, on: boolean) => void }) {
  return (
    <fieldset class="ss-types" disabled={disabled}>
      <legend>{t('controlTypes')}</legend>
      {CLAIM_TYPES.map((type) => (
        <label key={type} class={`ss-type-toggle ss-type-${type}`}>
          <input type="checkbox" checked={enabled.includes(type)} onChange={(e) => onToggle(type, (e.currentTarget as HTMLInputElement).checked)} />
          {typeLabel(type)}
        </label>
      ))}
    </fieldset>
  );
}

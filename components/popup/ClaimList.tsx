import type { ClaimType } from '../../utils/types';
import { t, tn } from '../i18n';
import { TypeChip } from '../shared/TypeChip';
import type { ClaimView } from '../types';

/** Page text can be long; the popup shows the opening and keeps the full text in the tooltip. */
export function clip(text: string, max = 180): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

interface Props {
  claims: ClaimView[];
  enabledTypes: ClaimType[];
  onSelectClaim: (claimId: string) => void;
}

/**
 * The claims highlighted on the page, in reading order. Only enabled types are listed,
 * because selecting a claim scrolls to its highlight and hidden types have none.
 */
export function ClaimList({ claims, enabledTypes, onSelectClaim }: Props) {
  const shown = claims.filter((c) => enabledTypes.includes(c.type));
  const hidden = claims.length - shown.length;
  return (
    <section class="ss-section" aria-labelledby="ss-claims-heading">
      <h2 id="ss-claims-heading" class="ss-section-title">
        {tn('claimsHeading', shown.length)}
      </h2>
      {claims.length === 0 ? (
        <p class="ss-muted">{t('claimsNone')}</p>
      ) : shown.length === 0 ? (
        <p class="ss-muted">{t('claimsAllHidden')}</p>
      ) : (
        <ol class="ss-claims">
          {shown.map((claim) => (
            <li key={claim.id}>
              <button
                type="button"
                class={`ss-claim ss-claim-${claim.type}`}
                title={claim.text}
                onClick={() => onSelectClaim(claim.id)}
              >
                <span class="ss-claim-head">
                  <TypeChip type={claim.type} />
                  <span class="ss-claim-source">{claim.source ? `“${claim.source}”` : t('claimNoSource')}</span>
                </span>
                <span class="ss-claim-reason">{claim.reason}</span>
                <span class="ss-claim-text">{clip(claim.text)}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
      {hidden > 0 && <p class="ss-muted ss-small">{tn('claimsHiddenTypes', hidden)}</p>}
    </section>
  );
}

import { CLAIM_TYPES } from '../../utils/types';
import { t, tn } from '../i18n';
import { totalClaims, typeLabel } from '../format';
import type { SourcingCounts } from '../types';

/** One sentence a screen reader announces for a bar: "Sourcing of 8 claims: 3 named, 2 anonymous." */
export function sourcingSummary(counts: SourcingCounts): string {
  const total = totalClaims(counts);
  if (total === 0) return t('barNoClaims');
  const parts = CLAIM_TYPES.filter((type) => counts[type] > 0).map((type) =>
    t('barPart', [String(counts[type]), typeLabel(type).toLowerCase()]),
  );
  return tn('barSummary', total, [parts.join(', ')]);
}

interface Props {
  counts: SourcingCounts;
  /** `mini`: thin bar without legend (rows, other outlets). */
  size?: 'full' | 'mini';
}

/**
 * Proportional segments per claim type. The bar is one image for assistive tech (role="img"
 * with a sentence summary); the visible legend repeats the counts in text, so color is never
 * the only carrier of meaning.
 */
export function SourcingBar({ counts, size = 'full' }: Props) {
  const total = totalClaims(counts);
  const summary = sourcingSummary(counts);
  const present = CLAIM_TYPES.filter((type) => counts[type] > 0);
  return (
    <div class={`ss-bar-wrap ss-bar-${size}`}>
      <div class="ss-bar" role="img" aria-label={summary} title={summary}>
        {total === 0 ? (
          <span class="ss-bar-empty" />
        ) : (
          present.map((type) => (
            <span
              key={type}
              class={`ss-bar-seg ss-type-${type}`}
              style={{ flexGrow: counts[type], flexBasis: 0 }}
              data-type={type}
              data-count={counts[type]}
            >
              {size === 'full' && counts[type] / total >= 0.12 ? String(counts[type]) : ''}
            </span>
          ))
        )}
      </div>
      {size === 'full' && (
        <ul class="ss-legend" aria-hidden="true">
          {CLAIM_TYPES.map((type) => (
            <li key={type} class={counts[type] === 0 ? 'ss-legend-zero' : undefined}>
              <span class={`ss-swatch ss-type-${type}`} />
              {typeLabel(type)} <strong>{counts[type]}</strong>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

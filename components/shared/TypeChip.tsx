import type { ClaimType } from '../../utils/types';
import { typeLabel } from '../format';

/** Colored label of a claim type; the text carries the meaning, the color only repeats it. */
export function TypeChip({ type }: { type: ClaimType }) {
  return <span class={`ss-chip ss-type-${type}`}>{typeLabel(type)}</span>;
}

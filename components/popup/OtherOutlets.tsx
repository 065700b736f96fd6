import { t, tn } from '../i18n';
import { formatDate, outletLabel, safeHref, typeLabel } from '../format';
import { SourcingBar } from '../shared/SourcingBar';
import { clip } from './ClaimList';
import type { ClaimView, EventSummaryView, OutletCoverageView, PerClaimCoverage } from '../types';

/** "confirms — anonymous: 'US and Qatari sources'" and its siblings. */
export function stanceText(cov: PerClaimCoverage): string {
  const type = cov.otherType ? typeLabel(cov.otherType).toLowerCase() : null;
  const source = cov.otherSource?.trim() || null;
  switch (cov.stance) {
    case 'confirms':
      if (type && source) return t('stanceConfirmsTypedSource', [type, source]);
      if (type) return t('stanceConfirmsTyped', type);
      if (source) return t('stanceConfirmsSource', source);
      return t('stanceConfirms');
    case 'disputes':
      if (type && source) return t('stanceDisputesTypedSource', [type, source]);
      if (source) return t('stanceDisputesSource', source);
      return t('stanceDisputes');
    case 'names-source':
      if (type && source) return t('stanceNamesSourceTyped', [type, source]);
      if (source) return t('stanceNamesSource', source);
      return t('stanceNamesSourceBare');
    case 'not-covered':
      return t('stanceNotCovered');
  }
}

/** Label of one of this article's claims inside another outlet's card. */
function claimLabel(claim: ClaimView | undefined): string {
  if (!claim) return t('claimUnknown');
  return clip(claim.source ? claim.source : claim.text, 70);
}

function OutletCard({ cov, claims }: { cov: OutletCoverageView; claims: ClaimView[] }) {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const covered = cov.perClaim.filter((p) => p.stance !== 'not-covered');
  const notCovered = cov.perClaim.length - covered.length;
  return (
    <li class="ss-outlet">
      <div class="ss-outlet-head">
        <span class="ss-outlet-name">{outletLabel(cov.outlet, cov.originalOutlet)}</span>
        <span class="ss-muted ss-small">{formatDate(cov.publishedAt)}</span>
      </div>
      <a class="ss-outlet-title" href={safeHref(cov.url)} target="_blank" rel="noopener noreferrer">
        {cov.title}
        <span class="ss-visually-hidden"> {t('opensNewTab')}</span>
      </a>
      {cov.headlineOnly ? (
        <p class="ss-muted ss-small ss-headline-only">{t('headlineOnly')}</p>
      ) : (
        <>
          <SourcingBar counts={cov.counts} size="mini" />
          {covered.length > 0 && (
            <ul class="ss-stances">
              {covered.map((p) => (
                <li key={p.claimId} class={`ss-stance ss-stance-${p.stance}`}>
                  <span class="ss-stance-claim">{claimLabel(byId.get(p.claimId))}</span>
                  {': '}
                  <span class="ss-stance-text">{stanceText(p)}</span>
                  {p.otherText && <q class="ss-stance-quote">{clip(p.otherText, 140)}</q>}
                  {p.evidence && p.evidence.length > 0 && (
                    <span class="ss-muted ss-small ss-evidence">{t('evidence', p.evidence.join(' · '))}</span>
                  )}
                </li>
              ))}
            </ul>
          )}
          {notCovered > 0 && <p class="ss-muted ss-small">{tn('notCoveredCount', notCovered)}</p>}
        </>
      )}
    </li>
  );
}

/** What other outlets said about the same event, claim by claim. */
export function OtherOutlets({ event, claims }: { event: EventSummaryView | null; claims: ClaimView[] }) {
  const outlets = event?.outlets ?? [];
  return (
    <section class="ss-section" aria-labelledby="ss-others-heading">
      <h2 id="ss-others-heading" class="ss-section-title">
        {t('othersHeading')}
      </h2>
      {event && outlets.length > 0 && event.title && <p class="ss-muted ss-small ss-event-title">{event.title}</p>}
      {outlets.length === 0 ? (
        <p class="ss-muted">{t('othersNone')}</p>
      ) : (
        <ul class="ss-outlets">
          {outlets.map((cov) => (
            <OutletCard key={cov.url} cov={cov} claims={claims} />
          ))}
        </ul>
      )}
    </section>
  );
}

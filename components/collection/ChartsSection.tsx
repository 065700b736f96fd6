import { CLAIM_TYPES } from '../../utils/types';
import { t } from '../i18n';
import { formatDate, percent, totalClaims, typeLabel } from '../format';
import { sourcingSummary } from '../shared/SourcingBar';
import type { ChartsView, OutletMixView, WeekShareView } from '../types';

const ROW_H = 24;
const LABEL_W = 150;
const BAR_W = 400;

/** Sourcing mix by outlet: one 100% stacked bar per outlet, so outlets of any size compare. */
function OutletMixChart({ rows }: { rows: OutletMixView[] }) {
  const height = rows.length * ROW_H;
  return (
    <figure class="ss-chart">
      <svg role="img" aria-labelledby="ss-mix-title ss-mix-desc" viewBox={`0 0 ${LABEL_W + BAR_W + 50} ${height}`} width={LABEL_W + BAR_W + 50} height={height}>
        <title id="ss-mix-title">{t('chartMixTitle')}</title>
        <desc id="ss-mix-desc">{rows.map((r) => `${r.outlet}: ${sourcingSummary(r.counts)}`).join('. ')}</desc>
        {rows.map((row, i) => {
          const total = totalClaims(row.counts);
          let x = LABEL_W;
          return (
            <g key={row.outlet} transform={`translate(0 ${i * ROW_H})`}>
              <text x={LABEL_W - 6} y={ROW_H / 2 + 4} text-anchor="end" class="ss-chart-label">
                {row.outlet.length > 24 ? `${row.outlet.slice(0, 23)}…` : row.outlet}
              </text>
              {total > 0 &&
                CLAIM_TYPES.map((type) => {
                  const w = (row.counts[type] / total) * BAR_W;
                  const rect = w > 0 ? <rect key={type} x={x} y={3} width={w} height={ROW_H - 6} class={`ss-fill-${type}`} /> : null;
                  x += w;
                  return rect;
                })}
              <text x={LABEL_W + BAR_W + 6} y={ROW_H / 2 + 4} class="ss-chart-label">
                {total}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul class="ss-legend">
          {CLAIM_TYPES.map((type) => (
            <li key={type}>
              <span class={`ss-swatch ss-type-${type}`} aria-hidden="true" />
              {typeLabel(type)}
            </li>
          ))}
        </ul>
        <details>
          <summary>{t('chartShowTable')}</summary>
          <table class="ss-table">
            <caption>{t('chartMixTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('colOutlet')}</th>
                {CLAIM_TYPES.map((type) => (
                  <th key={type} scope="col">
                    {typeLabel(type)}
                  </th>
                ))}
                <th scope="col">{t('colTotal')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.outlet}>
                  <th scope="row">{row.outlet}</th>
                  {CLAIM_TYPES.map((type) => (
                    <td key={type}>{row.counts[type]}</td>
                  ))}
                  <td>{totalClaims(row.counts)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </figcaption>
    </figure>
  );
}

const WEEK_W = 40;
const PLOT_H = 120;

/** Unnamed share per week as bars (0–100%); a week without claims has no bar, not a zero bar. */
function WeeklyChart({ weeks }: { weeks: WeekShareView[] }) {
  const width = Math.max(weeks.length * WEEK_W, WEEK_W) + 40;
  return (
    <figure class="ss-chart">
      <svg role="img" aria-labelledby="ss-week-title ss-week-desc" viewBox={`0 0 ${width} ${PLOT_H + 30}`} width={width} height={PLOT_H + 30}>
        <title id="ss-week-title">{t('chartWeekTitle')}</title>
        <desc id="ss-week-desc">
          {weeks.map((w) => t('weekDesc', [formatDate(w.week), w.total ? percent(w.unnamed / w.total) : '—', String(w.total)])).join('. ')}
        </desc>
        <line x1={36} y1={PLOT_H} x2={width} y2={PLOT_H} class="ss-chart-axis" />
        <text x={32} y={10} text-anchor="end" class="ss-chart-label">
          100%
        </text>
        <text x={32} y={PLOT_H} text-anchor="end" class="ss-chart-label">
          0%
        </text>
        {weeks.map((w, i) => {
          const share = w.total ? w.unnamed / w.total : 0;
          const h = share * (PLOT_H - 6);
          const x = 40 + i * WEEK_W;
          return (
            <g key={w.week}>
              {w.total > 0 && <rect x={x + 6} y={PLOT_H - h} width={WEEK_W - 12} height={h} class="ss-fill-anonymous" />}
              <text x={x + WEEK_W / 2} y={PLOT_H + 16} text-anchor="middle" class="ss-chart-label">
                {w.week.slice(5)}
              </text>
            </g>
          );
        })}
      </svg>
      <details>
        <summary>{t('chartShowTable')}</summary>
        <table class="ss-table">
          <caption>{t('chartWeekTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('colWeek')}</th>
              <th scope="col">{t('colUnnamed')}</th>
              <th scope="col">{t('colTotal')}</th>
              <th scope="col">{t('colShare')}</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.week}>
                <th scope="row">{formatDate(w.week)}</th>
                <td>{w.unnamed}</td>
                <td>{w.total}</td>
                <td>{w.total ? percent(w.unnamed / w.total) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

export function ChartsSection({ charts }: { charts: ChartsView }) {
  const hasMix = charts.byOutlet.some((r) => totalClaims(r.counts) > 0);
  return (
    <div class="ss-charts">
      <section aria-labelledby="ss-chart-mix-h">
        <h3 id="ss-chart-mix-h">{t('chartMixTitle')}</h3>
        {hasMix ? <OutletMixChart rows={charts.byOutlet.filter((r) => totalClaims(r.counts) > 0)} /> : <p class="ss-empty">{t('chartsEmpty')}</p>}
      </section>
      <section aria-labelledby="ss-chart-week-h">
        <h3 id="ss-chart-week-h">{t('chartWeekTitle')}</h3>
        {charts.byWeek.length > 0 ? <WeeklyChart weeks={charts.byWeek} /> : <p class="ss-empty">{t('chartsEmpty')}</p>}
      </section>
    </div>
  );
}

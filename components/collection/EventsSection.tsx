import { t, tn } from '../i18n';
import { dayNumber, formatDate, safeHref } from '../format';
import type { EventArticleView, EventView } from '../types';

interface OutletRow {
  outlet: string;
  dated: Array<EventArticleView & { day: number }>;
  undated: EventArticleView[];
}

/** Articles grouped by outlet, outlets ordered by when they first covered the event. */
export function outletRows(event: EventView): OutletRow[] {
  const rows = new Map<string, OutletRow>();
  for (const a of event.articles) {
    const row = rows.get(a.outlet) ?? { outlet: a.outlet, dated: [], undated: [] };
    const day = dayNumber(a.publishedAt);
    if (day === null) row.undated.push(a);
    else row.dated.push({ ...a, day });
    rows.set(a.outlet, row);
  }
  const first = (r: OutletRow) => Math.min(...r.dated.map((a) => a.day), Number.POSITIVE_INFINITY);
  return [...rows.values()].sort((a, b) => first(a) - first(b) || a.outlet.localeCompare(b.outlet));
}

/** Horizontal position (0..100%) of a day within the event's span; a one-day event sits mid-track. */
export function markPosition(day: number, from: number, to: number): number {
  if (to <= from) return 50;
  return ((day - from) / (to - from)) * 100;
}

function EventTimeline({ event }: { event: EventView }) {
  const rows = outletRows(event);
  const days = rows.flatMap((r) => r.dated.map((a) => a.day));
  const from = dayNumber(event.span?.from) ?? (days.length ? Math.min(...days) : 0);
  const to = dayNumber(event.span?.to) ?? (days.length ? Math.max(...days) : 0);
  return (
    <article class="ss-event" aria-labelledby={`ss-event-${event.id}`}>
      <h3 id={`ss-event-${event.id}`}>{event.title}</h3>
      <p class="ss-muted ss-small">
        {event.span ? t('eventSpan', [formatDate(event.span.from), formatDate(event.span.to)]) : t('dateUnknown')} ·{' '}
        {tn('eventOutlets', rows.length)}
      </p>
      <ul class="ss-timeline">
        {rows.map((row) => (
          <li key={row.outlet} class="ss-timeline-row">
            <span class="ss-timeline-outlet">{row.outlet}</span>
            <span class="ss-timeline-track">
              {row.dated.map((a) => (
                <a
                  key={a.id}
                  class="ss-mark"
                  href={safeHref(a.url)}
                  target="_blank"
                  rel="noopener noreferrer"
                  style={{ left: `${markPosition(a.day, from, to)}%` }}
                  aria-label={t('markLabel', [a.title, formatDate(a.publishedAt)])}
                  title={`${formatDate(a.publishedAt)} — ${a.title}`}
                />
              ))}
            </span>
            {row.undated.length > 0 && (
              <span class="ss-timeline-undated ss-small">
                {row.undated.map((a) => (
                  <a key={a.id} href={safeHref(a.url)} target="_blank" rel="noopener noreferrer" title={a.title}>
                    {t('undatedArticle', a.title)}
                  </a>
                ))}
              </span>
            )}
          </li>
        ))}
      </ul>
    </article>
  );
}

/** One timeline per event: a row per outlet, a mark per article at its date. */
export function EventsSection({ events }: { events: EventView[] }) {
  if (events.length === 0) return <p class="ss-empty">{t('eventsEmpty')}</p>;
  return (
    <div class="ss-events">
      {events.map((e) => (
        <EventTimeline key={e.id} event={e} />
      ))}
    </div>
  );
}

import type { ComponentChildren } from 'preact';
import type { TopicReason, TopicScore } from '../../utils/types';
import { t } from '../i18n';

/** "Gaza (title ×2)" — the term and where it was seen, so the reader can check the verdict. */
export function reasonText(reason: TopicReason): string {
  const where = t(`where_${reason.where}`);
  return reason.count > 1 ? t('reasonTermMany', [reason.term, where, String(reason.count)]) : t('reasonTerm', [reason.term, where]);
}

/** Strongest reasons first; the popup is small, so a handful is enough to explain a score. */
function topReasons(score: TopicScore, limit = 5): TopicReason[] {
  return [...score.reasons].sort((a, b) => Math.abs(b.weight * b.count) - Math.abs(a.weight * a.count)).slice(0, limit);
}

/** Why each topic did or did not match. */
export function TopicReasons({ topics, onlyMatching }: { topics: TopicScore[]; onlyMatching: boolean }) {
  const shown = onlyMatching ? topics.filter((s) => s.onTopic) : topics;
  if (shown.length === 0) return null;
  return (
    <ul class="ss-topic-reasons">
      {shown.map((score) => {
        const reasons = topReasons(score);
        return (
          <li key={score.topicId}>
            <strong>{score.topic}</strong>{' '}
            <span class="ss-muted">{t('topicScore', score.score.toFixed(1))}</span>
            {reasons.length > 0 ? (
              <span class="ss-reason-list">
                {' — '}
                {reasons.map((r, i) => (
                  <span key={`${r.term}-${r.where}`} class={r.weight < 0 ? 'ss-reason-negative' : undefined}>
                    {i > 0 ? ', ' : ''}
                    {r.weight < 0 ? t('reasonNegative', reasonText(r)) : reasonText(r)}
                  </span>
                ))}
              </span>
            ) : (
              <span class="ss-muted"> — {t('topicNoTerms')}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

interface EmptyStateProps {
  icon: string;
  title: string;
  body?: string;
  tone?: 'neutral' | 'error';
  children?: ComponentChildren;
}

/** A friendly empty state: what happened, and what the reader can do. */
export function EmptyState({ icon, title, body, tone = 'neutral', children }: EmptyStateProps) {
  return (
    <section class={`ss-empty ss-empty-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <span class="ss-empty-icon" aria-hidden="true">
        {icon}
      </span>
      <h2 class="ss-empty-title">{title}</h2>
      {body && <p class="ss-empty-body">{body}</p>}
      {children}
    </section>
  );
}

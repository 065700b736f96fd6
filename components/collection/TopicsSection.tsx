import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { TopicProfile, TopicScore } from '../../utils/types';
import { t } from '../i18n';
import { ConfirmButton } from '../shared/ConfirmButton';
import { TopicReasons } from '../popup/VerdictHeader';
import type { TopicView } from '../types';
import { draftToTopic, emptyDraft, topicToDraft, validateTopicDraft, type DraftError, type TopicDraft } from './topicDraft';

export interface TopicsSectionProps {
  topics: TopicView[];
  onSaveTopic: (topic: TopicProfile) => void | Promise<unknown>;
  onDeleteTopic: (id: string) => void | Promise<unknown>;
  /** Scores the draft against the article in the active tab; null when there is none. */
  onTestTopic: (topic: TopicProfile) => Promise<TopicScore | null>;
}

type Field = 'name' | 'keywords' | 'exclude' | 'threshold';

function errText(e: DraftError | undefined): string | null {
  return e ? t(e.key, e.subs) : null;
}

type TestState = { kind: 'idle' } | { kind: 'running' } | { kind: 'done'; score: TopicScore | null } | { kind: 'error'; message: string };

function TopicEditor({ original, topics, onSaveTopic, onTestTopic, onDone }: {
  original: TopicProfile | null;
  topics: TopicView[];
  onDone: () => void;
} & Pick<TopicsSectionProps, 'onSaveTopic' | 'onTestTopic'>) {
  const [draft, setDraft] = useState<TopicDraft>(original ? topicToDraft(original) : emptyDraft());
  const [showErrors, setShowErrors] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [test, setTest] = useState<TestState>({ kind: 'idle' });
  const errors = validateTopicDraft(draft, topics);
  const invalid = Object.keys(errors).length > 0;
  const set = (field: keyof TopicDraft) => (e: Event) => setDraft({ ...draft, [field]: (e.currentTarget as HTMLInputElement).value });

  const field = (name: Field, label: string, input: (props: Record<string, unknown>) => JSX.Element, hint?: string) => {
    const msg = showErrors ? errText(errors[name]) : null;
    const ids = [hint ? `ss-${name}-hint` : '', msg ? `ss-${name}-err` : ''].filter(Boolean).join(' ');
    return (
      <div class="ss-field">
        <label for={`ss-topic-${name}`}>{label}</label>
        {input({ id: `ss-topic-${name}`, 'aria-invalid': msg ? true : undefined, 'aria-describedby': ids || undefined })}
        {hint && (
          <span id={`ss-${name}-hint`} class="ss-muted ss-small">
            {hint}
          </span>
        )}
        {msg && (
          <span id={`ss-${name}-err`} class="ss-field-error">
            {msg}
          </span>
        )}
      </div>
    );
  };

  const save = async (e: Event) => {
    e.preventDefault();
    setShowErrors(true);
    setSaveError(null);
    if (invalid) return;
    try {
      await onSaveTopic(draftToTopic(draft, original));
      onDone();
    } catch (err) {
      setSaveError(err instanceof Error ? err.message : String(err));
    }
  };

  const runTest = async () => {
    setShowErrors(true);
    if (invalid) return;
    setTest({ kind: 'running' });
    try {
      setTest({ kind: 'done', score: await onTestTopic(draftToTopic(draft, original)) });
    } catch (err) {
      setTest({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  };

  return (
    <form class="ss-topic-editor" onSubmit={save} noValidate aria-labelledby="ss-topic-editor-h">
      <h3 id="ss-topic-editor-h">{original ? t('topicEditTitle', original.name) : t('topicNewTitle')}</h3>
      {showErrors && invalid && (
        <p class="ss-error" role="alert">
          {t('topicFixErrors')}
        </p>
      )}
      {field('name', t('topicName'), (p) => <input {...p} type="text" value={draft.name} onInput={set('name')} />)}
      <div class="ss-field">
        <label for="ss-topic-description">{t('topicDescription')}</label>
        <textarea id="ss-topic-description" rows={2} value={draft.description} onInput={set('description')} />
      </div>
      {field('keywords', t('topicKeywords'), (p) => <textarea {...p} rows={3} value={draft.keywords} onInput={set('keywords')} />, t('topicKeywordsHint'))}
      {field('exclude', t('topicExclude'), (p) => <textarea {...p} rows={2} value={draft.exclude} onInput={set('exclude')} />, t('topicExcludeHint'))}
      {field('threshold', t('topicThreshold'), (p) => <input {...p} type="number" min="0" step="0.5" value={draft.threshold} onInput={set('threshold')} />, t('topicThresholdHint'))}
      <div class="ss-actions">
        <button type="submit" class="ss-button ss-primary">
          {t('topicSave')}
        </button>
        <button type="button" class="ss-button" onClick={onDone}>
          {t('cancel')}
        </button>
        <button type="button" class="ss-button" disabled={test.kind === 'running'} onClick={() => void runTest()}>
          {t('topicTest')}
        </button>
      </div>
      {saveError && (
        <p class="ss-error" role="alert">
          {t('actionFailed', saveError)}
        </p>
      )}
      <div class="ss-topic-test" aria-live="polite">
        {test.kind === 'running' && <p>{t('topicTesting')}</p>}
        {test.kind === 'error' && (
          <p class="ss-error" role="alert">
            {t('actionFailed', test.message)}
          </p>
        )}
        {test.kind === 'done' &&
          (test.score === null ? (
            <p>{t('topicTestNoPage')}</p>
          ) : (
            <>
              <p>
                <strong>{test.score.onTopic ? t('topicTestOn') : t('topicTestOff')}</strong>
              </p>
              <TopicReasons topics={[test.score]} onlyMatching={false} />
            </>
          ))}
      </div>
    </form>
  );
}

/** Topic list with create / edit / delete, and the editor. */
export function TopicsSection({ topics, onSaveTopic, onDeleteTopic, onTestTopic }: TopicsSectionProps) {
  // undefined: no editor open; null: creating a new topic.
  const [editing, setEditing] = useState<TopicProfile | null | undefined>(undefined);
  return (
    <div class="ss-topics">
      {topics.length === 0 ? (
        <p class="ss-empty">{t('topicsEmpty')}</p>
      ) : (
        <ul class="ss-topic-list">
          {topics.map((topic) => (
            <li key={topic.id} class="ss-topic-item">
              <span>
                <strong>{topic.name}</strong>
                {topic.builtin && <span class="ss-muted ss-small"> · {t('topicBuiltin')}</span>}
                {topic.description && <span class="ss-muted ss-small ss-block">{topic.description}</span>}
              </span>
              <span class="ss-actions">
                <button type="button" class="ss-button" aria-label={t('topicEditLabel', topic.name)} onClick={() => setEditing(topic)}>
                  {t('edit')}
                </button>
                {!topic.builtin && (
                  <ConfirmButton
                    label={t('delete')}
                    ariaLabel={t('topicDeleteLabel', topic.name)}
                    question={t('topicDeleteQuestion', topic.name)}
                    confirmLabel={t('delete')}
                    onConfirm={() => onDeleteTopic(topic.id)}
                  />
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      {editing === undefined ? (
        <button type="button" class="ss-button ss-primary" onClick={() => setEditing(null)}>
          {t('topicNew')}
        </button>
      ) : (
        <TopicEditor
          key={editing?.id ?? 'new'}
          original={editing}
          topics={topics}
          onSaveTopic={onSaveTopic}
          onTestTopic={onTestTopic}
          onDone={() => setEditing(undefined)}
        />
      )}
    </div>
  );
}

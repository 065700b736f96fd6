import { useState } from 'preact/hooks';
import type { ClaimType } from '../../utils/types';
import { t } from '../i18n';
import { formatDate, outletLabel } from '../format';
import { SourcingBar } from '../shared/SourcingBar';
import type { ArticleView, PopupSettingsView, PopupState } from '../types';
import { ClaimList } from './ClaimList';
import { OtherOutlets } from './OtherOutlets';
import { PopupControls } from './PopupControls';
import { EmptyState, TopicReasons } from './VerdictHeader';

type MaybeAsync = void | Promise<unknown>;

export interface PopupProps {
  state: PopupState;
  settings: PopupSettingsView;
  onAnalyzeAnyway: () => MaybeAsync;
  onSave: () => MaybeAsync;
  onUnsave: () => MaybeAsync;
  onSelectClaim: (claimId: string) => void;
  onToggleHighlights: (on: boolean) => void;
  onToggleSite: (enabled: boolean) => void;
  onToggleType: (type: ClaimType, enabled: boolean) => void;
  onOpenCollection: () => void;
}

/** Runs a possibly-async action, tracking busy state and the error message to show. */
function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (action: () => MaybeAsync) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}

function SaveButton({ saved, onSave, onUnsave }: { saved: boolean; onSave: PopupProps['onSave']; onUnsave: PopupProps['onUnsave'] }) {
  const { busy, error, run } = useAction();
  return (
    <div class="ss-save">
      {saved ? (
        <button type="button" class="ss-button ss-saved" aria-pressed="true" disabled={busy} onClick={() => run(onUnsave)}>
          {t('saved')}
        </button>
      ) : (
        <button type="button" class="ss-button ss-primary" aria-pressed="false" disabled={busy} onClick={() => run(onSave)}>
          {t('save')}
        </button>
      )}
      {error && (
        <p class="ss-error" role="alert">
          {t('actionFailed', error)}
        </p>
      )}
    </div>
  );
}

function ArticleHeader({ article, forced }: { article: ArticleView; forced: boolean }) {
  return (
    <header class="ss-verdict ss-verdict-on">
      <p class="ss-verdict-label">{forced ? t('verdictForced') : t('verdictOnTopic')}</p>
      <h1 class="ss-article-title">{article.title}</h1>
      <p class="ss-article-meta">
        <span class="ss-outlet-name">{outletLabel(article.outlet, article.originalOutlet)}</span>
        {' · '}
        <span>{formatDate(article.publishedAt)}</span>
      </p>
      <TopicReasons topics={article.topics} onlyMatching={!forced} />
    </header>
  );
}

function Analyzed({ article, forced, props }: { article: ArticleView; forced: boolean; props: PopupProps }) {
  return (
    <>
      <ArticleHeader article={article} forced={forced} />
      <section class="ss-section" aria-labelledby="ss-sourcing-heading">
        <h2 id="ss-sourcing-heading" class="ss-section-title">
          {t('sourcingHeading')}
        </h2>
        <SourcingBar counts={article.counts} />
      </section>
      <SaveButton saved={article.saved} onSave={props.onSave} onUnsave={props.onUnsave} />
      <ClaimList claims={article.claims} enabledTypes={props.settings.enabledTypes} onSelectClaim={props.onSelectClaim} />
      <OtherOutlets event={article.event} claims={article.claims} />
    </>
  );
}

function OffTopic({ state, props }: { state: Extract<PopupState, { kind: 'off-topic' }>; props: PopupProps }) {
  const { busy, error, run } = useAction();
  const working = busy || state.analyzing === true;
  return (
    <EmptyState icon="◌" title={t('offTopicTitle')} body={state.title ? t('offTopicBodyTitled', state.title) : t('offTopicBody')}>
      <TopicReasons topics={state.topics} onlyMatching={false} />
      <button type="button" class="ss-button ss-primary" disabled={working} onClick={() => run(props.onAnalyzeAnyway)}>
        {working ? t('analyzing') : t('analyzeAnyway')}
      </button>
      {error && (
        <p class="ss-error" role="alert">
          {t('actionFailed', error)}
        </p>
      )}
    </EmptyState>
  );
}

function languageName(lang: string): string {
  try {
    const names = new Intl.DisplayNames(undefined, { type: 'language' });
    return names.of(lang) ?? lang;
  } catch {
    // Invalid or unusual tags ("x-klingon"): show the raw tag rather than nothing.
    return lang;
  }
}

function Body({ props }: { props: PopupProps }) {
  const { state } = props;
  switch (state.kind) {
    case 'loading':
      return (
        <div class="ss-loading" role="status" aria-live="polite">
          <span class="ss-spinner" aria-hidden="true" />
          {t('loading')}
        </div>
      );
    case 'no-page':
      return <EmptyState icon="○" title={t('noPageTitle')} body={t('noPageBody')} />;
    case 'not-article':
      return <EmptyState icon="▭" title={t('notArticleTitle')} body={state.reason || t('notArticleBody')} />;
    case 'not-analyzed-language':
      return <EmptyState icon="文" title={t('languageTitle')} body={t('languageBody', languageName(state.lang))} />;
    case 'off-topic':
      return <OffTopic state={state} props={props} />;
    case 'analyzed':
      return <Analyzed article={state.article} forced={state.verdict === 'forced'} props={props} />;
    case 'error':
      return <EmptyState icon="!" tone="error" title={t('errorTitle')} body={state.message || t('errorBody')} />;
  }
}

/** Whether the highlight controls make sense for this state (there is a page we looked at). */
function hasPage(state: PopupState): boolean {
  return state.kind !== 'loading' && state.kind !== 'no-page';
}

/** The toolbar popup: verdict, sourcing, claims, other outlets, controls. */
export function Popup(props: PopupProps) {
  return (
    <div class="ss-popup" data-state={props.state.kind}>
      <main class="ss-popup-main" aria-busy={props.state.kind === 'loading'}>
        <Body props={props} />
      </main>
      {hasPage(props.state) && (
        <PopupControls
          settings={props.settings}
          onToggleHighlights={props.onToggleHighlights}
          onToggleSite={props.onToggleSite}
          onToggleType={props.onToggleType}
        />
      )}
      <footer class="ss-popup-footer">
        <button type="button" class="ss-link-button" onClick={() => props.onOpenCollection()}>
          {t('openCollection')}
        </button>
      </footer>
    </div>
  );
}

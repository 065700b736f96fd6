// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import { Popup } from '../../../components/popup/Popup';
import { CollectionApp, type CollectionTab } from '../../../components/collection/CollectionApp';
import { hostileArticle, hostileEvent, hostileRow, IMG, MARKUP, SCRIPT } from '../../fixtures/components/hostile';
import { popupSettings, settings, topics } from '../../fixtures/components/views';

afterEach(cleanup);

/** No element came from page text: only our own tags, no handlers, no script URLs. */
function expectInert(container: Element) {
  expect(container.querySelectorAll('script, img, b, iframe, object')).toHaveLength(0);
  for (const el of Array.from(container.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      expect(attr.name.startsWith('on'), `${el.tagName} ${attr.name}`).toBe(false);
      expect(/^\s*(javascript|data|vbscript):/i.test(attr.value), `${el.tagName} ${attr.name}=${attr.value}`).toBe(false);
    }
  }
  expect((globalThis as { __ssPwned?: number }).__ssPwned).toBeUndefined();
}

describe('page text renders as text', () => {
  it('in the popup', () => {
    const noop = vi.fn();
    const { container } = render(
      <Popup
        state={{ kind: 'analyzed', verdict: 'on-topic', article: hostileArticle }}
        settings={popupSettings}
        onAnalyzeAnyway={noop} onSave={noop} onUnsave={noop} onSelectClaim={noop}
        onToggleHighlights={noop} onToggleSite={noop} onToggleType={noop} onOpenCollection={noop}
      />,
    );
    expectInert(container);
    const text = container.textContent ?? '';
    expect(text).toContain(`Breaking ${SCRIPT} news`);
    expect(text).toContain(`sources ${IMG}`);
    expect(text).toContain(MARKUP);
    expect(text).toContain(`Other title ${IMG}`);
    expect(text).toContain(`people ${SCRIPT}`);
  });

  it('in the popup error and not-article states', () => {
    const noop = vi.fn();
    for (const state of [{ kind: 'error', message: SCRIPT } as const, { kind: 'not-article', reason: IMG } as const]) {
      const { container } = render(
        <Popup state={state} settings={popupSettings} onAnalyzeAnyway={noop} onSave={noop} onUnsave={noop} onSelectClaim={noop}
          onToggleHighlights={noop} onToggleSite={noop} onToggleType={noop} onOpenCollection={noop} />,
      );
      expectInert(container);
      expect(container.textContent).toContain(state.kind === 'error' ? SCRIPT : IMG);
      cleanup();
    }
  });

  it.each(['articles', 'events', 'charts'] as CollectionTab[])('in the collection (%s)', (tab) => {
    const noop = vi.fn();
    const { container } = render(
      <CollectionApp
        initialTab={tab}
        articles={[hostileRow]}
        outlets={[{ outlet: hostileRow.outlet, articles: 1 }]}
        topics={[{ ...topics[0]!, name: `T ${SCRIPT}` }]}
        events={[hostileEvent]}
        charts={{ byOutlet: [{ outlet: `O ${IMG}`, counts: hostileRow.counts }], byWeek: [] }}
        settings={{ ...settings, sites: [{ site: IMG, enabled: true }] }}
        onQuery={noop} onToggleSaved={noop} onDeleteArticle={noop}
        onSaveTopic={noop} onDeleteTopic={noop} onTestTopic={async () => null}
        onChangeSettings={noop} onSetSite={noop} onRemoveSite={noop}
        onExportJson={noop} onExportCsv={noop} onImportJson={async () => ({ imported: 0 })}
        onDeleteOutlet={async () => 0} onDeleteAll={noop}
      />,
    );
    expectInert(container);
    const text = container.textContent ?? '';
    if (tab === 'articles') expect(text).toContain(`Row ${SCRIPT} ${IMG}`);
    if (tab === 'events') expect(text).toContain(`Event ${SCRIPT}`);
    if (tab === 'charts') expect(text).toContain(`O ${IMG}`);
  });

  it('no component source uses dangerouslySetInnerHTML or innerHTML', async () => {
    const { readFileSync, readdirSync, statSync } = await import('node:fs');
    const path = await import('node:path');
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((n) => (statSync(path.join(dir, n)).isDirectory() ? walk(path.join(dir, n)) : [path.join(dir, n)]));
    for (const file of walk(path.resolve(__dirname, '../../../components')).filter((f) => /\.tsx?$/.test(f))) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/dangerouslySetInnerHTML|innerHTML/);
    }
  });
});

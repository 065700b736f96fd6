// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { CollectionApp, type CollectionAppProps, type CollectionTab } from '../../../components/collection/CollectionApp';
import { charts, events, rows, settings, topics } from '../../fixtures/components/views';
import type { TopicProfile, TopicScore } from '../../../utils/types';

afterEach(cleanup);

function setup(over: Partial<CollectionAppProps> = {}, initialTab: CollectionTab = 'articles') {
  const props: CollectionAppProps = {
    articles: rows,
    outlets: [
      { outlet: 'The Los Angeles Post', articles: 1 },
      { outlet: 'Harbor Daily', articles: 3 },
    ],
    topics,
    events,
    charts,
    settings,
    initialTab,
    onQuery: vi.fn(),
    onToggleSaved: vi.fn(),
    onDeleteArticle: vi.fn(),
    onSaveTopic: vi.fn(async () => {}),
    onDeleteTopic: vi.fn(async () => {}),
    onTestTopic: vi.fn(async () => null),
    onChangeSettings: vi.fn(),
    onSetSite: vi.fn(),
    onRemoveSite: vi.fn(),
    onExportJson: vi.fn(async () => {}),
    onExportCsv: vi.fn(async () => {}),
    onImportJson: vi.fn(async () => ({ imported: 2 })),
    onDeleteOutlet: vi.fn(async () => 3),
    onDeleteAll: vi.fn(async () => {}),
    ...over,
  };
  render(<CollectionApp {...props} />);
  return props;
}

describe('tablist', () => {
  it('has ARIA roles and a roving tabindex', () => {
    setup();
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((tab) => tab.textContent)).toEqual(['Articles', 'Events', 'Charts', 'Topics', 'Settings', 'Data']);
    expect(tabs[0]!.getAttribute('aria-selected')).toBe('true');
    expect(tabs.filter((tab) => tab.getAttribute('tabindex') === '0')).toHaveLength(1);
    const panel = screen.getByRole('tabpanel');
    expect(panel.getAttribute('aria-labelledby')).toBe(tabs[0]!.id);
  });

  it('arrow keys, Home and End move focus and selection, wrapping around', () => {
    const props = setup({ onTabChange: vi.fn() });
    const tab = (name: string) => screen.getByRole('tab', { name });
    fireEvent.keyDown(tab('Articles'), { key: 'ArrowRight' });
    expect(tab('Events').getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tab('Events'));
    expect(props.onTabChange).toHaveBeenLastCalledWith('events');
    fireEvent.keyDown(tab('Events'), { key: 'End' });
    expect(document.activeElement).toBe(tab('Data'));
    fireEvent.keyDown(tab('Data'), { key: 'ArrowRight' });
    expect(tab('Articles').getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(tab('Articles'), { key: 'ArrowLeft' });
    expect(tab('Data').getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(tab('Data'), { key: 'Home' });
    expect(document.activeElement).toBe(tab('Articles'));
    expect(screen.getByRole('tabpanel').id).toBe('ss-panel-articles');
  });
});

describe('Articles', () => {
  it('typing in the search box reports the query', () => {
    const props = setup();
    fireEvent.input(screen.getByRole('searchbox', { name: /Search/ }), { target: { value: 'truce' } });
    expect(props.onQuery).toHaveBeenLastCalledWith(expect.objectContaining({ text: 'truce', savedOnly: false }));
  });

  it('filters are reported together with the current text', () => {
    const props = setup();
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'talks' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Outlet' }), { target: { value: 'Harbor Daily' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Topic' }), { target: { value: 'war' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Saved only' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'With unnamed sources' }));
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2024-03-01' } });
    expect(props.onQuery).toHaveBeenLastCalledWith({
      text: 'talks', outlet: 'Harbor Daily', topicId: 'war', savedOnly: true, unnamedOnly: true, from: '2024-03-01', to: null,
    });
  });

  it('rows show outlet, mini bar, star and delete with a confirm step', async () => {
    const props = setup();
    const items = screen.getAllByRole('listitem').filter((li) => li.classList.contains('ss-row'));
    expect(items).toHaveLength(2);
    const first = within(items[0]!);
    expect(first.getByRole('link').textContent).toBe('Truce talks stall');
    expect(items[0]!.textContent).toContain('CNN (via The Los Angeles Post)');
    expect(first.getByRole('img').getAttribute('aria-label')).toBe('Sourcing of 3 claims: 1 named, 2 anonymous');
    const star = first.getByRole('button', { name: 'Saved: Truce talks stall' });
    expect(star.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(star);
    expect(props.onToggleSaved).toHaveBeenCalledWith('a1', false);
    fireEvent.click(first.getByRole('button', { name: 'Delete “Truce talks stall”' }));
    expect(props.onDeleteArticle).not.toHaveBeenCalled();
    const confirm = first.getByRole('button', { name: 'Delete' });
    expect(document.activeElement).toBe(confirm);
    fireEvent.click(confirm);
    expect(props.onDeleteArticle).toHaveBeenCalledWith('a1');
  });

  it('cancel in the confirm step deletes nothing', () => {
    const props = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Delete “Markets close higher”' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(props.onDeleteArticle).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Delete “Markets close higher”' })).toBeTruthy();
  });

  it('empty collection and no-match states differ', () => {
    setup({ articles: [] });
    expect(screen.getByText(/Your collection is empty/)).toBeTruthy();
    cleanup();
    const props = setup({ articles: [] });
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'zzz' } });
    expect(screen.getByText('No article matches these filters.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(props.onQuery).toHaveBeenLastCalledWith(expect.objectContaining({ text: '' }));
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('');
  });
});

describe('Events', () => {
  it('draws a row per outlet with marks placed by date', () => {
    setup({}, 'events');
    expect(screen.getByRole('heading', { name: 'Truce talks, March 2024' })).toBeTruthy();
    const marks = screen.getAllByRole('link');
    expect(marks).toHaveLength(3);
    const lefts = marks.map((m) => (m as HTMLElement).style.left);
    expect(lefts).toEqual(['0%', '50%', '100%']);
    expect(marks[1]!.getAttribute('aria-label')).toMatch(/^Mediators report progress, /);
    const rowsText = screen.getAllByRole('listitem').map((li) => li.querySelector('.ss-timeline-outlet')?.textContent);
    expect(rowsText).toEqual(['The Los Angeles Post', 'Harbor Daily']);
  });

  it('has an empty state', () => {
    setup({ events: [] }, 'events');
    expect(screen.getByText(/No events yet/)).toBeTruthy();
  });
});

describe('Charts', () => {
  it('renders labelled SVG charts with table fallbacks', () => {
    setup({}, 'charts');
    const imgs = screen.getAllByRole('img');
    expect(imgs.length).toBe(2);
    expect(imgs[0]!.querySelector('title')!.textContent).toBe('Sourcing mix by outlet');
    expect(imgs[0]!.querySelector('desc')!.textContent).toContain('Harbor Daily: Sourcing of 3 claims: 3 named');
    // One rect per non-zero type and outlet: LA Post has named + anonymous, Harbor only named.
    expect(imgs[0]!.querySelectorAll('rect')).toHaveLength(3);
    const tables = screen.getAllByRole('table');
    expect(tables).toHaveLength(2);
    expect(tables[1]!.textContent).toContain('67%');
  });

  it('has an empty state', () => {
    setup({ charts: { byOutlet: [], byWeek: [] } }, 'charts');
    expect(screen.getAllByText('Not enough data for this chart yet.')).toHaveLength(2);
  });
});

describe('Topics', () => {
  it('validates the editor and does not save invalid drafts', async () => {
    const props = setup({}, 'topics');
    fireEvent.click(screen.getByRole('button', { name: 'New topic' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save topic' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Please fix the marked fields.');
    expect(screen.getByText('Give the topic a name.')).toBeTruthy();
    expect(screen.getByText('Add at least one keyword.')).toBeTruthy();
    const name = screen.getByLabelText('Name');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(name.getAttribute('aria-describedby')).toContain('ss-name-err');
    fireEvent.input(name, { target: { value: 'israel–hamas WAR' } });
    expect(screen.getByText('Another topic already has this name.')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Threshold'), { target: { value: '-2' } });
    expect(screen.getByText('Enter a number greater than 0.')).toBeTruthy();
    expect(props.onSaveTopic).not.toHaveBeenCalled();
  });

  it('saves a valid new topic as a profile', async () => {
    const props = setup({}, 'topics');
    fireEvent.click(screen.getByRole('button', { name: 'New topic' }));
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Lebanon border' } });
    fireEvent.input(screen.getByLabelText('Keywords'), { target: { value: 'Hezbollah, border clashes, shelling' } });
    fireEvent.input(screen.getByLabelText('Exclude words'), { target: { value: 'football' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save topic' }));
    await waitFor(() => expect(props.onSaveTopic).toHaveBeenCalledTimes(1));
    const saved = vi.mocked(props.onSaveTopic).mock.calls[0]![0];
    expect(saved.name).toBe('Lebanon border');
    expect(saved.entities.map((e) => e.term)).toEqual(['Hezbollah']);
    expect(saved.phrases.map((e) => e.term)).toEqual(['border clashes']);
    expect(saved.terms.map((e) => e.term)).toEqual(['shelling']);
    expect(saved.negative.map((e) => e.term)).toEqual(['football']);
    // The editor closes after saving.
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Save topic' })).toBeNull());
  });

  it('tests a topic against the open page and shows the reasons', async () => {
    const onTestTopic = vi.fn(async (_topic: TopicProfile): Promise<TopicScore | null> => ({
      topicId: 'war', topic: 'Israel–Hamas war', score: 9, onTopic: true,
      reasons: [{ term: 'hostages', where: 'title' as const, weight: 2, count: 2 }],
    }));
    setup({ onTestTopic }, 'topics');
    fireEvent.click(screen.getByRole('button', { name: 'Edit topic Israel–Hamas war' }));
    expect((screen.getByLabelText('Keywords') as HTMLTextAreaElement).value).toBe('Hamas, gaza strip, ceasefire, hostages');
    fireEvent.click(screen.getByRole('button', { name: 'Test against the open page' }));
    expect(await screen.findByText('The open page is on this topic.')).toBeTruthy();
    expect(screen.getByText(/hostages \(title ×2\)/)).toBeTruthy();
    expect(onTestTopic.mock.calls[0]![0]).toMatchObject({ id: 'war', threshold: 5 });
  });

  it('says when no page is open, and builtin topics cannot be deleted', async () => {
    setup({}, 'topics');
    expect(screen.queryByRole('button', { name: /Delete topic/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Edit topic Israel–Hamas war' }));
    fireEvent.click(screen.getByRole('button', { name: 'Test against the open page' }));
    expect(await screen.findByText('No article is open in the active tab.')).toBeTruthy();
  });

  it('user topics delete after confirmation', async () => {
    const mine = { ...topics[0]!, id: 'mine', name: 'Mine', builtin: false };
    const props = setup({ topics: [...topics, mine] }, 'topics');
    fireEvent.click(screen.getByRole('button', { name: 'Delete topic Mine' }));
    expect(screen.getByText('Delete the topic “Mine”?')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(props.onDeleteTopic).toHaveBeenCalledWith('mine');
  });
});

describe('Settings', () => {
  it('shows the disk-full pause and reports changes', () => {
    const props = setup({ settings: { ...settings, autoCapturePausedByDisk: true } }, 'settings');
    expect(screen.getByRole('alert').textContent).toMatch(/paused because storage is full/);
    fireEvent.click(screen.getByRole('checkbox', { name: /Keep on-topic articles/ }));
    expect(props.onChangeSettings).toHaveBeenCalledWith({ autoCapture: false });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Named' }));
    expect(props.onChangeSettings).toHaveBeenLastCalledWith({ highlightTypes: ['named', 'anonymous', 'vague'] });
    fireEvent.click(screen.getByRole('checkbox', { name: 'harbor.example' }));
    expect(props.onSetSite).toHaveBeenCalledWith('harbor.example', true);
    fireEvent.click(screen.getByRole('button', { name: 'Remove the setting for lapost.example' }));
    expect(props.onRemoveSite).toHaveBeenCalledWith('lapost.example');
  });

  it('no pause message when not paused; empty site list', () => {
    setup({ settings: { ...settings, sites: [] } }, 'settings');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText(/No site has its own setting yet/)).toBeTruthy();
  });
});

describe('Data', () => {
  const file = () => new File(['{}'], 'export.json', { type: 'application/json' });

  it('shows import progress, then the result', async () => {
    let report: (f: number) => void = () => {};
    let finish: (v: { imported: number }) => void = () => {};
    const onImportJson = vi.fn((_f: File, onProgress: (f: number) => void) => {
      report = onProgress;
      return new Promise<{ imported: number }>((resolve) => (finish = resolve));
    });
    setup({ onImportJson }, 'data');
    fireEvent.change(screen.getByLabelText('Import a JSON export'), { target: { files: [file()] } });
    await waitFor(() => expect(onImportJson).toHaveBeenCalledTimes(1));
    act(() => report(0.4));
    const bar = await screen.findByRole('progressbar');
    expect(bar.getAttribute('value')).toBe('0.4');
    expect(screen.getByText('40%')).toBeTruthy();
    await act(async () => finish({ imported: 7 }));
    expect(await screen.findByText('Imported 7 articles.')).toBeTruthy();
  });

  it('shows a clear error for a rejected file', async () => {
    setup({ onImportJson: vi.fn(async () => Promise.reject(new Error('not a Second Source export'))) }, 'data');
    fireEvent.change(screen.getByLabelText('Import a JSON export'), { target: { files: [file()] } });
    expect((await screen.findByRole('alert')).textContent).toBe('This file was not imported: not a Second Source export');
  });

  it('exports', async () => {
    const props = setup({}, 'data');
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(props.onExportCsv).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Export ready.')).toBeTruthy();
  });

  it('deletes one outlet after choosing it and confirming', async () => {
    const props = setup({}, 'data');
    const button = screen.getByRole('button', { name: "Delete this outlet's articles" }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.change(screen.getByRole('combobox', { name: 'Outlet' }), { target: { value: 'Harbor Daily' } });
    fireEvent.click(screen.getByRole('button', { name: "Delete this outlet's articles" }));
    expect(screen.getByText('Delete every article from Harbor Daily?')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(props.onDeleteOutlet).toHaveBeenCalledWith('Harbor Daily'));
    expect(await screen.findByText('Deleted 3 articles from Harbor Daily.')).toBeTruthy();
  });

  it('delete everything needs a confirm step', async () => {
    const props = setup({}, 'data');
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything…' }));
    expect(props.onDeleteAll).not.toHaveBeenCalled();
    expect(screen.getByText(/This cannot be undone/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    await waitFor(() => expect(props.onDeleteAll).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Everything was deleted.')).toBeTruthy();
  });

  it('a failing delete is shown', async () => {
    setup({ onDeleteAll: vi.fn(async () => Promise.reject(new Error('database closed'))) }, 'data');
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Deleting failed: database closed');
  });
});

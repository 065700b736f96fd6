// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { Popup, type PopupProps } from '../../../components/popup/Popup';
import type { PopupState } from '../../../components/types';
import { article, outletFull, popupSettings, topicOff } from '../../fixtures/components/views';

afterEach(cleanup);

function setup(state: PopupState, over: Partial<PopupProps> = {}) {
  const props: PopupProps = {
    state,
    settings: popupSettings,
    onAnalyzeAnyway: vi.fn(),
    onSave: vi.fn(),
    onUnsave: vi.fn(),
    onSelectClaim: vi.fn(),
    onToggleHighlights: vi.fn(),
    onToggleSite: vi.fn(),
    onToggleType: vi.fn(),
    onOpenCollection: vi.fn(),
    ...over,
  };
  const view = render(<Popup {...props} />);
  return { props, view };
}

describe('Popup view states', () => {
  it('loading shows a status and no controls', () => {
    setup({ kind: 'loading' });
    expect(screen.getByRole('status').textContent).toMatch(/Reading this page/);
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('no-page explains what to do and still links to the collection', () => {
    const { props } = setup({ kind: 'no-page' });
    expect(screen.getByRole('heading', { name: /Nothing to look at here/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Open your collection/ }));
    expect(props.onOpenCollection).toHaveBeenCalledTimes(1);
  });

  it('not-article shows the gate reason', () => {
    setup({ kind: 'not-article', reason: 'No article metadata and too little prose.' });
    expect(screen.getByRole('heading', { name: /not a news article/ })).toBeTruthy();
    expect(screen.getByText('No article metadata and too little prose.')).toBeTruthy();
  });

  it('language state names the language', () => {
    setup({ kind: 'not-analyzed-language', lang: 'fr' });
    expect(screen.getByRole('heading', { name: /language is not analyzed/ })).toBeTruthy();
    expect(screen.getByText(/French/)).toBeTruthy();
  });

  it('off-topic shows the reasons and calls onAnalyzeAnyway', async () => {
    const { props } = setup({ kind: 'off-topic', topics: [topicOff], title: 'Markets rally' });
    expect(screen.getByRole('heading', { name: /Not on your topics/ })).toBeTruthy();
    expect(screen.getByText(/Israel–Hamas war/)).toBeTruthy();
    expect(screen.getByText(/israel \(text\)/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Analyze this page anyway/ }));
    await waitFor(() => expect(props.onAnalyzeAnyway).toHaveBeenCalledTimes(1));
  });

  it('off-topic shows an error when analyzing anyway fails', async () => {
    setup({ kind: 'off-topic', topics: [topicOff] }, { onAnalyzeAnyway: () => Promise.reject(new Error('tab closed')) });
    fireEvent.click(screen.getByRole('button', { name: /Analyze this page anyway/ }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/tab closed/);
  });

  it('error state shows the message as an alert', () => {
    setup({ kind: 'error', message: 'Extraction failed: empty body' });
    expect(screen.getByRole('alert').textContent).toMatch(/Something went wrong.*Extraction failed: empty body/);
  });
});

describe('Popup on an analyzed article', () => {
  it('shows title, syndication, date, topic reasons and the sourcing bar', () => {
    setup({ kind: 'analyzed', verdict: 'on-topic', article: article() });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Truce talks stall as delegations leave');
    expect(screen.getAllByText('CNN (via The Los Angeles Post)').length).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { level: 1 }).nextElementSibling!.textContent).toMatch(/5.*2024|2024.*5/);
    expect(screen.getByText(/ceasefire \(title\)/)).toBeTruthy();
    expect(screen.getByText(/hostages \(text ×4\)/)).toBeTruthy();
    expect(screen.getByText(/not: football/)).toBeTruthy();
    const bar = screen.getAllByRole('img')[0]!;
    expect(bar.getAttribute('aria-label')).toBe('Sourcing of 3 claims: 1 named, 1 anonymous, 1 vague');
  });

  it('lists claims as buttons that select the claim', () => {
    const { props } = setup({ kind: 'analyzed', verdict: 'on-topic', article: article() });
    const list = screen.getByRole('heading', { name: /Flagged claims \(3\)/ }).parentElement!;
    const buttons = within(list).getAllByRole('button');
    expect(buttons).toHaveLength(3);
    expect(buttons[0]!.textContent).toContain('Anonymous');
    expect(buttons[0]!.textContent).toContain('“a senior official”');
    expect(buttons[0]!.textContent).toContain("no name given: 'a senior official'");
    expect(buttons[2]!.textContent).toContain('no source phrase');
    // A native <button> turns Enter and Space into click, so keyboard users get the same path.
    expect(buttons[1]!.tagName).toBe('BUTTON');
    fireEvent.click(buttons[1]!);
    expect(props.onSelectClaim).toHaveBeenCalledWith('c2');
  });

  it('lists only the highlighted types and says how many are hidden', () => {
    setup(
      { kind: 'analyzed', verdict: 'on-topic', article: article() },
      { settings: { ...popupSettings, enabledTypes: ['anonymous'] } },
    );
    expect(screen.getByRole('heading', { name: 'Flagged claims (1)' })).toBeTruthy();
    expect(screen.getByText('2 more claims are of types you do not highlight.')).toBeTruthy();
  });

  it('shows other outlets with stances, new-tab links and headline-only notes', () => {
    setup({ kind: 'analyzed', verdict: 'on-topic', article: article() });
    const section = screen.getByRole('heading', { name: 'Other outlets on this event' }).parentElement!;
    const links = within(section).getAllByRole('link');
    expect(links).toHaveLength(2);
    expect(links[0]!.getAttribute('href')).toBe('https://harbor.example/truce');
    expect(links[0]!.getAttribute('target')).toBe('_blank');
    expect(links[0]!.getAttribute('rel')).toContain('noopener');
    expect(section.textContent).toContain('confirms — anonymous: “US and Qatari sources”');
    expect(section.textContent).toContain('names a source — institutional: “the interior ministry”');
    expect(section.textContent).toContain('Does not mention 1 of this article\'s claims.');
    expect(section.textContent).toContain('Metro News (via Valley Wire)');
    expect(section.textContent).toContain('Only the headline was seen');
    expect(section.textContent).not.toContain('No other outlet seen');
  });

  it('disputes are shown as such', () => {
    const disputed = { ...outletFull, perClaim: [{ claimId: 'c2', stance: 'disputes' as const, otherType: 'named' as const, otherSource: 'Mark Lee' }] };
    setup({ kind: 'analyzed', verdict: 'on-topic', article: article({ event: { title: 'x', outlets: [disputed] } }) });
    expect(screen.getByText('disputes — named: “Mark Lee”')).toBeTruthy();
  });

  it('says when no other outlet was seen', () => {
    setup({ kind: 'analyzed', verdict: 'on-topic', article: article({ event: null }) });
    expect(screen.getByText('No other outlet seen for this event yet.')).toBeTruthy();
  });

  it('unsaved article saves; saved article unsaves', async () => {
    const first = setup({ kind: 'analyzed', verdict: 'on-topic', article: article({ saved: false }) });
    fireEvent.click(screen.getByRole('button', { name: 'Save to collection' }));
    await waitFor(() => expect(first.props.onSave).toHaveBeenCalledTimes(1));
    expect(first.props.onUnsave).not.toHaveBeenCalled();
    cleanup();
    const second = setup({ kind: 'analyzed', verdict: 'on-topic', article: article({ saved: true }) });
    const saved = screen.getByRole('button', { name: 'Saved ✓' });
    expect(saved.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(saved);
    await waitFor(() => expect(second.props.onUnsave).toHaveBeenCalledTimes(1));
  });

  it('a failed save is reported', async () => {
    setup({ kind: 'analyzed', verdict: 'on-topic', article: article() }, { onSave: () => Promise.reject(new Error('disk full')) });
    fireEvent.click(screen.getByRole('button', { name: 'Save to collection' }));
    expect((await screen.findByRole('alert')).textContent).toContain('disk full');
  });

  it('forced analysis says so and lists all topic scores', () => {
    setup({ kind: 'analyzed', verdict: 'forced', article: article({ topics: [topicOff] }) });
    expect(screen.getByText('Analyzed on request')).toBeTruthy();
    expect(screen.getByText(/israel \(text\)/)).toBeTruthy();
  });

  it('controls report the new values', () => {
    const { props } = setup({ kind: 'analyzed', verdict: 'on-topic', article: article() });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Highlight claims on pages' }));
    expect(props.onToggleHighlights).toHaveBeenCalledWith(false);
    fireEvent.click(screen.getByRole('checkbox', { name: 'On lapost.example' }));
    expect(props.onToggleSite).toHaveBeenCalledWith(false);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Vague' }));
    expect(props.onToggleType).toHaveBeenCalledWith('vague', false);
  });
});

/**
 * Reaching the gate script of a tab. On articles the analysis script answers
 * messages; on pages whose title touched a topic only the gate script runs,
 * and it listens to nothing (utils/content/gateProtocol.ts), so its state is
 * read by running a one-line function in the extension's isolated world of
 * that tab. On every other page (the background's look at the tab's title
 * turned it away, or it was open before the extension) nothing of ours runs:
 * opening the popup there injects the gate, which checks the page as it would
 * have, description and all.
 */
import { browser } from 'wxt/browser';
import { GATE_GLOBAL, GATE_SCRIPT } from '@/utils/content/gateProtocol';
import type { PageState } from '@/utils/messages';

type GateCall = 'state' | 'analyzeAnyway';

export async function callGate(tabId: number, call: GateCall): Promise<PageState | null> {
  const first = await askGate(tabId, call);
  if (first) return first;
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [GATE_SCRIPT] });
  return askGate(tabId, call);
}

async function askGate(tabId: number, call: GateCall): Promise<PageState | null> {
  const [first] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    // Runs in the tab (serialized): no closures, only its arguments.
    func: (key: string, what: GateCall) => {
      const gate = (window as unknown as Record<string, { settled(): Promise<void>; state(): unknown; analyzeAnyway(): Promise<unknown> } | undefined>)[key];
      if (!gate) return null;
      return what === 'state' ? gate.settled().then(() => gate.state()) : gate.analyzeAnyway();
    },
    args: [GATE_GLOBAL, call],
  });
  return (first?.result as PageState | null | undefined) ?? null;
}

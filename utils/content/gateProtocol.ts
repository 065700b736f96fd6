/**
 * The gate script's own small protocol. That script runs in many pages, so it
 * carries neither webextension-polyfill nor the messaging library (together
 * they were most of its start-up cost): it sends exactly one kind of message,
 * with the promise-based `runtime.sendMessage` both browsers have in MV3, and
 * answers nothing (the analysis script answers the popup; on pages without it
 * the extension reads the gate's state with `scripting.executeScript`).
 * Typed here, validated where it enters the background (utils/validate.ts).
 */
import type { PageState } from '../messages';
import type { GateQuestion } from './gatekeeper';

export const GATE_MESSAGE = 'ss:pageGate' as const;

export interface GateMessage {
  kind: typeof GATE_MESSAGE;
  q: GateQuestion;
}

export interface GateReply {
  pass: boolean;
}

export function gateMessage(q: GateQuestion): GateMessage {
  return { kind: GATE_MESSAGE, q };
}

export function isGateMessage(m: unknown): m is { kind: typeof GATE_MESSAGE; q: unknown } {
  return typeof m === 'object' && m !== null && (m as { kind?: unknown }).kind === GATE_MESSAGE;
}

/** What the gate script publishes on its isolated world's window for the analysis script and the extension's pages. */
export interface GateApi {
  state(): PageState;
  settled(): Promise<void>;
  analyzeAnyway(): Promise<PageState>;
  run(opts?: { force?: boolean }): Promise<void>;
  article(): import('../types').AnalyzedArticle | null;
  extracted(): import('../types').ExtractedArticle | null;
  select(index: number): boolean;
  next(): boolean;
}

export const GATE_GLOBAL = '__ssSecondSourceGate';

/** The gate script as built by WXT from entrypoints/gate.ts: the background and the popup inject it. */
export const GATE_SCRIPT = '/gate.js';

export function findGate(w: object): GateApi | null {
  const g = (w as Record<string, unknown>)[GATE_GLOBAL];
  return g && typeof g === 'object' && typeof (g as GateApi).state === 'function' ? (g as GateApi) : null;
}

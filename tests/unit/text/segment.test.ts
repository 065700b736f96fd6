import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../../utils/text/segment';

const split = (t: string): string[] => segmentSentences(t).map((s) => t.slice(s.start, s.end));

describe('segmentSentences', () => {
  it('does not split after titles and abbreviations', () => {
    expect(split('Sen. Warren and Rep. Jones met Gen. Halevi and Lt. Col. Lerner. Dr. Smith agreed.')).toEqual([
      'Sen. Warren and Rep. Jones met Gen. Halevi and Lt. Col. Lerner.', 'Dr. Smith agreed.']);
    expect(split('Mr. and Mrs. Cohen left at 3 p.m. on Aug. 5 and Sept. 12. They returned.')).toEqual([
      'Mr. and Mrs. Cohen left at 3 p.m. on Aug. 5 and Sept. 12.', 'They returned.']);
    expect(split('Acme Inc. and Widget Corp. signed on St. Patrick\'s Day, No. 4 vs. No. 5.')).toHaveLength(1);
  });
  it('splits after U.S. only when a sentence clearly starts', () => {
    expect(split('U.S. officials said it. The group is based in the U.S. The talks failed.')).toEqual([
      'U.S. officials said it.', 'The group is based in the U.S.', 'The talks failed.']);
    expect(split('The U.S. Embassy said so.')).toHaveLength(1);
  });
  it('keeps initials and numbers inside the sentence', () => {
    expect(split('Donald J. Trump met J. Smith. Growth was 3.5 percent.')).toEqual(['Donald J. Trump met J. Smith.', 'Growth was 3.5 percent.']);
  });
  it('handles datelines', () => {
    expect(split('(CNN) — Qatar agreed. GAZA CITY (Reuters) - Strikes hit. JERUSALEM, Nov. 8 (Reuters) - Talks resumed.')).toEqual([
      '(CNN) — Qatar agreed.', 'GAZA CITY (Reuters) - Strikes hit.', 'JERUSALEM, Nov. 8 (Reuters) - Talks resumed.']);
  });
  it('ends headlines and lines without punctuation at the line break', () => {
    expect(split('Qatar agrees to expel Hamas, sources say\n\nThe deal was struck. Officials confirmed it')).toEqual([
      'Qatar agrees to expel Hamas, sources say', 'The deal was struck.', 'Officials confirmed it']);
  });
  it('splits quoted sentences after the closing quote, not inside "?" followed by lower case', () => {
    expect(split('"We will not leave. This is final," he said. "Who knows?" she asked.')).toEqual([
      '"We will not leave.', 'This is final," he said.', '"Who knows?" she asked.']);
  });
  it('returns trimmed, ordered, disjoint spans', () => {
    const t = '  One.  Two!   Three?  ';
    const spans = segmentSentences(t);
    expect(spans.map((s) => t.slice(s.start, s.end))).toEqual(['One.', 'Two!', 'Three?']);
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
  });
  it('splits sentences glued together where scraped copy lost a paragraph break', () => {
    expect(split('They build bombs.\u201dIsraeli officials believe it. Then it ended.This period lasted.')).toEqual([
      'They build bombs.\u201d', 'Israeli officials believe it.', 'Then it ended.', 'This period lasted.']);
    expect(split('What is defunding?What does it mean?')).toEqual(['What is defunding?', 'What does it mean?']);
    // A straight quote after the mark: closing when one is open, opening when none is.
    expect(split('He said, "We will go."The talks failed.')).toEqual(['He said, "We will go."', 'The talks failed.']);
    expect(split('He gave money to Tillis."We have one candidate," he said.')).toEqual(['He gave money to Tillis.', '"We have one candidate," he said.']);
    expect(split('It ended.\u201cWe are done,\u201d he said.')).toEqual(['It ended.', '\u201cWe are done,\u201d he said.']);
    // A direction given by the caller wins over counting.
    const t = 'exist."In all."Next one.';
    const byCaller = segmentSentences(t, (k) => (k === 6 ? true : undefined)).map((s) => t.slice(s.start, s.end));
    expect(byCaller).toEqual(['exist.', '"In all."', 'Next one.']);
  });
  it('does not split addresses, numbers, brands or initialisms glued to a capital', () => {
    expect(split('Write to Rebecca.Ballhaus@wsj.com or visit www.Example.Com today.')).toHaveLength(1);
    expect(split('Growth was 3.5 percent in the U.S.A. and Yahoo!News said so.')).toHaveLength(1);
    expect(split('Mr.Smith and Corp.News met.')).toHaveLength(1);
  });
});

/**
 * attribution-1.8.53: reports of a press named by its place or owner are that press's reporting (`report`), as the
 * press itself is ("Israeli media reported"); reports of no particular press stay unnamed (`vague`). From two
 * labeled held-out sets that typed "Local media reports say" and "reports … in the news media" as another outlet's.
 * The sentences here are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/attribution/analyze';
import { classifySource } from '../../../utils/attribution/source';
import { claims } from './helpers';

describe('reports of a named press', () => {
  it('a press named by place or owner reports, in every layout', () => {
    expect(claims('Local media reports say there were clashes outside the embassy.')).toEqual([{ type: 'report', source: 'Local media reports' }]);
    expect(claims('Turkish media reports said the ship was seized.')).toEqual([{ type: 'report', source: 'Turkish media reports' }]);
    expect(claims('The ship was seized on Monday, according to state media reports.')).toEqual([{ type: 'report', source: 'state media reports' }]);
    expect(claims('Reports in the Israeli press have indicated that the talks stalled.')).toEqual([{ type: 'report', source: 'Reports in the Israeli press' }]);
  });
  it('reports of no particular press stay unnamed, now with the words that name them', () => {
    expect(claims('Media reports say the talks stalled.')).toEqual([{ type: 'vague', source: 'Media reports' }]);
    expect(claims('Several news reports have indicated that the talks stalled.')).toEqual([{ type: 'vague', source: 'Several news reports' }]);
    expect(claims('Press reports revealed that the mayor had filed for bankruptcy.')).toEqual([{ type: 'vague', source: 'Press reports' }]);
    // A sentence's first capital names no place: "Early" is a time.
    expect(claims('Early news reports said the driver was born abroad.')).toEqual([{ type: 'vague', source: 'Early news reports' }]);
  });
  it('the reader sees why', () => {
    expect(analyzeText('Local media reports say there were clashes.')[0]?.reason).toBe("attributed to another outlet: 'Local media reports'");
    expect(analyzeText('Media reports say there were clashes.')[0]?.reason).toBe("unnamed outlet's report: 'Media reports'");
  });
  it('the classifier draws the same line', () => {
    expect(classifySource('Iranian media reports')?.type).toBe('report');
    expect(classifySource('reports in the media')?.type).toBe('report');
    expect(classifySource('several media reports')?.type).toBe('vague');
    expect(classifySource('some press reports in recent weeks')?.type).toBe('vague');
    expect(classifySource('press reports from Washington')?.type).toBe('vague');
  });
  it('a report that is only a phrase claims nothing', () => {
    expect(claims('The news reports write themselves: hush money, then denials.')).toEqual([]);
  });
});

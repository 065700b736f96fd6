/**
 * attribution-1.8.71: whom a "they" refers to when the sentence before gave no source, a politician's allies, the
 * person who leads a group, a participle that goes on with the speaker just named, and "responded by" a deed.
 * From the read held-out sets' misses and the corpus diffs they led to. The sentences here are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/attribution/analyze';
import { classifySource } from '../../../utils/attribution/source';

/** The claims of `text` as type, source phrase and reason, in order. */
function claims(text: string): { type: string; source: string | null; reason: string }[] {
  return analyzeText(text).map((c) => ({ type: c.type, source: c.source?.text ?? null, reason: c.reason }));
}

describe('"they" after a group of people that acts in the sentence before', () => {
  it('refers to that group, not to the last source further back', () => {
    const out = claims('Schumer called the decision a gross abuse. Legal experts differed over how much latitude Trump would have. '
      + 'They cautioned that the fight may last for years.');
    expect(out[1]).toMatchObject({ type: 'vague', source: 'They' });
    expect(out[1]!.reason).toContain('Legal experts');
    const aides = claims('Bratton said protests could wait. City Hall officials seemed genuinely surprised by the backlash. '
      + 'They said the mayor was not concerned with the optics.');
    expect(aides[1]).toMatchObject({ type: 'anonymous', source: 'They' });
    expect(aides[1]!.reason).toContain('City Hall officials');
  });
  it('takes the subject of the last clause of that sentence', () => {
    const out = claims('Smith said nothing. While some liberals stayed home, many conservatives turned out in force. '
      + 'They note that the turnout was the highest in decades.');
    expect(out.find((c) => c.source === 'They')?.reason ?? '').toContain('many conservatives');
  });
  it('a group that names itself is given as it is: no unnamed flag', () => {
    const out = claims('Smith said nothing. Foster parents Cheri and Travis Norwood filed a complaint about the judge. '
      + 'They alleged the judge delayed the case for years.');
    expect(out.some((c) => c.type === 'anonymous' || c.type === 'vague')).toBe(false);
  });
  it('not past a source just before, nor when someone else speaks in that sentence', () => {
    expect(claims('Several analysts say it saves lives. Investigators did not act on the reports. '
      + 'But even if they had, he would have kept his guns, they say.')[1]?.reason ?? '').toContain('Several analysts');
    expect(claims('Family members of Martin Richard held a private funeral Mass Tuesday, his parents said in a statement. '
      + 'A public memorial service is planned, they said.').some((c) => c.type === 'anonymous')).toBe(false);
  });
});

describe('a politician\'s allies are unnamed people', () => {
  it('"Trump allies", "Gove\'s allies", "his allies", "allies of President Obama"', () => {
    for (const phrase of ['Trump allies', "Gove's allies", 'his allies', 'allies of President Obama', "the president's allies", 'Close allies of Mr. Trump'])
      expect(classifySource(phrase)?.type, phrase).toBe('anonymous');
    expect(claims("Gove's allies said he had growing doubts about Johnson's ability.")).toMatchObject([{ type: 'anonymous', source: "Gove's allies" }]);
  });
  it('not a country\'s or a bloc\'s', () => {
    for (const phrase of ['Western allies', 'its allies', 'NATO allies', 'Gulf allies', 'U.S. allies', "America's allies", 'allies of Israel', 'GOP allies'])
      expect(classifySource(phrase)?.type ?? null, phrase).not.toBe('anonymous');
  });
});

describe('the person who leads or joins a group is not its voice', () => {
  it('"The aides, led by campaign manager Terry Sullivan, told …" is the aides\' claim', () => {
    const out = claims('The aides, led by campaign manager Terry Sullivan, told the group that they were not expecting to win Iowa. '
      + 'They said they were hopeful.');
    expect(out).toMatchObject([{ type: 'anonymous', source: 'The aides' }, { type: 'anonymous', source: 'They' }]);
  });
  it('a named speaker with a companion stays named', () => {
    expect(claims('Trump, joined by Vice President Mike Pence, said the deal was done.')).toMatchObject([{ type: 'named', source: 'Trump' }]);
  });
  it('research staff at a bank named for a place speak for the bank', () => {
    expect(classifySource('analysts at Bank of America')?.type).toBe('institutional');
    expect(classifySource('economists at the University of Michigan')?.type).toBe('institutional');
    expect(classifySource('analysts at West Bank')?.type).toBe('vague');
  });
});

describe('a participle right after a speaker\'s cue is that speaker\'s', () => {
  it('"…, he said, adding …" does not hand the claim to the sentence\'s subject', () => {
    const out = claims('Smith, a senator, spoke. Senior officials, such as those on the board now, also should resign, he said, adding, "The foundation is a mess."');
    expect(out.some((c) => c.source === 'Senior officials')).toBe(false);
    expect(out[out.length - 1]).toMatchObject({ source: 'he' });
  });
  it('the subject still speaks through a participle after its own cue', () => {
    expect(claims('Officials said the deal was done, adding that talks would go on.')).toMatchObject([{ type: 'anonymous', source: 'Officials' }]);
  });
});

describe('"responded by" a deed is no claim', () => {
  it('"Hungary responded by erecting a fence" says nothing', () => {
    expect(claims('Hungary has responded by erecting a fence along its border with Serbia.')).toEqual([]);
    expect(claims('Officials responded by putting the video on TV.')).toEqual([]);
  });
  it('"responded by saying", "by suggesting", "by issuing a statement" answer in words', () => {
    expect(claims('Officials responded by saying the rope was rude.')).toMatchObject([{ type: 'anonymous', source: 'Officials' }]);
    expect(claims('Bernie Sanders responded by suggesting there is little daylight between them.')).toMatchObject([{ type: 'named', source: 'Bernie Sanders' }]);
    expect(claims('Smith responded by issuing a statement calling it rude.')).toMatchObject([{ type: 'named', source: 'Smith' }]);
  });
});

describe('a pronoun after "X said, according to an aide" is X', () => {
  it('the aide who relays is not whom "she" refers to', () => {
    const out = claims('"People will go to jail," Pelosi said, according to an aide in the room. "Be calm. Don\'t become like them," she added.');
    expect(out[0]).toMatchObject({ type: 'anonymous', source: 'an aide' });
    expect(out.slice(1).every((c) => c.type === 'named' && c.reason.includes('Pelosi'))).toBe(true);
  });
  it('a contraction or a common word with the sentence\'s capital is no name a pronoun refers to', () => {
    const out = claims('Close allies of the family should resign, he said. They are close.');
    expect(out[0]!.reason).not.toContain('Close)');
  });
});

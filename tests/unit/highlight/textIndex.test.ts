// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildTextIndex, locate, toRange, stripWhitespace } from '../../../utils/highlight/textIndex';
import { placeClaims } from '../../../utils/highlight/highlighter';
import type { Claim } from '../../../utils/types';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('text index over the live page', () => {
  it('finds text that spans links, emphasis and several text nodes, ignoring whitespace differences', () => {
    const body = page('<article><p>A <a href="#">senior   administration</a> official <em>told</em>\n CNN the talks stalled.</p></article>');
    const idx = buildTextIndex([body]);
    const at = locate(idx, 'A senior administration official told CNN');
    expect(at).not.toBeNull();
    const range = toRange(idx, at!.start, at!.end)!;
    expect(range.toString().replace(/\s+/g, ' ')).toBe('A senior   administration official told\n CNN'.replace(/\s+/g, ' '));
  });

  it('skips captions, navigation, asides and related boxes', () => {
    const body = page(
      '<nav>Sources say nothing here</nav><article><figure><img><figcaption>Doha, Qatar, April 23, 2024.</figcaption></figure>' +
        '<p>Body text.</p><div class="related-links">Indian source says</div><aside>Popular</aside></article>',
    );
    const idx = buildTextIndex([body]);
    expect(idx.chars).toBe(stripWhitespace('Body text.'));
    expect(locate(idx, 'Indian source says')).toBeNull();
  });

  it('places each claim on its own occurrence when the same words repeat', () => {
    const body = page('<h1>Officials say X</h1><article><p>Officials say X.</p><p>Later, officials say X again.</p></article>');
    const text = 'Officials say X\n\nOfficials say X.\n\nLater, officials say X again.';
    const claims: Claim[] = [
      { start: 0, end: 15, type: 'vague', source: { start: 0, end: 9, text: 'Officials' }, cue: null, reason: 'r' },
      { start: 17, end: 33, type: 'vague', source: null, cue: null, reason: 'r' },
    ];
    const h1 = body.querySelector('h1')!;
    const article = body.querySelector('article')!;
    const placed = placeClaims([h1, article], text, claims);
    expect(placed).toHaveLength(2);
    expect(placed[0]!.range.startContainer.parentElement?.tagName).toBe('H1');
    expect(placed[1]!.range.startContainer.parentElement?.tagName).toBe('P');
    expect(placed[0]!.sourceRange?.toString()).toBe('Officials');
  });

  it('returns null rather than a wrong range when the words are not on the page', () => {
    const body = page('<p>Nothing to see.</p>');
    const idx = buildTextIndex([body]);
    expect(locate(idx, 'a senior official said')).toBeNull();
    expect(toRange(idx, 5, 2)).toBeNull();
  });
});

describe('text index over arbitrary markup (property)', () => {
  const word = fc.stringMatching(/^[A-Za-z0-9’“”.,é]{1,8}$/);
  const space = fc.constantFrom(' ', '  ', '\n', '\u00a0', '\t ');
  // A paragraph's words, each followed by some whitespace, wrapped in random inline elements.
  const para = fc.array(fc.tuple(word, space, fc.constantFrom('', 'a', 'em', 'b', 'span')), { minLength: 1, maxLength: 30 });

  it('every located substring maps back to exactly its words in the live DOM', () => {
    fc.assert(
      fc.property(fc.array(para, { minLength: 1, maxLength: 5 }), fc.nat(), fc.nat(), (paras, a, b) => {
        document.body.innerHTML = '';
        const doc = document;
        const root = doc.createElement('article');
        const plain: string[] = [];
        for (const words of paras) {
          const p = doc.createElement('p');
          for (const [w, sp, tag] of words) {
            if (tag) {
              const el = doc.createElement(tag);
              el.textContent = w;
              p.appendChild(el);
            } else p.appendChild(doc.createTextNode(w));
            p.appendChild(doc.createTextNode(sp));
            plain.push(w);
          }
          root.appendChild(p);
        }
        doc.body.appendChild(root);
        const index = buildTextIndex([root]);
        expect(index.chars).toBe(plain.join(''));
        const start = a % plain.length;
        const end = start + 1 + (b % (plain.length - start));
        const want = plain.slice(start, end).join(' ');
        const at = locate(index, want);
        expect(at).not.toBeNull();
        const range = toRange(index, at!.start, at!.end)!;
        expect(range.toString().replace(/\s+/g, '')).toBe(stripWhitespace(want));
      }),
      { numRuns: 150 },
    );
  });
});

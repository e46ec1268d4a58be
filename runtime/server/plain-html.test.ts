import { describe, expect, it } from 'vitest';
import { fragmentBody, IncompleteDocumentError, toPlainHtml } from './plain-html';

/** Every script element left in `html`. */
const inlineScripts = (html: string) => [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)].map((m) => ({ attributes: m[1]!.trim(), source: m[2]! }));

const ours = new Set(['theme()']);

describe('toPlainHtml', () => {
  it('keeps only JSON-LD and our exact scripts, whatever shape the others take', () => {
    const html = [
      '<script>theme()</script>',
      '<script>theme();evil()</script>',
      '<script async src="/x.js"></script>',
      '<SCRIPT type="module">import("/y")</SCRIPT>',
      '<script type="text/javascript">theme()</script>',
      '<script type="application/ld+json">{"a":1}</script>',
      '<script id="_R_">(self.TURBOPACK=[]).push(1)</script>',
      '<script>self.__next_f.push([1,"</div>"])</script >',
    ].join('');
    const out = toPlainHtml(html, ours);
    expect(inlineScripts(out)).toEqual([
      { attributes: '', source: 'theme()' },
      { attributes: 'type="application/ld+json"', source: '{"a":1}' },
    ]);
  });

  it('drops script preloads and keeps every other link', () => {
    const out = toPlainHtml(
      '<link rel="preload" as="script" href="/a.js"/><link rel="modulepreload" href="/b.js"><link rel="preload" as="image" href="/c.webp"/><link rel="stylesheet" href="/d.css"/>',
      ours,
    );
    expect(out).toBe('<link rel="preload" as="image" href="/c.webp"/><link rel="stylesheet" href="/d.css"/>');
  });

  it('refuses a document whose content waits for a script to be moved in', () => {
    expect(() => toPlainHtml('<template id="B:0"></template><div hidden id="S:0">late</div><script>$RC("B:0","S:0")</script>', ours)).toThrow(IncompleteDocumentError);
  });
});

describe('fragmentBody', () => {
  it('is the body’s content without the empty metadata outlet', () => {
    expect(fragmentBody('<html><head><title>x</title></head><body class="a"><div hidden=""><!--$--><!--/$--></div><aside>news</aside>\n</body></html>')).toBe('<aside>news</aside>');
    expect(fragmentBody('<aside>no document</aside>')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { bodyText, sanitizeBody } from './sanitize';

describe('sanitizeBody', () => {
  it('keeps the markup articles use', () => {
    const html = '<h2>Sub</h2><p>Text <strong>bold</strong> <em>it</em> <a href="https://example.org/x">link</a></p><blockquote><p>Q</p></blockquote><ul><li>a</li></ul><ol><li>b</li></ol>';
    const out = sanitizeBody(html);
    expect(out).toContain('<h2>Sub</h2>');
    expect(out).toContain('<strong>bold</strong>');
    expect(out).toContain('<a href="https://example.org/x" rel="noopener noreferrer nofollow">link</a>');
    expect(out).toContain('<blockquote><p>Q</p></blockquote>');
  });

  it('keeps local images and drops remote ones', () => {
    expect(sanitizeBody('<img src="/media/abc-1/w800.webp" alt="x" width="800" height="450">')).toBe(
      '<img src="/media/abc-1/w800.webp" alt="x" width="800" height="450" />',
    );
    expect(sanitizeBody('<img src="https://evil.example/x.png" alt="x">')).toBe('');
    expect(sanitizeBody('<img src="/media/../../etc/passwd">')).toBe('');
  });

  it.each([
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<a href="javascript:alert(1)">x</a>',
    '<a href="data:text/html,<script>alert(1)</script>">x</a>',
    '<svg><script>alert(1)</script></svg>',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
    '<iframe src="https://evil.example"></iframe>',
    '<base href="https://evil.example/">',
    '<meta http-equiv="refresh" content="0;url=https://evil.example">',
    '<p style="background:url(javascript:alert(1))">x</p>',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    '<form action="https://evil.example"><input name=x></form>',
  ])('removes hostile markup: %s', (payload) => {
    const out = sanitizeBody(payload);
    expect(out).not.toMatch(/<script|onerror|javascript:|<iframe|<base|<meta|<svg|<math|style=|<form|<input|data:text/i);
  });

  // Issue 16 point 9: hrefs that browsers read as external slipped past the link policy's text check.
  it.each([
    ['https:\\\\evil.example', 'https://evil.example/'],
    ['https:/evil.example', 'https://evil.example/'],
    ['http:evil.example', 'http://evil.example/'],
    ['HTTPS://Evil.Example/a', 'https://evil.example/a'],
    [' https://evil.example/x ', 'https://evil.example/x'],
  ])('treats %s as the external link browsers follow', (href, followed) => {
    expect(sanitizeBody(`<p><a href="${href}">x</a></p>`, 'https://news.example')).toBe(`<p><a href="${followed}" rel="noopener noreferrer nofollow">x</a></p>`);
  });

  it('keeps links to this site without rel, and refuses ones that only look local', () => {
    const site = 'https://news.example';
    expect(sanitizeBody('<a href="/city/bridge?x=1#top">a</a>', site)).toBe('<a href="/city/bridge?x=1#top">a</a>');
    expect(sanitizeBody('<a href="https://news.example/city">a</a>', site)).toBe('<a href="https://news.example/city">a</a>');
    expect(sanitizeBody('<a href="#notes">a</a>', site)).toBe('<a href="#notes">a</a>');
    for (const sneaky of ['//evil.example/x', '/\\evil.example', '/\t/evil.example', '\\\\evil.example', 'evil.example']) {
      expect(sanitizeBody(`<a href="${sneaky}">a</a>`, site), sneaky).toBe('a');
    }
  });

  it('is stable when applied twice', () => {
    const once = sanitizeBody('<p>a <b>b</b> <i>c</i></p><h1>T</h1>');
    expect(sanitizeBody(once)).toBe(once);
  });
});

describe('bodyText', () => {
  it('returns readable text with spaces between blocks', () => {
    expect(bodyText('<h2>Title</h2><p>One &amp; two</p><ul><li>a</li><li>b</li></ul>')).toBe('Title One & two a b');
  });
});

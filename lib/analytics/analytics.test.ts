import { describe, expect, it } from 'vitest';
import { beaconArticleId, beaconPath } from './beacon';
import { isBot } from './bots';
import { isPrefetch, optedOut } from './consent';
import { csvCell, csvDocument } from './csv';
import { createTally, hourOf } from './tally';
import { sameTopList } from './top-list';
import { createVisitorHasher, dayOf } from './visitor-hash';

const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';
const SAFARI_IOS = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1';

describe('bot filter', () => {
  it('lets browsers through', () => {
    for (const ua of [CHROME, FIREFOX, SAFARI_IOS]) expect(isBot(ua), ua).toBe(false);
  });
  it('stops crawlers, previewers, tools, headless browsers and requests without a user agent', () => {
    for (const ua of [
      'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
      'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
      'Mozilla/5.0 (compatible; YandexBot/3.0)',
      'Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.0; +https://openai.com/gptbot)',
      'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)',
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
      'curl/8.5.0',
      'python-requests/2.32.3',
      'Wget/1.21.3',
      'Go-http-client/1.1',
      'node-fetch',
      'node',
      'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Mobile Safari/537.36 Chrome-Lighthouse',
      '',
      '   ',
    ]) {
      expect(isBot(ua), ua).toBe(true);
    }
    expect(isBot(undefined)).toBe(true);
  });
});

describe('Do Not Track and Global Privacy Control', () => {
  it('is honoured from either header', () => {
    expect(optedOut({ 'sec-gpc': '1' })).toBe(true);
    expect(optedOut({ dnt: '1' })).toBe(true);
    expect(optedOut({ dnt: ' 1 ' })).toBe(true);
  });
  it('counts readers who did not opt out', () => {
    expect(optedOut({})).toBe(false);
    expect(optedOut({ dnt: '0' })).toBe(false);
    expect(optedOut({ 'sec-gpc': '0' })).toBe(false);
  });
  it('recognises prefetches', () => {
    expect(isPrefetch({ 'sec-purpose': 'prefetch;prerender' })).toBe(true);
    expect(isPrefetch({ purpose: 'prefetch' })).toBe(true);
    expect(isPrefetch({})).toBe(false);
  });
});

describe('beacon paths', () => {
  it('round-trips an id and refuses anything else', () => {
    expect(beaconArticleId(beaconPath(42))).toBe(42);
    for (const p of ['/v/0.gif', '/v/01.gif', '/v/-1.gif', '/v/abc.gif', '/v/1.png', '/v/1.gif/x', '/v/99999999999.gif', '/v/2147483648.gif', '/x/1.gif']) {
      expect(beaconArticleId(p), p).toBeNull();
    }
  });
});

describe('visitor hash', () => {
  const DAY = 86_400_000;
  let seed = 0;
  const random = (n: number) => Buffer.alloc(n, ++seed);

  it('is stable within a day and distinct per reader and per story', () => {
    let t = 10 * DAY + 1000;
    const hasher = createVisitorHasher({ now: () => t, random });
    const a = hasher.hash('203.0.113.5', CHROME, 1);
    t += 3_600_000;
    expect(hasher.hash('203.0.113.5', CHROME, 1)).toEqual(a);
    expect(hasher.hash('203.0.113.6', CHROME, 1).id).not.toBe(a.id);
    expect(hasher.hash('203.0.113.5', FIREFOX, 1).id).not.toBe(a.id);
    expect(hasher.hash('203.0.113.5', CHROME, 2).id).not.toBe(a.id);
    expect(a.day).toBe(dayOf(t));
  });

  it('takes a new random salt at midnight, so yesterday’s ids cannot be linked to today’s', () => {
    let t = 20 * DAY - 1;
    const salts: Buffer[] = [];
    const hasher = createVisitorHasher({ now: () => t, random: (n) => (salts.push(random(n)), salts.at(-1)!) });
    const before = hasher.hash('198.51.100.1', CHROME, 7);
    t += 2;
    const after = hasher.hash('198.51.100.1', CHROME, 7);
    expect(salts).toHaveLength(2);
    expect(after.day).toBe(before.day + 1);
    expect(after.id).not.toBe(before.id);
    // Holds no address or agent in clear.
    expect(after.id).not.toContain('198.51');
    expect(Buffer.from(after.id, 'base64')).toHaveLength(16);
  });
});

describe('batching into hourly rollups', () => {
  const H = 3_600_000;
  const at = Date.UTC(2026, 11, 1, 10, 15);
  it('adds views per story and hour, a visitor once per story and day', () => {
    const tally = createTally();
    const me = { day: 1, id: 'me' };
    tally.count(1, at, me);
    tally.count(1, at + 60_000, me);
    tally.count(1, at + 60_000, { day: 1, id: 'you' });
    tally.count(1, at + H, me); // next hour, same reader: a view, not a new visitor
    tally.count(2, at, { day: 1, id: 'me2' });
    const rows = tally.take().sort((a, b) => a.articleId - b.articleId || a.hour.localeCompare(b.hour));
    expect(rows).toEqual([
      { articleId: 1, hour: hourOf(at), views: 3, visitors: 2 },
      { articleId: 1, hour: hourOf(at + H), views: 1, visitors: 0 },
      { articleId: 2, hour: hourOf(at), views: 1, visitors: 1 },
    ]);
    expect(tally.take()).toEqual([]);
    // The same reader on a new day is a visitor again.
    tally.count(1, at + 24 * H, { day: 2, id: 'me' });
    expect(tally.take()).toEqual([{ articleId: 1, hour: hourOf(at + 24 * H), views: 1, visitors: 1 }]);
  });

  it('keeps a failed batch for the next write, added to what came in meanwhile', () => {
    const tally = createTally();
    tally.count(1, at, { day: 1, id: 'a' });
    const failed = tally.take();
    tally.count(1, at, { day: 1, id: 'b' });
    tally.giveBack(failed);
    expect(tally.take()).toEqual([{ articleId: 1, hour: hourOf(at), views: 2, visitors: 2 }]);
  });

  it('is bounded: made-up story ids cannot grow memory past the limit', () => {
    const tally = createTally({ maxRows: 3, maxVisitorIds: 2 });
    for (let id = 1; id <= 10; id++) tally.count(id, at, { day: 1, id: `v${id}` });
    const rows = tally.take();
    expect(rows).toHaveLength(3);
    expect(rows.reduce((n, r) => n + r.visitors, 0)).toBe(2);
  });

  it('starts each hour at its UTC boundary', () => {
    expect(hourOf(at)).toBe('2026-12-01T10:00:00.000Z');
  });
});

describe('top-list change detection', () => {
  it('is unchanged only for the same stories in the same order', () => {
    expect(sameTopList([3, 1, 2], [3, 1, 2])).toBe(true);
    expect(sameTopList([3, 1, 2], [1, 3, 2])).toBe(false);
    expect(sameTopList([3, 1], [3, 1, 2])).toBe(false);
    expect(sameTopList([], [])).toBe(true);
    // Never told yet: always a change.
    expect(sameTopList(null, [])).toBe(false);
  });
});

describe('CSV export cells', () => {
  it('quotes separators and quotes, and defuses formulas', () => {
    expect(csvCell('Harbour, at last')).toBe('"Harbour, at last"');
    expect(csvCell('The "new" bridge')).toBe('"The ""new"" bridge"');
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('-3 degrees')).toBe("'-3 degrees");
    expect(csvCell(42)).toBe('42');
    expect(csvDocument(['a', 'b'], [[1, 'x\ny']])).toBe('a,b\r\n1,"x\ny"\r\n');
  });
});

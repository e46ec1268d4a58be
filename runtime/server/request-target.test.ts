import type http from 'node:http';
import { describe, expect, it } from 'vitest';
import { NOT_FOUND_PATH } from '@/lib/routing/public-urls';
import { normaliseRequestTarget } from './request-target';

const request = (method: string, url: string) => ({ method, url, headers: {} }) as http.IncomingMessage;

describe('normaliseRequestTarget', () => {
  it('resolves dot segments, %2e and backslashes the way Next routes, and rewrites req.url', () => {
    for (const [raw, path] of [
      ['/api/../dashboard/articles', '/dashboard/articles'],
      ['/api/%2e%2e/dashboard', '/dashboard'],
      ['/api/mediax/../../login?x=1', '/login'],
      ['/api\\..\\dashboard', '/dashboard'],
      ['//evil.example/x', '//evil.example/x'],
      ['/city?page=2', '/city'],
    ]) {
      const req = request('POST', raw!);
      expect(normaliseRequestTarget(req), raw).toEqual({ ok: true, pathname: path });
      expect(req.url!.split('?')[0]).toBe(path);
    }
    const absolute = request('GET', 'http://example.org/a/../latest?page=2');
    expect(normaliseRequestTarget(absolute)).toEqual({ ok: true, pathname: '/latest' });
    expect(absolute.url).toBe('/latest?page=2');
  });

  it('sends undecodable page paths to the styled 404 and refuses the rest with 400', () => {
    const page = request('GET', '/city/%ff?x=1');
    expect(normaliseRequestTarget(page)).toEqual({ ok: true, pathname: NOT_FOUND_PATH });
    expect(page.url).toBe(NOT_FOUND_PATH);
    expect(normaliseRequestTarget(request('GET', '/api/%E0%A4%A'))).toMatchObject({ ok: false, status: 400 });
    expect(normaliseRequestTarget(request('POST', '/city%'))).toMatchObject({ ok: false, status: 400 });
  });

  it('refuses methods the app does not answer and targets that are not paths', () => {
    expect(normaliseRequestTarget(request('TRACE', '/'))).toMatchObject({ ok: false, status: 405, headers: { allow: expect.stringContaining('GET') } });
    expect(normaliseRequestTarget(request('CONNECT', 'example.org:443'))).toMatchObject({ ok: false, status: 405 });
    for (const method of ['OPTIONS', 'GET']) expect(normaliseRequestTarget(request(method, '*'))).toMatchObject({ ok: false, status: 400 });
  });
});

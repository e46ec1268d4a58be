// Public pages go out without Next's client runtime (runtime/server/plain-html.ts), so a client
// component on one would render once on the server and then silently do nothing. This keeps every
// module a public page or fragment reaches free of 'use client'.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from './source-files';

// Next requires an error boundary to be a client component; what it renders on the server needs no script.
const ALLOWED = new Set(['app/(site)/error.tsx']);
const ENTRY = /^app\/(\(site\)|fragments)\/|^app\/(layout|not-found)\.tsx$/;

function resolve(spec: string, from: string): string | null {
  const base = spec.startsWith('@/') ? spec.slice(2) : spec.startsWith('.') ? path.normalize(path.join(path.dirname(from), spec)) : null;
  if (base === null) return null;
  return ['', '.ts', '.tsx', '/index.ts', '/index.tsx'].map((ext) => base + ext).find((c) => existsSync(c) && !c.endsWith('/')) ?? null;
}

const isClient = (text: string) => /^\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*['"]use client['"]/.test(text);

function reachable(entries: string[]): Map<string, string> {
  const via = new Map<string, string>(entries.map((e) => [e, e]));
  const queue = [...entries];
  while (queue.length) {
    const file = queue.shift()!;
    const text = readFileSync(file, 'utf8');
    // Type-only imports bring no code to the page.
    for (const m of text.matchAll(/^(?!import type)[^\n]*?(?:from|import)\s*\(?\s*['"]([^'"\n]+)['"]/gm)) {
      const target = resolve(m[1]!, file);
      if (target && /\.tsx?$/.test(target) && !via.has(target)) {
        via.set(target, file);
        queue.push(target);
      }
    }
  }
  return via;
}

describe('public pages', () => {
  const entries = sourceFiles()
    .map((f) => f.file)
    .filter((f) => ENTRY.test(f) && /\.tsx?$/.test(f));

  it('has public routes to check', () => {
    expect(entries).toEqual(expect.arrayContaining(['app/(site)/page.tsx', 'app/fragments/latest-news/page.tsx', 'app/layout.tsx']));
  });

  it('reach no client component (they would be inert without the runtime)', () => {
    const via = reachable(entries);
    const clients = [...via.keys()].filter((f) => !ALLOWED.has(f) && isClient(readFileSync(f, 'utf8')));
    expect(clients.map((f) => `${f} (imported by ${via.get(f)})`)).toEqual([]);
  });

  it('would notice one', () => {
    expect(isClient("'use client';\nexport const x = 1;")).toBe(true);
    expect(isClient('// why\n"use client";')).toBe(true);
    expect(isClient("import 'x';\n'use client';")).toBe(false);
  });
});

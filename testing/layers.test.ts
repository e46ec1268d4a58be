// Holds the tree to its layers (docs/architecture.md): lib → db → features → app/components →
// runtime, nothing importing upward, and no folder importing a folder that imports it back.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from './source-files';

const RANK: Record<string, number> = { lib: 0, db: 1, features: 2, components: 3, app: 3, runtime: 4 };
const files = sourceFiles().filter((f) => !/\.(int\.)?test\.tsx?$/.test(f.file));

/** lib/x, db, features/x, runtime/x, app, components: the unit a folder check speaks of. */
function folderOf(file: string): string {
  const [top, second] = file.split('/');
  return (top === 'features' || top === 'runtime' || top === 'lib') && file.split('/').length > 2 ? `${top}/${second}` : top!;
}

function resolve(spec: string, from: string): string | null {
  const base = spec.startsWith('@/') ? spec.slice(2) : spec.startsWith('.') ? path.normalize(path.join(path.dirname(from), spec)) : null;
  if (base === null) return null;
  return ['', '.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((candidate) => existsSync(candidate)) ?? null;
}

const edges = new Map<string, Map<string, string>>();
for (const { file, text } of files) {
  for (const match of text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"\n]+)['"]/g)) {
    const target = resolve(match[1]!, file);
    if (!target) continue;
    const [a, b] = [folderOf(file), folderOf(target)];
    if (a === b) continue;
    if (!edges.has(a)) edges.set(a, new Map());
    edges.get(a)!.set(b, `${file} → ${target}`);
  }
}

describe('the layers of the tree', () => {
  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(200);
  });

  it('imports nothing upward', () => {
    const upward: string[] = [];
    for (const [from, targets] of edges) {
      for (const [to, why] of targets) {
        const [a, b] = [RANK[from.split('/')[0]!]!, RANK[to.split('/')[0]!]!];
        if (b > a) upward.push(why);
      }
    }
    expect(upward).toEqual([]);
  });

  it('has no folder that imports a folder importing it back', () => {
    const cycles: string[] = [];
    for (const [a, targets] of edges) {
      for (const [b, why] of targets) {
        const back = edges.get(b)?.get(a);
        if (back && a < b) cycles.push(`${why} | ${back}`);
      }
    }
    expect(cycles).toEqual([]);
  });
});

// For tests that hold the code base to a convention ("one helper for X"): the app's own source files.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOTS = ['app', 'components', 'db', 'features', 'lib', 'runtime'];

/** Every non-test .ts/.tsx file under the app's source folders, relative to the repository root. */
export function sourceFiles(root = process.cwd()): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) out.push({ file: rel, text: readFileSync(path.join(root, rel), 'utf8') });
    }
  };
  for (const dir of ROOTS) walk(dir);
  return out;
}

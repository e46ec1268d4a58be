import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backendsVcl, findVarnishd, VCL_FILE } from './varnish';

const varnishd = findVarnishd();

describe('the Varnish configuration', () => {
  it('generates a backend per instance, health-checked, in one round-robin director', () => {
    const vcl = backendsVcl({ backends: [{ name: 'app_1', host: '127.0.0.1', port: 3001 }, { name: 'app_2', host: '127.0.0.1', port: 3002 }], maxTtlSeconds: 30 });
    expect(vcl.match(/\.probe = app_health;/g)).toHaveLength(2);
    expect(vcl).toContain('app.add_backend(app_1);\n    app.add_backend(app_2);');
    expect(vcl).toContain('if (beresp.ttl > 30s)');
    expect(() => backendsVcl({ backends: [] })).toThrow(/at least one backend/);
  });

  // CI installs Varnish (.ci/run); elsewhere the check needs it installed.
  it.skipIf(!varnishd && !process.env.CI)('compiles with the shipped VCL and the example backends (varnishd -C)', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'northgate-vcl-'));
    try {
      chmodSync(dir, 0o755);
      const configurations: [string, string][] = [
        ['generated', backendsVcl({ backends: [{ name: 'app_1', host: '127.0.0.1', port: 3001 }] })],
        ['example', readFileSync(path.join(path.dirname(VCL_FILE), 'backends.example.vcl'), 'utf8')],
      ];
      for (const [name, text] of configurations) {
        writeFileSync(path.join(dir, 'backends.vcl'), text, { mode: 0o644 });
        const result = spawnSync(varnishd!, ['-C', '-p', `vcl_path=${dir}:/usr/share/varnish/vcl`, '-n', path.join(dir, 'work'), '-f', VCL_FILE], { encoding: 'utf8' });
        expect([name, result.status, result.status === 0 ? '' : result.stderr.slice(0, 2000)]).toEqual([name, 0, '']);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

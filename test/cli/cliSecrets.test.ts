/** Planted fake secrets never reach a report or the terminal. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serve } from '../../src/mock/serve.js';
import { repoRoot } from './runCli.js';

const secretKey = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYFAKEFAKEKEY';
const accessKey = 'AKIAFAKE1234567890AB';
const sessionToken = 'FwoGZXIvYXdzEFAKEFAKEFAKEsessiontokenFAKEFAKEFAKE0123456789abcdef';
const password = 'hunter2-not-a-real-password';

describe('secrets', () => {
  it('credentials, session tokens and URL passwords are masked in every report file and on the terminal', async () => {
    const served = await serve({ implementation: (await import('../../src/selfCheck/faultyImplementations/missingKeyUpsert.js')).default });
    const dir = join(mkdtempSync(join(tmpdir(), 'apigw-secrets-')), 'report');
    try {
      const endpoint = served.url.replace('http://', `http://admin:${password}@`);
      const out = await new Promise<{ code: number | null; text: string }>((resolve) => {
        const child = spawn(process.execPath, ['bin/apigw-patch-conformance.mjs', 'run', '--endpoint-url', endpoint, '--resource', 'Integration', '--resource', 'ApiKey', '--runs', '30', '--edge-sweep', 'off', '--seed', '4', '--report-dir', dir], {
          cwd: repoRoot,
          env: { ...process.env, AWS_ACCESS_KEY_ID: accessKey, AWS_SECRET_ACCESS_KEY: secretKey, AWS_SESSION_TOKEN: sessionToken, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
        });
        let text = '';
        child.stdout.on('data', (b: Buffer) => (text += b.toString()));
        child.stderr.on('data', (b: Buffer) => (text += b.toString()));
        child.on('exit', (code) => resolve({ code, text }));
      });
      expect(out.code).toBe(1); // the faulty implementation diverges, so there is a full report to search
      const files = readdirSync(dir);
      expect(files.sort()).toEqual(['junit.xml', 'report.html', 'report.json', 'report.md', 'repro']);
      // The reports and each finding's repro script (the endpoint URL it names has its password masked).
      const scripts = readdirSync(join(dir, 'repro')).map((f) => readFileSync(join(dir, 'repro', f), 'utf8'));
      expect(scripts.length).toBeGreaterThan(0);
      for (const text of [out.text, ...files.filter((f) => f !== 'repro').map((f) => readFileSync(join(dir, f), 'utf8')), ...scripts]) {
        for (const secret of [secretKey, accessKey, sessionToken, password]) expect(text).not.toContain(secret);
      }
      expect(readFileSync(join(dir, 'report.json'), 'utf8')).toContain('[REDACTED]');
    } finally {
      await served.close();
    }
  });
});

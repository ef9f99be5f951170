/** `rules`: every rule of every resource, with its evidence and source; counts that add up; bad input in one line. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resourceRegistry } from '../../src/resources/registry.js';
import { evidenceLevels } from '../../src/provenance.js';
import { oneLineError, runCli } from './runCli.js';

interface Listed {
  resources: Array<{ resource: string; counts: Record<string, number>; rules: Array<{ id: string; evidence: string; source: string; summary: string }> }>;
}

describe('rules', () => {
  it('--observations shows the rules they decided as aws-observed, with the verdicts', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rules-obs-')), 'observations.json');
    const contradicted = { ok: false, error: { name: 'BadRequestException', status: 400, message: 'Invalid mapping expression specified: no such template' } };
    writeFileSync(file, JSON.stringify({ version: 1, tool: 't', target: { kind: 'endpoint', label: 'endpoint x' }, date: '2026-12-02T00:00:00Z', observations: [{ rule: 'requestTemplates.missing-key', verdict: 'contradicted', request: { operation: 'UpdateIntegration' }, expected: { ok: false, error: { name: 'NotFoundException', status: 404, message: 'Content-Type specified was not found' } }, observed: contradicted }] }));
    const r = runCli(['rules', '--resource', 'Integration', '--observations', file, '--json']);
    expect(r.code).toBe(0);
    const listed = JSON.parse(r.stdout) as Listed & { observations: { contradicted: string[] } };
    const rule = listed.resources[0]!.rules.find((x) => x.id === 'requestTemplates.missing-key')!;
    expect(rule.evidence).toBe('aws-observed');
    expect(rule.source).toContain('UpdateIntegration answered 400 BadRequestException: Invalid mapping expression specified: no such template');
    expect(listed.observations.contradicted).toEqual(['requestTemplates.missing-key']);
  });

  it('--json lists every resource with its rules, each with evidence and a source, and counts that add up', () => {
    const r = runCli(['rules', '--json']);
    expect(r.code).toBe(0);
    const listed = JSON.parse(r.stdout) as Listed;
    const names = listed.resources.map((g) => g.resource);
    for (const decl of resourceRegistry.filter((d) => !d.external)) expect(names).toContain(decl.name);
    expect(names).toContain('Integration');
    const ids = listed.resources.flatMap((g) => g.rules.map((x) => x.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const g of listed.resources) {
      expect(Object.values(g.counts).reduce((a, b) => a + b, 0)).toBe(g.rules.length);
      for (const rule of g.rules) {
        expect(evidenceLevels).toContain(rule.evidence);
        expect(rule.source.length, rule.id).toBeGreaterThan(5);
      }
    }
  });

  it('--resource narrows the list; an unknown name is one line', () => {
    const stage = runCli(['rules', '--resource', 'stage']);
    expect(stage.stdout).toMatch(/^\nStage: \d+ rules \(/);
    expect(stage.stdout).not.toMatch(/^ApiKey:/m);
    const bad = runCli(['rules', '--resource', 'Nope']);
    expect(bad.code).toBe(2);
    expect(oneLineError(bad)).toMatch(/--resource Nope: unknown; choose from/);
  });
});

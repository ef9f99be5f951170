import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { reportJsonSchema, validateReport } from '../../src/report/reportSchema.js';

/** Every property name the schema declares, at any depth. */
function schemaFieldNames(schema: unknown, into = new Set<string>()): Set<string> {
  if (typeof schema !== 'object' || schema === null) return into;
  const props = (schema as { properties?: Record<string, unknown> }).properties;
  if (props) {
    for (const [name, sub] of Object.entries(props)) {
      into.add(name);
      schemaFieldNames(sub, into);
    }
  }
  for (const key of ['items', 'additionalProperties']) schemaFieldNames((schema as Record<string, unknown>)[key], into);
  for (const branch of (schema as { oneOf?: unknown[] }).oneOf ?? []) schemaFieldNames(branch, into);
  for (const def of Object.values((schema as { $defs?: Record<string, unknown> }).$defs ?? {})) schemaFieldNames(def, into);
  return into;
}

describe('docs/report-format.md', () => {
  it('documents every field of the schema', async () => {
    const doc = await readFile(new URL('../../docs/report-format.md', import.meta.url), 'utf8');
    const undocumented = [...schemaFieldNames(reportJsonSchema)].filter((name) => !doc.includes(`\`${name}\``));
    expect(undocumented).toEqual([]);
  });

  it('gives an example report.json that validates', async () => {
    const doc = await readFile(new URL('../../docs/report-format.md', import.meta.url), 'utf8');
    const example = /```json\n([\s\S]*?)\n```/.exec(doc)?.[1];
    expect(example).toBeDefined();
    expect(validateReport(JSON.parse(example!))).toEqual([]);
  });
});

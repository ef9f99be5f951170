/**
 * report.json, schema version 2, as JSON Schema (draft 2020-12). Property order here is the order
 * reportJson writes keys in, so the schema is also the file's layout. Objects allow members beyond
 * the listed ones: version 1 may gain optional fields, and readers must ignore what they don't know.
 *
 * validateReport interprets the subset of JSON Schema used here (type, const, enum, minimum,
 * properties, required, additionalProperties, items, oneOf, $ref into $defs), which keeps the
 * schema the single source of truth without a validator dependency.
 */
import { evidenceLevels } from '../provenance.js';

type Schema = { readonly [keyword: string]: unknown };

const count = { type: 'integer', minimum: 0 } as const;
const stringList = { type: 'array', items: { type: 'string' } } as const;
/** Data as it travelled (bodies, integrations): any JSON, key order significant. */
const anyJson = {} as const;

export const reportJsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:apigw-patch-conformance:report:v2',
  title: 'apigw-patch-conformance report (schema version 2)',
  type: 'object',
  required: ['schemaVersion', 'tool', 'runId', 'startedAt', 'finishedAt', 'durationMs', 'settings', 'verdict', 'properties', 'coverage', 'scorecard', 'divergences', 'apiCalls', 'notImplemented', 'gate'],
  properties: {
    schemaVersion: { const: 2 },
    tool: {
      type: 'object',
      required: ['name', 'version'],
      properties: { name: { type: 'string' }, version: { type: 'string' } },
    },
    runId: { type: 'string' },
    startedAt: { type: 'string', description: 'ISO 8601 date-time' },
    finishedAt: { type: 'string', description: 'ISO 8601 date-time' },
    durationMs: { type: 'number', minimum: 0 },
    settings: {
      type: 'object',
      required: ['target', 'runs', 'seed', 'workers', 'properties'],
      properties: {
        target: { type: 'string' },
        endpoint: { type: 'string' },
        implementation: { type: 'string' },
        runs: count,
        seed: { type: 'integer' },
        workers: count,
        shard: { type: 'string' },
        properties: stringList,
        failOn: { enum: [...evidenceLevels] },
        sweep: { type: 'boolean' },
        observations: { type: 'object', required: ['files', 'confirmed', 'contradicted'], properties: { files: stringList, confirmed: stringList, contradicted: stringList } },
      },
    },
    verdict: { enum: ['conforms', 'diverges', 'incomplete'] },
    properties: { type: 'array', items: { $ref: '#/$defs/propertyResult' } },
    coverage: { type: 'array', items: { $ref: '#/$defs/coverageCell' } },
    scorecard: {
      type: 'object',
      required: ['rules', 'families', 'operations'],
      properties: {
        rules: { type: 'array', items: { $ref: '#/$defs/scoreRow' } },
        families: { type: 'array', items: { $ref: '#/$defs/scoreRow' } },
        operations: { type: 'array', items: { $ref: '#/$defs/scoreRow' } },
      },
    },
    divergences: { type: 'array', items: { $ref: '#/$defs/divergence' } },
    apiCalls: {
      type: 'object',
      required: ['total', 'perCheckedCase'],
      properties: {
        total: count,
        perCheckedCase: { type: 'object', additionalProperties: { type: 'number', minimum: 0 } },
      },
    },
    notImplemented: {
      type: 'array',
      items: {
        type: 'object',
        required: ['operation', 'detail'],
        properties: { operation: { type: 'string' }, detail: { type: 'string' } },
      },
    },
    baseline: {
      type: 'object',
      required: ['file', 'known', 'new', 'fixed', 'confirmed', 'unchecked'],
      properties: { file: { type: 'string' }, known: stringList, new: stringList, fixed: stringList, confirmed: stringList, unchecked: stringList, updated: { type: 'boolean' } },
    },
    rechecked: { type: 'object', additionalProperties: { enum: ['confirmed', 'fixed', 'unchecked'] } },
    expectations: {
      type: 'object',
      required: ['file', 'matched', 'stale'],
      properties: {
        file: { type: 'string' },
        matched: count,
        stale: {
          type: 'array',
          items: {
            type: 'object',
            required: ['rule', 'reason', 'link'],
            properties: { rule: { type: 'string' }, operation: { type: 'string' }, path: { type: 'string' }, reason: { type: 'string' }, link: { type: 'string' } },
          },
        },
      },
    },
    interrupted: { type: 'boolean' },
    unreachable: { type: 'string' },
    gate: {
      type: 'object',
      required: ['failOn', 'passed', 'failing', 'belowFailOn', 'known', 'expected', 'fixed'],
      properties: { failOn: { enum: [...evidenceLevels] }, passed: { type: 'boolean' }, failing: count, belowFailOn: count, known: count, expected: count, fixed: count },
    },
  },
  $defs: {
    propertyResult: {
      type: 'object',
      required: ['id', 'title', 'verdict', 'cases', 'rejectedCases', 'divergingCases', 'apiCalls', 'durationMs', 'seed', 'divergences'],
      properties: {
        id: { type: 'string' },
        title: { type: 'string' },
        verdict: { enum: ['holds', 'fails', 'not-implemented', 'skipped'] },
        cases: count,
        rejectedCases: count,
        divergingCases: count,
        sweepCases: count,
        shrinkCases: count,
        lostAnswers: count,
        apiCalls: count,
        durationMs: { type: 'number', minimum: 0 },
        seed: { type: 'integer' },
        divergences: stringList,
        detail: { type: 'string' },
      },
    },
    scoreRow: {
      type: 'object',
      required: ['id', 'checked', 'conforming', 'diverging', 'notImplemented'],
      properties: {
        id: { type: 'string' },
        evidence: { enum: [...evidenceLevels] },
        checked: count,
        conforming: count,
        diverging: count,
        notImplemented: count,
        conformance: { oneOf: [{ type: 'number', minimum: 0 }, { type: 'null' }] },
      },
    },
    coverageCell: {
      type: 'object',
      required: ['family', 'op', 'cases', 'rejected', 'divergences'],
      properties: { family: { type: 'string' }, op: { type: 'string' }, cases: count, rejected: count, divergences: count },
    },
    ruleCitation: {
      type: 'object',
      required: ['id', 'summary', 'evidence', 'source', 'messageChecked'],
      properties: {
        id: { type: 'string' },
        summary: { type: 'string' },
        evidence: { enum: [...evidenceLevels] },
        source: { type: 'string' },
        messageChecked: { type: 'boolean' },
      },
    },
    fieldDiff: {
      type: 'object',
      // expected/actual are absent when the field is absent from that outcome.
      required: ['path'],
      properties: { path: { type: 'string' }, expected: anyJson, actual: anyJson },
    },
    caseRecord: {
      type: 'object',
      required: ['put', 'patches', 'ctx'],
      properties: {
        put: anyJson,
        patches: { type: 'array', items: anyJson },
        calls: {
          type: 'array',
          items: { type: 'object', required: ['operation'], properties: { operation: { enum: ['PutIntegration', 'GetIntegration', 'UpdateIntegration', 'DeleteIntegration'] }, body: anyJson } },
        },
        ctx: {
          type: 'object',
          required: ['restApiId', 'resourceId', 'httpMethod'],
          properties: { restApiId: { type: 'string' }, resourceId: { type: 'string' }, httpMethod: { type: 'string' } },
        },
        resource: { type: 'string' },
        key: { type: 'string' },
      },
    },
    outcome: {
      oneOf: [
        {
          type: 'object',
          required: ['ok', 'status', 'value'],
          properties: { ok: { const: true }, status: { type: 'integer' }, value: { type: 'object' } },
        },
        {
          type: 'object',
          required: ['ok', 'error'],
          properties: {
            ok: { const: false },
            error: {
              type: 'object',
              required: ['name', 'status', 'message'],
              properties: { name: { type: 'string' }, status: { type: 'integer' }, message: { type: 'string' } },
            },
          },
        },
      ],
    },
    divergence: {
      type: 'object',
      required: ['fingerprint', 'id', 'property', 'properties', 'operation', 'kind', 'expectedKind', 'actualKind', 'step', 'counterexample', 'expected', 'actual', 'fieldDiffs', 'rules', 'paths', 'seed', 'path', 'replayCommand', 'awsCliCommand', 'size', 'casesToDetection', 'hits'],
      properties: {
        fingerprint: { type: 'string' },
        id: { type: 'string' },
        property: { type: 'string' },
        properties: stringList,
        operation: { type: 'string' },
        kind: { enum: ['difference', 'crash'] },
        scope: { type: 'string' },
        expectedKind: { type: 'string' },
        actualKind: { type: 'string' },
        step: count,
        counterexample: { $ref: '#/$defs/caseRecord' },
        expected: { $ref: '#/$defs/outcome' },
        actual: { $ref: '#/$defs/outcome' },
        fieldDiffs: { type: 'array', items: { $ref: '#/$defs/fieldDiff' } },
        rules: { type: 'array', items: { $ref: '#/$defs/ruleCitation' } },
        seed: { type: 'integer' },
        path: { type: 'string' },
        replayCommand: { type: 'string' },
        awsCliCommand: { type: 'string' },
        size: count,
        // null: only edge-sweep cases hit it (see sweepCase).
        casesToDetection: { oneOf: [count, { type: 'null' }] },
        sweepCase: count,
        hits: count,
        paths: stringList,
        gate: {
          type: 'object',
          required: ['failing', 'status'],
          properties: { failing: { type: 'boolean' }, status: { enum: ['fails', 'below-fail-on', 'known', 'expected'] }, reason: { type: 'string' }, link: { type: 'string' } },
        },
      },
    },
  },
} as const satisfies Schema;

/** Problems with `json` as a version-2 report, one per line-sized message; empty when it is valid. */
export function validateReport(json: unknown): string[] {
  const errors: string[] = [];
  check(json, reportJsonSchema, '', errors);
  return errors;
}

const typeOf = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'number' ? (Number.isInteger(v) ? 'integer' : 'number') : typeof v;

const matchesType = (v: unknown, type: string): boolean => {
  const actual = typeOf(v);
  return actual === type || (type === 'number' && actual === 'integer');
};

export function resolveSchemaRef(ref: string): Schema {
  const name = /^#\/\$defs\/(.+)$/.exec(ref)?.[1];
  const target = name === undefined ? undefined : (reportJsonSchema.$defs as Record<string, Schema>)[name];
  if (!target) throw new Error(`reportSchema: unknown $ref ${ref}`);
  return target;
}

function check(value: unknown, schema: Schema, at: string, errors: string[]): void {
  const where = at === '' ? '(root)' : at;
  if (typeof schema['$ref'] === 'string') return check(value, resolveSchemaRef(schema['$ref']), at, errors);
  if (Array.isArray(schema['oneOf'])) {
    const attempts = (schema['oneOf'] as Schema[]).map((branch) => {
      const e: string[] = [];
      check(value, branch, at, e);
      return e;
    });
    const passing = attempts.filter((e) => e.length === 0).length;
    if (passing === 1) return;
    if (passing > 1) errors.push(`${where}: matches more than one alternative`);
    else errors.push(...attempts.reduce((a, b) => (b.length < a.length ? b : a)));
    return;
  }
  if ('const' in schema && value !== schema['const']) {
    errors.push(`${where}: must be ${JSON.stringify(schema['const'])}, got ${JSON.stringify(value) ?? 'nothing'}`);
    return;
  }
  if (Array.isArray(schema['enum']) && !(schema['enum'] as unknown[]).includes(value)) {
    errors.push(`${where}: must be one of ${(schema['enum'] as unknown[]).join(', ')}, got ${JSON.stringify(value) ?? 'nothing'}`);
    return;
  }
  if (typeof schema['type'] === 'string' && !matchesType(value, schema['type'])) {
    errors.push(`${where}: must be ${schema['type']}, got ${typeOf(value)}`);
    return;
  }
  if (typeof schema['minimum'] === 'number' && typeof value === 'number' && value < schema['minimum']) {
    errors.push(`${where}: must be at least ${schema['minimum']}, got ${value}`);
  }
  if (Array.isArray(value) && schema['items']) {
    value.forEach((item, i) => check(item, schema['items'] as Schema, `${at}/${i}`, errors));
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const obj = value as Record<string, unknown>;
    for (const key of (schema['required'] as string[] | undefined) ?? []) {
      if (!(key in obj)) errors.push(`${where}: missing required field ${key}`);
    }
    const props = (schema['properties'] ?? {}) as Record<string, Schema>;
    const extra = schema['additionalProperties'];
    for (const [key, v] of Object.entries(obj)) {
      const sub = props[key] ?? (typeof extra === 'object' && extra !== null ? (extra as Schema) : undefined);
      if (sub) check(v, sub, `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, errors);
    }
  }
}

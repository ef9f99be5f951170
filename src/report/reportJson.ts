/**
 * report.json: the report as data, 2-space indented, with a stable key order so two runs diff
 * cleanly. Model objects follow the schema's property order (unknown members after, sorted); maps
 * of the model (perCheckedCase) are sorted; data that travelled on the wire (counterexample bodies,
 * the integration in an outcome, diff values) keeps its own order, because key order is part of
 * a counterexample.
 */
import type { RunReport } from '../run/runReport.js';
import { reportJsonSchema, resolveSchemaRef } from './reportSchema.js';

type Schema = { readonly [keyword: string]: unknown };

export function renderReportJson(report: RunReport): string {
  return `${JSON.stringify(orderKeys(report, reportJsonSchema), null, 2)}\n`;
}

function orderKeys(value: unknown, schema: Schema | undefined): unknown {
  if (schema && typeof schema['$ref'] === 'string') return orderKeys(value, resolveSchemaRef(schema['$ref']));
  if (Array.isArray(value)) {
    const items = schema?.['items'] as Schema | undefined;
    return value.map((v) => orderKeys(v, items));
  }
  if (typeof value !== 'object' || value === null) return value;
  const obj = value as Record<string, unknown>;
  if (schema && Array.isArray(schema['oneOf'])) {
    // Outcomes: order the envelope by the alternative whose constants (ok: true/false) it carries.
    const branch = (schema['oneOf'] as Schema[]).find((b) =>
      Object.entries((b['properties'] ?? {}) as Record<string, Schema>).every(([k, sub]) => !('const' in sub) || obj[k] === sub['const']),
    );
    return orderKeys(obj, branch ?? {});
  }
  const declared = schema?.['properties'] as Record<string, Schema> | undefined;
  const extra = schema?.['additionalProperties'];
  if (declared) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(declared)) if (key in obj) out[key] = orderKeys(obj[key], declared[key]);
    for (const key of Object.keys(obj).filter((k) => !(k in declared)).sort()) out[key] = obj[key];
    return out;
  }
  if (typeof extra === 'object' && extra !== null) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(obj).sort()) out[key] = orderKeys(obj[key], extra as Schema);
    return out;
  }
  return obj;
}

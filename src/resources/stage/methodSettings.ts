/**
 * A stage's method settings, patched at `/{resourcePath}/{httpMethod}/{group}/{setting}` (`*` for
 * every resource or method): a replace makes the entry `{resourcePath}/{httpMethod}` when it is not
 * there, from the `*\/*` entry's values if that exists (else AWS's defaults), then sets the one setting;
 * changing `*\/*` later leaves other entries as they are. A remove of `/{resourcePath}/{httpMethod}`
 * drops the entry, and fails when there is none. The entry's key is the path's segments as sent
 * (`~1resourceName/GET` stays escaped, as the CLI example shows).
 */
import { defineRule, reject, type Rule } from '../../rules/defineRule.js';
import type { CustomOperation, DeclaredContext, DeclaredRow, DeclaredValue, ResourceValue } from '../declaration.js';
import { cannotRemove } from './stageDialect.js';
import { inferred, stagesRec } from './stageEvidence.js';
import { stageBoolean, stageDouble, stageEnum, stageInteger } from './stageValues.js';

/** A new entry's values where the stage has no `*\/*` entry (loggingLevel is absent until set). */
export const methodSettingDefaults: Readonly<Record<string, unknown>> = {
  cacheDataEncrypted: false,
  cacheTtlInSeconds: 300,
  cachingEnabled: false,
  dataTraceEnabled: false,
  metricsEnabled: false,
  requireAuthorizationForCacheControl: true,
  throttlingBurstLimit: 5000,
  throttlingRateLimit: 10000.0,
  unauthorizedCacheControlHeaderStrategy: 'SUCCEED_WITH_RESPONSE_HEADER',
};

const defaultsRule = defineRule(
  'stage.method-settings.defaults',
  'a new method-settings entry starts from the `*/*` entry when there is one, else from AWS defaults (burst 5000, rate 10000.0, ttl 300, requireAuthorizationForCacheControl true, SUCCEED_WITH_RESPONSE_HEADER, the rest false, no loggingLevel); a later change to `*/*` leaves it alone',
  ...stagesRec('test_create_update_stages: update-stage (test/GET took */* caching), update-stage-override (*/* burst 100, test/GET kept 124); test_update_stage_remove_wildcard: update-stage (defaults)'),
);

/** The raw segments of a patch path, escapes kept (the entry key is written as sent). */
const rawSegments = (path: string) => path.slice(1).split('/');

/** One setting: where it lives in the path, the member it sets, how its value is read. */
interface Setting {
  path: string;
  field: string;
  value: DeclaredValue;
}

const src = stagesRec('test_create_update_stages: update-stage (burstLimit "123" is 123, caching/enabled "true"); the other settings by the API reference\'s patch table');
const settings: readonly Setting[] = [
  { path: 'metrics/enabled', field: 'metricsEnabled', value: stageBoolean('stage.value.metrics-enabled', src) },
  // Logging needs the account's CloudWatch role on AWS: generators keep to values that need none.
  { path: 'logging/dataTrace', field: 'dataTraceEnabled', value: stageBoolean('stage.value.data-trace', src, ['false'], ['FALSE', '']) },
  { path: 'logging/loglevel', field: 'loggingLevel', value: stageEnum('stage.value.logging-level', 'loggingLevel', ['OFF', 'ERROR', 'INFO'], src, ['OFF']) },
  { path: 'throttling/burstLimit', field: 'throttlingBurstLimit', value: stageInteger('stage.value.burst-limit', 'throttlingBurstLimit', ['123', '0', '5000'], src) },
  { path: 'throttling/rateLimit', field: 'throttlingRateLimit', value: stageDouble('stage.value.rate-limit', 'throttlingRateLimit', ['200', '10.5', '0'], src) },
  { path: 'caching/enabled', field: 'cachingEnabled', value: stageBoolean('stage.value.caching-enabled', src) },
  { path: 'caching/dataEncrypted', field: 'cacheDataEncrypted', value: stageBoolean('stage.value.cache-data-encrypted', src) },
  { path: 'caching/ttlInSeconds', field: 'cacheTtlInSeconds', value: stageInteger('stage.value.cache-ttl', 'cacheTtlInSeconds', ['0', '300', '3600'], src) },
  { path: 'caching/requireAuthorizationForCacheControl', field: 'requireAuthorizationForCacheControl', value: stageBoolean('stage.value.require-authorization', src) },
  {
    path: 'caching/unauthorizedCacheControlHeaderStrategy',
    field: 'unauthorizedCacheControlHeaderStrategy',
    value: stageEnum('stage.value.unauthorized-strategy', 'unauthorizedCacheControlHeaderStrategy', ['FAIL_WITH_403', 'SUCCEED_WITH_RESPONSE_HEADER', 'SUCCEED_WITHOUT_RESPONSE_HEADER'], src),
  },
];

function setSetting(s: Setting, rowRule: Rule) {
  return (draft: ResourceValue, op: CustomOperation, ctx: DeclaredContext) => {
    const read = s.value.read(op.value, ctx);
    if (!read.ok) return { error: read.error, rule: read.rule };
    const key = rawSegments(op.path).slice(0, -2).join('/');
    const all = { ...((draft.methodSettings ?? {}) as Record<string, Record<string, unknown>>) };
    const start = all[key] ?? (key !== '*/*' && all['*/*'] ? all['*/*'] : methodSettingDefaults);
    // A new entry's other settings are its defaults' doing; the one set here is the row's (and its reader's).
    if (!all[key]) op.decide?.([key], defaultsRule);
    all[key] = { ...start, [s.field]: read.value };
    op.decide?.([key, s.field], read.value !== op.value ? s.value.rule : rowRule);
    draft.methodSettings = all;
    return null;
  };
}

function removeEntry(draft: ResourceValue, op: CustomOperation) {
  const key = rawSegments(op.path).join('/');
  const all = { ...((draft.methodSettings ?? {}) as Record<string, unknown>) };
  if (!(key in all)) return reject(cannotRemove, op.path);
  delete all[key];
  draft.methodSettings = all;
  return null;
}

const anyEntry = defineRule('stage.value.method-settings-entry', 'a remove takes no value', 'inferred', 'remove ignores the value, as everywhere');
const ignored: DeclaredValue = { rule: anyEntry, inside: [''], edges: [], read: () => ({ ok: true, value: undefined }) };

/**
 * Rows for every setting: `*\/*` first (what tools send most), then a resource path of one segment
 * (`test`, `~1pets~1{id}`) and of two unescaped segments (Terraform's `path1/path2`, inferred to mean
 * the same resource path). Removes of whole entries come last, so other two- and three-segment paths
 * (variables, canary, access log) match their own rows first.
 */
export function methodSettingRows(): DeclaredRow[] {
  const rows: DeclaredRow[] = [];
  for (const prefix of ['/*/*', '/{key}/{key}', '/{key}/{key}/{key}']) {
    for (const s of settings) {
      const pattern = `${prefix}/${s.path}`;
      const rule = defineRule(`stage.path:${pattern}`, `${pattern}: replace (an upsert of the entry)`, ...(prefix === '/{key}/{key}/{key}' ? inferred('Terraform\'s method_settings.go sends a nested resource path unescaped (path1/path2/GET/...); taken as the same entry key') : src));
      rows.push({
        rule,
        pattern,
        ops: ['replace'],
        target: { kind: 'custom', member: 'methodSettings', apply: setSetting(s, rule) },
        value: s.value,
      });
    }
  }
  return rows;
}

export function methodSettingRemoveRows(): DeclaredRow[] {
  return ['/*/*', '/{key}/{key}', '/{key}/{key}/{key}'].map((pattern) => ({
    rule: defineRule(
      `stage.path:${pattern}`,
      `${pattern}: remove the whole entry; none there (or any other two-segment path) is 'Cannot remove method setting'`,
      ...stagesRec('test_update_stage_remove_wildcard: delete-error before the entry exists, update-stage-reset after'),
    ),
    pattern,
    ops: ['remove'],
    target: { kind: 'custom', member: 'methodSettings', apply: removeEntry },
    value: ignored,
  }));
}

export const methodSettingRules = [defaultsRule];

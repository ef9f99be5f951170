/**
 * Stage variables (and the canary's overrides of them): per key, replace sets (an upsert), remove
 * drops. The API reference constrains names to alphanumerics and underscores and values to
 * `[A-Za-z0-9-._~:/?#&=,]+`; AWS's texts for a refusal are not recorded.
 */
import { defineRule, reject, type Rejection } from '../../rules/defineRule.js';
import type { CustomOperation, DeclaredContext, DeclaredRow, DeclaredValue, ResourceValue } from '../declaration.js';
import { badRequestRule } from '../declaredErrorRules.js';
import { stagesRec } from './stageEvidence.js';

export const variableNamePattern = /^[A-Za-z0-9_]+$/;
export const variableValuePattern = /^[A-Za-z0-9\-._~:/?#&=,]+$/;

export const badVariableName = badRequestRule(
  'stage.variable-name',
  'a stage variable name outside [A-Za-z0-9_]+: 400',
  (name: string) => `Stage variable name ${name} must only contain alphanumeric and underscore characters`,
  ['aws-doc', 'API reference, Stage.variables: "Variable names can have alphanumeric and underscore characters"'],
  true,
);
export const badVariableValue = badRequestRule(
  'stage.variable-value',
  'a stage variable value outside [A-Za-z0-9-._~:/?#&=,]+ (the empty value included): 400',
  (value: string | undefined) => `Stage variable value ${value ?? 'null'} does not match the regular expression [A-Za-z0-9-._~:/?#&=,]+`,
  ['aws-doc', 'API reference, Stage.variables: "the values must match [A-Za-z0-9-._~:/?#&=,]+"'],
  true,
);

export const variableValue: DeclaredValue = {
  rule: defineRule('stage.value.variable', 'a stage variable value, stored as sent; it must match [A-Za-z0-9-._~:/?#&=,]+', ...stagesRec('test_create_update_stages: update-stage (/variables/var1 "test")')),
  inside: ['test', 'v1.2', 'https://example.com/path?q=1'],
  edges: ['', 'with space', '$bad'],
  read: (raw) => (raw !== undefined && variableValuePattern.test(raw) ? { ok: true, value: raw } : { ok: false, ...reject(badVariableValue, raw) }),
};

/** The first bad name or value of a variables map (CreateStage, CreateDeployment), or null. */
export function variablesViolation(vars: unknown): Rejection | null {
  for (const [k, v] of Object.entries((vars ?? {}) as Record<string, string>)) {
    if (!variableNamePattern.test(k)) return reject(badVariableName, k);
    if (!variableValuePattern.test(String(v))) return reject(badVariableValue, String(v));
  }
  return null;
}

function setVariable(draft: ResourceValue, op: CustomOperation, ctx: DeclaredContext): Rejection | null {
  const key = op.keys.at(-1)!;
  const vars = { ...((draft.variables ?? {}) as Record<string, string>) };
  if (op.op === 'remove') delete vars[key];
  else {
    if (!variableNamePattern.test(key)) return reject(badVariableName, key);
    const read = variableValue.read(op.value, ctx);
    if (!read.ok) return { error: read.error, rule: read.rule };
    vars[key] = String(read.value);
  }
  draft.variables = Object.keys(vars).length > 0 ? vars : undefined;
  return null;
}

export const variablesRow: DeclaredRow = {
  rule: defineRule('stage.path:/variables/{key}', '/variables/{name}: replace sets (an upsert), remove drops (nothing there is no error)', ...stagesRec('test_create_update_stages: update-stage; remove is the API reference\'s, a missing name inferred silent')),
  pattern: '/variables/{key}',
  ops: ['replace', 'remove'],
  target: { kind: 'custom', member: 'variables', apply: setVariable },
  value: variableValue,
};

export const variableRules = [badVariableName, badVariableValue];

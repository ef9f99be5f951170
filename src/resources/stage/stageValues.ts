/**
 * How UpdateStage reads a patch value (always a string) into a stage member: booleans as Java's
 * parseBoolean, numbers parsed from their text, enums checked. Texts for refused values are not
 * recorded (no recording sends a bad value), so those rules say the text is inferred.
 */
import { defineRule, reject } from '../../rules/defineRule.js';
import type { DeclaredValue } from '../declaration.js';
import { badRequestRule } from '../declaredErrorRules.js';
import { canaryRec, inferred, stagesRec, type Sourced } from './stageEvidence.js';

/** "true" in any case is true, anything else false (the Method family's recorded reading; assumed here). */
export function stageBoolean(id: string, sourced: Sourced, inside: readonly string[] = ['true', 'false'], edges: readonly string[] = ['TRUE', 'whatever', '']): DeclaredValue {
  return {
    rule: defineRule(id, '"true" in any case is true, any other string (or none) is false', ...sourced),
    inside,
    edges,
    read: (raw) => ({ ok: true, value: raw !== undefined && raw.toLowerCase() === 'true' }),
  };
}

const notANumber = badRequestRule('stage.value.not-a-number', 'a numeric stage setting whose value is not a number: 400', (member: string, raw: string | undefined) => `Invalid ${member} value: ${raw ?? 'null'}`, inferred('no recording sends a non-number; the text is a guess'), true);

/** A whole number from its text ("123" is 123, as recorded for burstLimit); anything else refused. */
export function stageInteger(id: string, member: string, inside: readonly string[], sourced: Sourced): DeclaredValue {
  return {
    rule: defineRule(id, `${member}: a whole number, read from its text`, ...sourced),
    inside,
    edges: ['-1', '1.5', 'abc', ''],
    read: (raw) => (raw !== undefined && /^-?\d+$/.test(raw.trim()) ? { ok: true, value: Number(raw) } : { ok: false, ...reject(notANumber, member, raw) }),
  };
}

/** A number with a fraction allowed ("50" is 50.0, "0.0" is 0.0: recorded for percentTraffic). */
export function stageDouble(id: string, member: string, inside: readonly string[], sourced: Sourced): DeclaredValue {
  return {
    rule: defineRule(id, `${member}: a number read from its text`, ...sourced),
    inside,
    edges: ['abc', '', '1e2'],
    read: (raw) => {
      const n = raw === undefined || raw.trim() === '' ? NaN : Number(raw);
      return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, ...reject(notANumber, member, raw) };
    },
  };
}

const notInEnum = badRequestRule('stage.value.not-in-enum', 'an enumerated stage setting outside its values: 400', (member: string, raw: string | undefined) => `Invalid ${member} value: ${raw ?? 'null'}`, inferred('no recording sends a bad enum to UpdateStage; the text is a guess'), true);

export function stageEnum(id: string, member: string, values: readonly string[], sourced: Sourced, inside: readonly string[] = values): DeclaredValue {
  return {
    rule: defineRule(id, `${member}: one of ${values.join(', ')}`, ...sourced),
    inside,
    edges: [values[0]!.toLowerCase(), `${values[0]}_X`, ''],
    read: (raw) => (raw !== undefined && values.includes(raw) ? { ok: true, value: raw } : { ok: false, ...reject(notInEnum, member, raw) }),
  };
}

/** Text stored as sent; "" or no value removes the member (description, clientCertificateId, documentationVersion). */
export function stageText(id: string, inside: readonly string[], sourced: Sourced): DeclaredValue {
  return {
    rule: defineRule(id, 'stored verbatim; "" or no value removes the member', ...sourced),
    inside,
    edges: ['', ' '],
    read: (raw) => ({ ok: true, value: raw === undefined || raw === '' ? undefined : raw }),
  };
}

export const deploymentMissing = badRequestRule(
  'stage.deployment-missing',
  'a deployment id (the stage\'s, the canary\'s, on create or patch) that the API does not have: 400',
  () => 'Deployment id does not exist',
  canaryRec('test_create_canary_deployment: bad-canary-deployment-id (CreateStage canary); test_update_stage_canary_deployment_validation: update-stage-no-deployment; the stage\'s own deploymentId: user-quote aws/chalice#1839 "Error creating API Gateway Stage: BadRequestException: Deployment id does not exist"'),
);

/** A deployment id of the API (the stage's or its canary's). */
export const existingDeployment: DeclaredValue = {
  rule: defineRule('stage.value.deployment-id', 'the id of a deployment of the API; any other is refused', ...canaryRec('update-stage-no-deployment, update-stage-with-deployment')),
  inside: ['deploy', 'abc123'],
  edges: ['', 'DEPLOY'],
  read: (raw, ctx) => (raw !== undefined && raw !== '' && ctx.world.exists('Deployment', raw) ? { ok: true, value: raw } : { ok: false, ...reject(deploymentMissing) }),
};

export const stageValueRules = [notANumber, notInEnum, deploymentMissing];
export { stagesRec };

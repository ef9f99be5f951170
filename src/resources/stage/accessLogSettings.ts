/**
 * A stage's access-log settings: `add` and `replace` of `/accessLogSettings/destinationArn` and
 * `/format` both set the member (creating the object), an empty value is refused, and only the whole
 * object is removed (`remove /accessLogSettings`); a remove of a sub-field is refused even when it is
 * set, and any other sub-path (or the bare object) is refused for add and replace (the dialect's texts).
 */
import { defineRule, reject, type Rejection } from '../../rules/defineRule.js';
import type { CustomOperation, DeclaredContext, DeclaredRow, DeclaredValue, ResourceValue } from '../declaration.js';
import { badRequestRule } from '../declaredErrorRules.js';
import { accessLogRec } from './stageEvidence.js';

export const emptyAccessLog = badRequestRule('stage.access-log.not-empty', 'an access-log destinationArn or format set to "" (or nothing): 400', () => 'Access Log value must not be empty', accessLogRec('test_stage_access_log_settings_validation: update-stage-access-log-destinationArn-empty, -format-empty'));

const valueOf = (id: string, inside: readonly string[]): DeclaredValue => ({
  rule: defineRule(id, 'stored as sent; never empty (an ARN naming a log group that does not exist is taken)', ...accessLogRec('test_stage_access_log_settings: update-stage-access-log-dest-add, -dest-replace, -format-add')),
  inside,
  edges: ['', ' '],
  read: (raw) => (raw === undefined || raw === '' ? { ok: false, ...reject(emptyAccessLog) } : { ok: true, value: raw }),
});

const destination = valueOf('stage.value.access-log-destination', ['arn:aws:logs:us-east-1:123456789012:log-group:conformance', 'arn:aws:firehose:us-east-1:123456789012:deliverystream/amazon-apigateway-conformance']);
const format = valueOf('stage.value.access-log-format', ['$context.requestId $context.identity.sourceIp', '{"requestId":"$context.requestId"}']);

function set(field: 'destinationArn' | 'format', value: DeclaredValue) {
  return (draft: ResourceValue, op: CustomOperation, ctx: DeclaredContext): Rejection | null => {
    const read = value.read(op.value, ctx);
    if (!read.ok) return { error: read.error, rule: read.rule };
    const current = (draft.accessLogSettings ?? {}) as Record<string, string>;
    draft.accessLogSettings = { ...current, [field]: String(read.value) };
    return null;
  };
}

const none: DeclaredValue = { rule: defineRule('stage.value.access-log-remove', 'remove takes no value', 'inferred', 'remove ignores the value'), inside: [''], edges: [], read: () => ({ ok: true, value: undefined }) };

export function accessLogRows(): DeclaredRow[] {
  return [
    {
      rule: defineRule('stage.path:/accessLogSettings', '/accessLogSettings: remove (the whole object; none there is taken silently); add and replace refused', ...accessLogRec('test_stage_access_log_settings: update-stage-access-log-remove-all; root-and-add, root-and-replace; removing an absent object inferred')),
      pattern: '/accessLogSettings',
      ops: ['remove'],
      target: { kind: 'custom', member: 'accessLogSettings', apply: (d) => ((d.accessLogSettings = undefined), null) },
      value: none,
    },
    ...(['destinationArn', 'format'] as const).map((field): DeclaredRow => ({
      rule: defineRule(`stage.path:/accessLogSettings/${field}`, `/accessLogSettings/${field}: add or replace sets it (an upsert of the object); remove refused`, ...accessLogRec(`test_stage_access_log_settings: update-stage-access-log-${field === 'format' ? 'format-add' : 'dest-add, -dest-replace'}; update-stage-access-log-dest-remove`)),
      pattern: `/accessLogSettings/${field}`,
      ops: ['add', 'replace'],
      target: { kind: 'custom', member: 'accessLogSettings', apply: set(field, field === 'format' ? format : destination) },
      value: field === 'format' ? format : destination,
    })),
  ];
}

export const accessLogRules = [emptyAccessLog];

/**
 * UsagePlan's long error-text form: the texts of longFormDialect, but AWS names the per-stage paths with
 * placeholders (`/apiStages/<apidId:stageName>/throttle`, the typo is AWS's) and orders each op's list its
 * own way. The remove list is quoted in boto/boto3#2629 (2020); the add and replace lists are inferred.
 */
import { defineErrorRule } from '../../rules/defineRule.js';
import type { ErrorDialect } from '../declaration.js';
import { longFormDialect } from '../longFormDialect.js';

const stage = '/apiStages/<apidId:stageName>';
/** How AWS's text names a row's pattern. */
const shown: Readonly<Record<string, string>> = {
  '/apiStages/{key}/throttle': `${stage}/throttle`,
  '/apiStages/{key}/throttle/{key}/{key}': `${stage}/throttle/<resourcePath>/<httpMethod>`,
  '/apiStages/{key}/throttle/{key}/{key}/rateLimit': `${stage}/throttle/<resourcePath>/<httpMethod>/rateLimit`,
  '/apiStages/{key}/throttle/{key}/{key}/burstLimit': `${stage}/throttle/<resourcePath>/<httpMethod>/burstLimit`,
};

/** Each op's list in AWS's order (by pattern); a pattern not listed goes last. */
const order: Readonly<Record<string, readonly string[]>> = {
  remove: ['/apiStages', '/quota', '/throttle', '/productCode', '/apiStages/{key}/throttle/{key}/{key}', '/apiStages/{key}/throttle'],
};

const listed = (op: string, patterns: readonly string[] = []) => {
  const o = order[op] ?? [];
  const rank = (p: string) => (o.includes(p) ? o.indexOf(p) : o.length);
  return [...patterns].sort((a, b) => rank(a) - rank(b)).map((p) => shown[p] ?? p);
};

const text = (path: string | undefined, op: string, validForOp: readonly string[] = []) =>
  `Invalid patch path  '${path ?? 'null'}' specified for op '${op}'. ${validForOp.length > 0 ? `Must be one of: [${listed(op, validForOp).join(', ')}]` : 'Please choose supported operations'}`;

const source = "boto/boto3#2629 quotes remove's list (UpdateUsagePlan, 2020); the add and replace lists' order is the patch-operations table's (inferred)";

export function usagePlanDialect(): ErrorDialect {
  const base = longFormDialect({
    prefix: 'usage-plan',
    updateInput: 'updateUsagePlanInput',
    paths: ['user-quote', source],
    opEnum: ['inferred', 'format recorded on UpdateMethodResponse; the input name follows the operation'],
    ordered: ['aws-recorded', 'LocalStack TestUsagePlans::test_usage_plan_crud (update-usage-plan: four operations in one call, each upserting the object the earlier one made)'],
  });
  return {
    ...base,
    unknownPath: defineErrorRule(
      { id: 'usage-plan.patch.unknown-path', summary: "a path outside the table: 400 naming the paths the op takes, per-stage paths by AWS's placeholders", exception: 'BadRequestException', message: (path: string | undefined, op: string, validForOp?: readonly string[]) => text(path, op, validForOp) },
      'user-quote',
      source,
    ),
    unsupportedOp: defineErrorRule(
      { id: 'usage-plan.patch.unsupported-op', summary: 'a known path with an op it does not take: the same text as an unknown path', exception: 'BadRequestException', message: (_allowed: readonly string[], path: string, op: string, validForOp?: readonly string[]) => text(path, op, validForOp) },
      'user-quote',
      source,
    ),
  };
}

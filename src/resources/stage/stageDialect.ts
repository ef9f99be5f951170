/**
 * UpdateStage's own error family (patch-surface research section 1.1, family 4; every text recorded
 * against AWS): an unknown path lists a fixed, oddly punctuated set of paths byte for byte; a remove of
 * anything that is not removable says there is no method setting (with a trailing space); access-log
 * sub-paths, adds and copies have texts of their own. The texts depend on the op, so this dialect
 * chooses among them; the engine hands it the path and the op.
 */
import { defineErrorRule, defineRule } from '../../rules/defineRule.js';
import type { ErrorDialect } from '../declaration.js';
import { opEnumRule } from '../../rules/modelValidation.js';
import { accessLogRec, canaryRec, inferred, stagesRec } from './stageEvidence.js';
import { errorRule } from '../declaredErrorRules.js';

/**
 * The list AWS prints, byte for byte: separators are missing after `throttling/burstLimit` (twice a
 * slash-joined run, once space-joined), and it omits paths AWS takes (`/canarySettings/...`,
 * `/documentationVersion`).
 */
export const stagePathList =
  '[/deploymentId, /description, /cacheClusterEnabled, /cacheClusterSize, /clientCertificateId, /accessLogSettings, /accessLogSettings/destinationArn, /accessLogSettings/format, ' +
  '/{resourcePath}/{httpMethod}/metrics/enabled, /{resourcePath}/{httpMethod}/logging/dataTrace, /{resourcePath}/{httpMethod}/logging/loglevel, ' +
  '/{resourcePath}/{httpMethod}/throttling/burstLimit/{resourcePath}/{httpMethod}/throttling/rateLimit/{resourcePath}/{httpMethod}/caching/ttlInSeconds, ' +
  '/{resourcePath}/{httpMethod}/caching/enabled, /{resourcePath}/{httpMethod}/caching/dataEncrypted, /{resourcePath}/{httpMethod}/caching/requireAuthorizationForCacheControl, ' +
  '/{resourcePath}/{httpMethod}/caching/unauthorizedCacheControlHeaderStrategy, /*/*/metrics/enabled, /*/*/logging/dataTrace, /*/*/logging/loglevel, ' +
  '/*/*/throttling/burstLimit /*/*/throttling/rateLimit /*/*/caching/ttlInSeconds, /*/*/caching/enabled, /*/*/caching/dataEncrypted, ' +
  '/*/*/caching/requireAuthorizationForCacheControl, /*/*/caching/unauthorizedCacheControlHeaderStrategy, /variables/{variable_name}, /tracingEnabled]';

export const unknownPathText = (path: string | undefined) => `Invalid method setting path: ${path ?? 'null'}. Must be one of: ${stagePathList}`;
/** The path without its leading `/`, then "because ...method " with a trailing space. */
export const cannotRemoveText = (path: string | undefined) => `Cannot remove method setting ${(path ?? 'null').replace(/^\//, '')} because there is no method setting for this method `;
export const accessLogPathText = 'Invalid accessLogSettings path. Must be one of : [/accessLogSettings/destinationArn, /accessLogSettings/format]';
export const badOpText = (op: string, path: string | undefined) => `Invalid ${op} operation with path: ${path ?? 'null'}`;
export const badCopyText = (path: string | undefined, from: string | undefined) =>
  `Invalid copy operation with path: ${path ?? 'null'} and from ${from ?? 'null'}. Valid copy:path are [/deploymentId, /variables] and valid copy:from are [/canarySettings/deploymentId, /canarySettings/stageVariableOverrides]`;

const isAccessLog = (path: string | undefined) => path !== undefined && (path === '/accessLogSettings' || path.startsWith('/accessLogSettings/'));

/** A remove of anything that is not a method setting, a variable or a whole removable object. */
export const cannotRemove = errorRule(
  'stage.patch.cannot-remove',
  "remove of a path that is not removable (a sub-field of accessLogSettings or canarySettings, a method setting that is not there, an unknown path): 400 naming the path without its '/', trailing space",
  'BadRequestException',
  cannotRemoveText,
  accessLogRec('test_stage_access_log_settings_validation: invalid-path-remove, star-and-remove, update-stage-access-log-dest-remove; TestStageCrudCanary::test_update_stage_canary_deployment_validation: update-stage-canary-settings-remove-overrides, -bad-path; TestStages::test_update_stage_remove_wildcard: delete-error'),
);

export const accessLogPath = errorRule(
  'stage.patch.access-log-path',
  'add or replace of /accessLogSettings or of a sub-path other than destinationArn and format: 400 listing the two',
  'BadRequestException',
  () => accessLogPathText,
  accessLogRec('test_stage_access_log_settings_validation: invalid-path-add, invalid-path-replace, star-and-add, star-and-replace, root-and-add, root-and-replace'),
);

export const badCopy = errorRule(
  'stage.patch.copy-pair',
  'copy other than /canarySettings/deploymentId to /deploymentId or /canarySettings/stageVariableOverrides to /variables: 400 listing both',
  'BadRequestException',
  badCopyText,
  canaryRec('test_update_stage_with_copy_ops: copy-with-bad-statement'),
);

export const stageDialect: ErrorDialect = {
  updateInput: 'updateStageInput',
  opEnum: opEnumRule('stage.patch.op-enum', 'updateStageInput', inferred('format recorded on UpdateRestApi and UpdateGatewayResponse; the input name follows the operation')),
  unknownPath: defineErrorRule(
    {
      id: 'stage.patch.unknown-path',
      summary: "a path outside the table: 400 'Invalid method setting path' with AWS's fixed list; a remove says there is no method setting; an access-log path its own text",
      exception: 'BadRequestException',
      message: (path: string | undefined, op: string) => {
        if (op === 'remove') return cannotRemoveText(path);
        if ((op === 'add' || op === 'replace') && isAccessLog(path)) return accessLogPathText;
        if (op === 'copy') return badCopyText(path, undefined);
        return unknownPathText(path);
      },
    },
    ...stagesRec('test_create_update_stages: error-update-doc-version (/documentation_version), error-update-tags (/tags/tag1); TestStageCrudCanary::test_update_stage_canary_deployment_validation: update-stage-canary-settings-bad-path-2, -replace-bad-path'),
  ),
  unsupportedOp: defineErrorRule(
    {
      id: 'stage.patch.unsupported-op',
      summary: "a known path with an op it does not take: 'Invalid add operation with path' (add on a canary path, assumed for every path but the access-log ones, and for move and test), the remove, copy and access-log texts; a replace where only remove is taken gets the unknown-path text",
      exception: 'BadRequestException',
      message: (_allowed: readonly string[], path?: string, op?: string) => {
        if (op === 'remove') return cannotRemoveText(path);
        if ((op === 'add' || op === 'replace') && isAccessLog(path)) return accessLogPathText;
        if (op === 'replace') return unknownPathText(path);
        if (op === 'copy') return badCopyText(path, undefined);
        return badOpText(op ?? 'null', path);
      },
    },
    ...canaryRec('test_update_stage_canary_deployment_validation: update-stage-canary-settings-bad-path-2 (replace /canarySettings), update-stage-add-deployment; copy without its from and move/test are inferred'),
  ),
  ordered: defineRule('stage.patch.ordered-all-or-nothing', 'operations apply in list order on a draft (a canary made by one op is promoted by the next); an error leaves the stage as it was', ...canaryRec('test_update_stage_with_copy_ops: update-stage-with-copy (replace percentTraffic then copy); all-or-nothing inferred as on the other resources')),
  emptiedMap: defineRule('stage.map.emptied-disappears', 'variables emptied by removes are absent from the answer (methodSettings stays {})', 'inferred', 'as on the Method family; a removed canary or access-log object is absent (recorded), a map emptied by removes assumed alike'),
  untouchedKept: defineRule('stage.patch.untouched-members-kept', 'members no operation addresses are answered as they were', ...stagesRec('test_create_update_stages: update-stage, update-stage-override')),
};

/** The dialect's rules beside the ones the dialect object names, for the rule tables. */
export const stageErrorRules = [cannotRemove, accessLogPath, badCopy];

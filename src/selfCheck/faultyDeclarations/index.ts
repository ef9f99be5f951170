/**
 * Faults in declared resources (src/resources), one plausible emulator bug each, written as a change to
 * the resource's declaration: the mock serves the changed declaration, and the suite (through the SDK
 * and the msw target) must find the change and blame the rule it breaks. Data, like the declarations.
 */
import type { DeclaredRow, DeclaredValue, ResourceDeclaration } from '../../resources/declaration.js';
import { changed, row } from './changedRegistry.js';
import { restApiFaults } from './restApiFaults.js';
import { smallResourcesFaults } from './smallResourcesFaults.js';
import { stageFaults } from './stageFaults.js';
import { usagePlanFaults } from './usagePlanFaults.js';
import type { ErrorRule } from '../../rules/defineRule.js';

export interface FaultyDeclaration {
  id: string;
  /** The declared resource the fault is in. */
  resource: string;
  ruleFamily: string;
  /** Ids of the rules it breaks: every finding it causes must be blamed on one of them. */
  rules: readonly string[];
  description: string;
  /** The registry with the faulty declaration in place of the right one. */
  resources: readonly ResourceDeclaration[];
}


const readAs = (value: DeclaredValue, read: DeclaredValue['read']): DeclaredValue => ({ ...value, read });
const asBadRequest = (rule: ErrorRule<[]>): ErrorRule<[]> => ({ ...rule, exception: 'BadRequestException' });

const methodFamilyFaults: readonly FaultyDeclaration[] = [
  {
    id: 'method-response-update-200',
    resource: 'MethodResponse',
    ruleFamily: 'statuses',
    rules: ['method-response.update'],
    description: 'UpdateMethodResponse answers 200, as the other updates do, instead of 201',
    resources: changed('MethodResponse', (d) => ({ ...d, lifecycle: { ...d.lifecycle, update: { ...d.lifecycle.update!, status: 200 } } })),
  },
  {
    id: 'method-authorizer-id-kept',
    resource: 'Method',
    ruleFamily: 'normalization',
    rules: ['method.authorizer-id-dropped'],
    description: 'an authorizerId is kept on a method whose authorizationType is NONE or AWS_IAM',
    resources: changed('Method', (d) => ({ ...d, normalizers: [] })),
  },
  {
    id: 'method-boolean-strict',
    resource: 'Method',
    ruleFamily: 'coercion',
    rules: ['method.value.boolean'],
    description: 'apiKeyRequired takes only "true" or "false"; anything else is a 400',
    resources: changed('Method', row('/apiKeyRequired', (r) => ({
      ...r,
      value: readAs(r.value, (raw) => (raw === 'true' || raw === 'false' ? { ok: true, value: raw === 'true' } : { ok: false, error: { name: 'BadRequestException', status: 400, message: `apiKeyRequired must be true or false, not ${raw}` }, rule: r.value.rule })),
    }))),
  },
  {
    id: 'method-response-missing-key-400',
    resource: 'MethodResponse',
    ruleFamily: 'error-classes',
    rules: ['method-response.parameter-missing', 'method-response.model-missing'],
    description: 'replace or remove of a missing response parameter or model answers 400 instead of 404',
    resources: changed('MethodResponse', (d) => ({
      ...d,
      rows: d.rows.map((r) => (r.target.kind === 'mapEntry' ? { ...r, target: { ...r.target, missingKey: asBadRequest(r.target.missingKey) } } : r)),
    })),
  },
  {
    id: 'integration-response-empty-template-kept',
    resource: 'IntegrationResponse',
    ruleFamily: 'templates-without-value',
    rules: ['integration-response.value.template'],
    description: 'a patched response template "" is stored as "" instead of null',
    resources: changed('IntegrationResponse', row('/responseTemplates/{key}', (r) => ({ ...r, value: readAs(r.value, (raw) => ({ ok: true, value: raw === undefined ? null : raw })) }))),
  },
  {
    id: 'integration-response-content-type-unchecked',
    resource: 'IntegrationResponse',
    ruleFamily: 'mapping-values',
    rules: ['integration-response.content-type'],
    description: 'a patched response template key is not checked to be a media type',
    resources: changed('IntegrationResponse', row('/responseTemplates/{key}', (r) => ({ ...r, target: { ...r.target, validKey: () => null } as DeclaredRow['target'] }))),
  },
  {
    id: 'method-response-op-enum-zero-based',
    resource: 'MethodResponse',
    ruleFamily: 'op-validation',
    rules: ['method-response.patch.op-enum'],
    description: 'the op-enum validation numbers operations from 0',
    resources: changed('MethodResponse', (d) => ({
      ...d,
      dialect: { ...d.dialect, opEnum: { ...d.dialect.opEnum, message: (bad) => d.dialect.opEnum.message(bad.map((b) => ({ ...b, index: b.index - 1 }))) } },
    })),
  },
  {
    id: 'method-model-unchecked',
    resource: 'Method',
    ruleFamily: 'references',
    rules: ['method.request-model-valid'],
    description: 'a patched requestModels value is stored whether or not the API has such a model',
    resources: changed('Method', row('/requestModels/{key}', (r) => ({ ...r, value: readAs(r.value, (raw) => ({ ok: true, value: raw ?? '' })) }))),
  },
  {
    id: 'method-unsupported-op-as-path',
    resource: 'Method',
    ruleFamily: 'error-texts',
    rules: ['method.patch.unsupported-op'],
    description: 'a known path with a wrong op is answered with the unknown-path text',
    resources: changed('Method', (d) => ({ ...d, dialect: { ...d.dialect, unsupportedOp: { ...d.dialect.unsupportedOp, message: (_allowed, path) => `Invalid patch path ${path}` } } })),
  },
  {
    id: 'status-code-unchecked',
    resource: 'MethodResponse',
    ruleFamily: 'model-validation',
    rules: ['status-code.pattern'],
    description: 'a status code outside [1-5]\\d\\d is looked up (404) instead of failing model validation',
    resources: changed('MethodResponse', (d) => {
      const { keyPattern: _unchecked, ...rest } = d;
      return rest;
    }),
  },
  {
    id: 'request-validator-blank-name-taken',
    resource: 'RequestValidator',
    ruleFamily: 'text-values',
    rules: ['request-validator.name-not-blank'],
    description: 'replace /name with "" is stored instead of refused',
    resources: changed('RequestValidator', row('/name', (r) => ({ ...r, value: readAs(r.value, (raw) => ({ ok: true, value: raw ?? '' })) }))),
  },
  {
    id: 'model-short-form-texts',
    resource: 'Model',
    ruleFamily: 'error-texts',
    rules: ['model.patch.unknown-path', 'model.patch.unsupported-op'],
    description: "a bad path on UpdateModel is answered in the Method family's short form (`Invalid patch path /name`)",
    resources: changed('Model', (d) => ({
      ...d,
      dialect: {
        ...d.dialect,
        unknownPath: { ...d.dialect.unknownPath, message: (path) => `Invalid patch path ${path ?? 'null'}` },
        unsupportedOp: { ...d.dialect.unsupportedOp, message: (_allowed, path) => `Invalid patch path ${path}` },
      },
    })),
  },
  {
    id: 'gateway-response-op-text',
    resource: 'GatewayResponse',
    ruleFamily: 'error-texts',
    rules: ['gateway-response.patch.unsupported-op'],
    description: "add or remove on /statusCode answers the Method family's op text instead of GatewayResponse's path text",
    resources: changed('GatewayResponse', (d) => ({
      ...d,
      dialect: { ...d.dialect, unsupportedOp: { ...d.dialect.unsupportedOp, message: (allowed) => `Invalid patch operation specified. Must be one of: [${allowed.join(', ')}]` } },
    })),
  },
  {
    id: 'gateway-response-no-class-default',
    resource: 'GatewayResponse',
    ruleFamily: 'defaults',
    rules: ['gateway-response.default', 'gateway-response.update'],
    description: 'a type nothing was put at answers 404 to a get or an update instead of its default instance',
    resources: changed('GatewayResponse', (d) => {
      const { defaultFor: _none, ...rest } = d;
      return rest;
    }),
  },
  {
    id: 'documentation-part-add-taken',
    resource: 'DocumentationPart',
    ruleFamily: 'op-validation',
    rules: ['documentation-part.patch.unsupported-op'],
    description: 'add /properties is applied like replace instead of refused',
    resources: changed('DocumentationPart', row('/properties', (r) => ({ ...r, ops: ['add', 'replace'] }))),
  },
];

/** Every fault, the method family's first, then each resource family's (written beside them in this folder). */
export const faultyDeclarations: readonly FaultyDeclaration[] = [...methodFamilyFaults, ...restApiFaults, ...stageFaults, ...usagePlanFaults, ...smallResourcesFaults];

/** Public entry point of apigw-patch-conformance. */
export type { ApiError, CreateImplementation, Integration, IntegrationContext, IntegrationImplementation, Outcome, PatchOperation, PutIntegrationRequest, StatefulIntegrationImplementation } from './contract.js';
export type { Evidence, Provenance, RuleRef } from './provenance.js';
export { evidenceLevels, messageIsAuthoritative } from './provenance.js';
export type { Rule, ErrorRule, Rejection } from './rules/defineRule.js';
export type { Expectation } from './engine/expectation.js';
export { referenceImplementation } from './engine/referenceImplementation.js';
export { putIntegration } from './engine/putIntegration.js';
export { updateIntegration } from './engine/updateIntegration.js';
export { escapePointer, unescapePointer, parsePointer } from './engine/escapePointer.js';
export { integrationRules, integrationConstraints, matchIntegrationPath } from './rules/integration.js';
export type { IntegrationPathRule, Constraint } from './rules/integration.js';
export { patchOpEnum } from './rules/patchOperations.js';

/**
 * Public entry of the generators: fast-check arbitraries of PutIntegration and UpdateIntegration wire
 * bodies, and the coverage classification of patch operations. Nothing here knows about targets.
 */
export type { PutIntegrationBody, StateHint, UpdateCase, UpdateIntegrationBody, WirePatchItem, WirePatchOperation } from './wireBodies.js';
export { validPutIntegrationBody, validPutIntegrationBodyOf, templateBody } from './validPutIntegrationBody.js';
export { invalidPutIntegrationBody } from './invalidPutIntegrationBody.js';
export { putIntegrationBody } from './putIntegrationBody.js';
export type { Aimed } from './aimed.js';
export { patchOperation, aimedPatchOperation, aimedRuleOperation, operationOnRow, operationsOnOneTarget } from './patchOperation.js';
export { patchOperations, updateIntegrationBody, aimedPatchOperations, aimedUpdateIntegrationBody } from './patchOperations.js';
export { updateCase } from './updateCase.js';
export { acceptedUpdateCase, acceptedByReference } from './acceptedUpdateCase.js';
export { failingUpdateCase } from './failingUpdateCase.js';
export { chainCase, type ChainCase } from './chainCase.js';
export { modelCase, type ModelCase, type ModelCommand } from './modelCase.js';
export { modelOperation } from './modelOperation.js';
export { updateSweep, putSweep, readBackSweep, atomicitySweep } from './edgeSweep.js';
export { classifyOperation, type OperationClass } from './classifyOperation.js';
export { validIntegrationUri, invalidIntegrationUri, validIntegrationUris, invalidIntegrationUris } from './integrationUri.js';
export { templateContentType, integrationParameterKey, invalidIntegrationParameterKey, cacheKeyName } from './mapKeys.js';
export { validMappingSource, invalidMappingSource } from './mappingSource.js';
export { segmentWriting, writeSegment, wrongOrderEscape, type SegmentWriting } from './pointerSegment.js';

/** The integration's life around its patches: reading it back, deleting it, and calls on one that is not there. */
import { defineErrorRule, defineRule } from './defineRule.js';

export const getReturnsStored = defineRule(
  'get.returns-stored',
  'GetIntegration answers 200 with the integration exactly as the last successful PutIntegration or UpdateIntegration answered it',
  'aws-doc',
  'API reference GetIntegration and UpdateIntegration (same Integration response shape); recorded Get after Put in LocalStack snapshots',
);

export const rejectedPatchLeavesState = defineRule(
  'get.unchanged-after-rejection',
  'after a rejected UpdateIntegration, GetIntegration answers the integration as it was before the call',
  'inferred',
  'no recording reads state back after a failed patch; all-or-nothing is the natural assumption (research note section 1)',
);

const missingText = () => 'Invalid Integration identifier specified';

export const integrationMissing = defineErrorRule(
  { id: 'integration.missing', summary: 'GetIntegration of a method without an integration (never put, or deleted): 404', exception: 'NotFoundException', message: missingText },
  'aws-recorded',
  'LocalStack test_apigateway_api.py#TestApigatewayIntegration::test_get_integration_non_existent (get-integration-no-integration); test_apigateway_lambda.py#test_lambda_aws_integration_with_request_template (get-integration-after-delete)',
);

export const integrationMissingOnChange = defineErrorRule(
  { id: 'integration.missing-on-change', summary: 'UpdateIntegration or DeleteIntegration of a method without an integration: 404, as GetIntegration', exception: 'NotFoundException', message: missingText },
  'inferred',
  "unrecorded for these two calls; GetIntegration's recorded answer, and DeleteIntegrationResponse's recorded text for a missing integration",
);

export const deleteAnswer = defineRule(
  'delete.answer',
  'DeleteIntegration answers 204 with no body, and the integration is gone',
  'aws-recorded',
  'LocalStack test_apigateway_lambda.py#test_lambda_aws_integration_with_request_template (delete-integration, then get-integration-after-delete)',
);

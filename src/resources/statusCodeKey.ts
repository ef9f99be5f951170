/** The status code that names a method response or an integration response: Coral checks its pattern before anything else. */
import { defineRule } from '../rules/defineRule.js';
import { patternConstraint } from '../rules/modelValidation.js';
import type { ResourceDeclaration } from './declaration.js';

export const statusCodeKey: NonNullable<ResourceDeclaration['keyPattern']> = {
  regex: /^[1-5]\d\d$/,
  constraint: patternConstraint('[1-5]\\d\\d'),
  rule: defineRule(
    'status-code.pattern',
    'a status code in the URI matches [1-5]\\d\\d, checked by model validation (listed after bad ops in one ValidationException)',
    'aws-recorded',
    'LocalStack test_apigateway_api.py#TestApigatewayMethodResponse::test_update_method_response_negative_tests (update-method-response-invalid-statuscode, ...-and-wrong-op); TestApigatewayIntegrationResponse::test_integration_response_invalid_statuscode (put, get); assumed alike for the other calls of both resources',
  ),
};

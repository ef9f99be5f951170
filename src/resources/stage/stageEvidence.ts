/** Where Stage's and Deployment's rules come from: the LocalStack snapshots recorded against AWS, by file and key. */
import type { Evidence } from '../../provenance.js';

export type Sourced = readonly [Evidence, string];

const recorded = (file: string) => (key: string): Sourced => ['aws-recorded', `LocalStack ${file} (${key})`];

/** test_apigateway_api.py#TestApiGatewayStage (25-02-2026). */
export const accessLogRec = recorded('test_apigateway_api.py#TestApiGatewayStage');
/** test_apigateway_canary.py#TestStageCrudCanary (30-05-2025). */
export const canaryRec = recorded('test_apigateway_canary.py#TestStageCrudCanary');
/** test_apigateway_common.py#TestStages (05-03-2024). */
export const stagesRec = recorded('test_apigateway_common.py#TestStages');
/** test_apigateway_common.py#TestDeployments (07/11-09-2023). */
export const deploymentsRec = recorded('test_apigateway_common.py#TestDeployments');
/** test_apigateway_basic.py#TestAPIGateway (12-04-2024). */
export const basicRec = recorded('test_apigateway_basic.py#TestAPIGateway');

export const inferred = (why: string): Sourced => ['inferred', why];

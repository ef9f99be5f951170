/** Which stages GetStages keeps for its deploymentId: those pointing at that deployment. */
import { defineRule } from '../../rules/defineRule.js';
import type { ResourceValue } from '../declaration.js';

export const stageDeploymentQuery = defineRule(
  'stage.list.deployment-id',
  "GetStages' deploymentId keeps the stages whose deploymentId it is",
  'aws-doc',
  "API reference GetStages: deploymentId, \"The stages' deployment identifiers\" (exact match inferred: it is an identifier)",
);

export function stageListKeeps(value: ResourceValue, query: Readonly<Record<string, string>>): boolean {
  return query.deploymentId === undefined || value.deploymentId === query.deploymentId;
}

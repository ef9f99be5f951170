import { resourceRegistry } from '../../src/resources/registry.js';
import type { ConformanceProperty } from './conformanceProperty.js';
import { declaredResourceLifecycle } from './declaredResourceLifecycle.js';
import { getAfterUpdate } from './getAfterUpdate.js';
import { putMatchesReference } from './putMatchesReference.js';
import { rejectedUpdateIsAtomic } from './rejectedUpdateIsAtomic.js';
import { modelBased } from './modelBased.js';
import { updateMatchesReference } from './updateMatchesReference.js';

export type { CaseRun, CheckedCall, ConformanceProperty } from './conformanceProperty.js';

/** Every conformance property, in the order a run executes them. */
export const conformanceProperties: readonly ConformanceProperty<any>[] = [
  putMatchesReference,
  updateMatchesReference,
  getAfterUpdate,
  rejectedUpdateIsAtomic,
  modelBased,
  // Every declared resource with patch rows, after Integration's own properties.
  ...resourceRegistry.filter((d) => d.rows.length > 0 && d.lifecycle.update).map(declaredResourceLifecycle),
];

/** The resource a property checks: its declared resource, or Integration, whose properties came first. */
export const resourceOf = (p: { resource?: string }): string => p.resource ?? 'Integration';

/** The ids of the properties that check a resource, in run order. */
export const propertiesOf = (resource: string): string[] => conformanceProperties.filter((p) => resourceOf(p) === resource).map((p) => p.id);

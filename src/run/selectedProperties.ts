/** The properties a run selected: `settings.properties`, or every property when the list is empty. */
import { conformanceProperties } from '../../spec/properties/index.js';

export function selectedPropertyIds(settings: { properties: readonly string[] }): string[] {
  return settings.properties.length > 0 ? [...settings.properties] : conformanceProperties.map((p) => p.id);
}

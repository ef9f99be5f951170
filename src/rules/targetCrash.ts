/** The one rule about every operation at once: what a crash breaks. */
import { defineRule } from './defineRule.js';

export const targetCrash = defineRule(
  'target.crash',
  'AWS answers every request the suite sends with a success or a 4xx error, never a 5xx',
  'aws-doc',
  'API reference, Common Errors (a 5xx is a fault of the service); no recorded answer to these operations is a 5xx',
);

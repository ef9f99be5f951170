/** The rules about every operation at once: what a crash and a silence break. */
import { defineRule } from './defineRule.js';

export const targetCrash = defineRule(
  'target.crash',
  'AWS answers every request the suite sends with a success or a 4xx error, never a 5xx',
  'aws-doc',
  'API reference, Common Errors (a 5xx is a fault of the service); no recorded answer to these operations is a 5xx',
);

export const targetNoAnswer = defineRule(
  'target.no-answer',
  'AWS answers every request the suite sends, in well under the time limit (10 s in-process, 30 s over the wire)',
  'aws-doc',
  'API reference, Common Errors (RequestTimeout is the client\'s fault, never the answer to a well-formed request); every recorded call was answered',
);

/**
 * minimumCompressionSize: an integer between 0 and 10485760; null (or, on a patch, no value or "")
 * disables compression. Anything else, a negative number or a non-number, gets the range text.
 */
import { defineRule, reject } from '../../rules/defineRule.js';
import type { DeclaredValue } from '../declaration.js';
import { badRequestRule } from '../declaredErrorRules.js';
import { recordedApi } from './restApiEvidence.js';

export const maxCompressionSize = 10485760;

export const compressionOutOfRange = badRequestRule(
  'rest-api.compression-range',
  'minimumCompressionSize outside 0..10485760, or not an integer: 400',
  () => `Invalid minimum compression size, must be between 0 and ${maxCompressionSize}`,
  recordedApi('test_update_rest_api_compression (set-negative-compression, set-string-compression), test_create_rest_api_with_optional_params (string-compression-size: -1 on create)'),
);

export const compressionInRange = (n: number) => Number.isInteger(n) && n >= 0 && n <= maxCompressionSize;

/** The patch value: Java's Integer.parseInt (an optional sign, digits), then the range. */
export const compressionValue: DeclaredValue = {
  rule: defineRule(
    'rest-api.value.compression',
    'an integer string 0..10485760 is stored as a number; no value or "" disables compression (the member disappears)',
    ...recordedApi('test_update_rest_api_compression (enable-compression "10", set-compression-zero "0", disable-compression "")'),
  ),
  inside: ['10', '0', '', String(maxCompressionSize)],
  edges: ['-1', 'test', String(maxCompressionSize + 1), '1.5', ' 10'],
  read: (raw) => {
    if (raw === undefined || raw === '') return { ok: true, value: undefined };
    const n = /^[+-]?\d{1,10}$/.test(raw) ? Number(raw) : NaN;
    return compressionInRange(n) ? { ok: true, value: n } : { ok: false, ...reject(compressionOutOfRange) };
  },
};

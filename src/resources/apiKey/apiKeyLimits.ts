/**
 * The limits CreateApiKey and UpdateApiKey check on an API key's text members, with AWS's recorded
 * texts (LocalStack test_apigateway_extended.py#TestApigatewayApiKeysCrud, recorded against AWS).
 */
import { defineRule, reject } from '../../rules/defineRule.js';
import type { DeclaredValue } from '../declaration.js';
import { badRequestRule } from '../declaredErrorRules.js';

const rec = (key: string) => ['aws-recorded', `LocalStack test_apigateway_extended.py#TestApigatewayApiKeysCrud (${key})`] as const;

export const nameMaxLength = 1024;
/** 125001 characters were refused; the limit itself is inferred (AWS's documented description limit for other resources is 125000 too). */
export const descriptionMaxLength = 125000;
export const valueMinLength = 20;
export const valueMaxLength = 128;

export const nameTooLong = badRequestRule('api-key.name-length', `a name longer than ${nameMaxLength} characters: 400`, () => `Invalid API Key name, can be at most ${nameMaxLength} characters.`, rec('create-api-key-name-too-long; the same limit on UpdateApiKey /name is inferred'));
export const descriptionTooLong = badRequestRule('api-key.description-length', 'a description of 125001 characters: 400, on create and on update', () => 'Invalid API Key description specified.', rec('create-api-key-description-too-long, update-api-key-description-too-long'));
export const valueTooShort = badRequestRule('api-key.value-min-length', `a value shorter than ${valueMinLength} characters (not empty): 400`, () => `API Key value should be at least ${valueMinLength} characters`, rec('create-api-key-short-value'));
export const valueTooLong = badRequestRule('api-key.value-max-length', `a value longer than ${valueMaxLength} characters: 400`, () => `API Key value exceeds maximum size of ${valueMaxLength} characters`, rec('create-api-key-invalid-value-too-long'));

/** The name: `""` or no value removes it (an empty name is taken on create and answered without one). */
export const nameValue: DeclaredValue = {
  rule: defineRule('api-key.value.name', 'the name, stored verbatim; "" or none leaves the key without a name; at most 1024 characters', 'aws-recorded', 'LocalStack TestApigatewayApiKeysCrud (update-api-key-name; create-api-key-empty-name answers no name, assumed the same for replace /name "")'),
  inside: ['new-name', 'key with spaces', ''],
  edges: ['a'.repeat(nameMaxLength), 'a'.repeat(nameMaxLength + 1)],
  read: (raw) => (raw !== undefined && raw.length > nameMaxLength ? { ok: false, ...reject(nameTooLong) } : { ok: true, value: raw === '' ? undefined : raw }),
};

/** The description: `""` or no value removes it. */
export const descriptionValue: DeclaredValue = {
  rule: defineRule('api-key.value.description', 'the description, stored verbatim; "" or none removes it; at most 125000 characters', 'aws-recorded', 'LocalStack TestApigatewayApiKeysCrud (update-api-key-description-too-long); clearing with "" is inferred'),
  inside: ['a description', ''],
  edges: ['a'.repeat(descriptionMaxLength + 1)],
  read: (raw) => (raw !== undefined && raw.length > descriptionMaxLength ? { ok: false, ...reject(descriptionTooLong) } : { ok: true, value: raw === '' ? undefined : raw }),
};

/** The value's length on create: empty means "generate one". Null when it is taken. */
export function valueLengthRefusal(value: string) {
  if (value === '') return null;
  if (value.length < valueMinLength) return reject(valueTooShort);
  if (value.length > valueMaxLength) return reject(valueTooLong);
  return null;
}

export const apiKeyLimitRules = [nameTooLong, descriptionTooLong, valueTooShort, valueTooLong];

/** Faults in RestApi, each a plausible emulator bug written as a changed declaration. */
import type { DeclaredRow, ResourceDeclaration } from '../../resources/declaration.js';
import { restApi } from '../../resources/restApi/restApi.js';
import { changed } from './changedRegistry.js';
import type { FaultyDeclaration } from './index.js';

const served = (faulty: ResourceDeclaration): readonly ResourceDeclaration[] => changed('RestApi', () => faulty);
const withRow = (pattern: string, change: (r: DeclaredRow) => DeclaredRow): ResourceDeclaration => ({ ...restApi, rows: restApi.rows.map((r) => (r.pattern === pattern ? change(r) : r)) });

export const restApiFaults: readonly FaultyDeclaration[] = [
  {
    id: 'rest-api-update-without-tags',
    resource: 'RestApi',
    ruleFamily: 'response-shape',
    rules: ['rest-api.update-shows-tags'],
    description: 'UpdateRestApi answers without "tags": {} when the API has no tags, as its create does',
    resources: served({ ...restApi, answerView: undefined }),
  },
  {
    id: 'rest-api-compression-add-taken',
    resource: 'RestApi',
    ruleFamily: 'ops',
    rules: ['rest-api.patch.unsupported-op'],
    description: 'add /minimumCompressionSize is taken like replace instead of "Invalid patch operation specified. Must be one of: [replace]"',
    resources: served(withRow('/minimumCompressionSize', (r) => ({ ...r, ops: ['add', 'replace'] }))),
  },
  {
    id: 'rest-api-negative-compression-taken',
    resource: 'RestApi',
    ruleFamily: 'values',
    rules: ['rest-api.value.compression', 'rest-api.compression-range'],
    description: 'replace /minimumCompressionSize takes any integer (-1 included) instead of "Invalid minimum compression size, must be between 0 and 10485760"',
    resources: served(
      withRow('/minimumCompressionSize', (r) => ({
        ...r,
        value: { ...r.value, read: (raw, ctx) => (raw !== undefined && /^-\d+$/.test(raw) ? { ok: true, value: Number(raw) } : r.value.read(raw, ctx)) },
      })),
    ),
  },
  {
    id: 'rest-api-types-op-text',
    resource: 'RestApi',
    ruleFamily: 'error-texts',
    rules: ['rest-api.patch.unsupported-op'],
    description: "a wrong op on /endpointConfiguration/types/* gets the usual op text ('Must be one of: [replace]') instead of \"Must be 'add'|'remove'|'replace'\"",
    resources: served({
      ...restApi,
      dialect: { ...restApi.dialect, unsupportedOp: { ...restApi.dialect.unsupportedOp, message: (allowed: readonly string[]) => `Invalid patch operation specified. Must be one of: [${[allowed].flat().join(', ')}]` } },
    }),
  },
];

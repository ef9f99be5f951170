/** Faults in Stage and Deployment, each a plausible emulator bug written as a changed declaration. */
import type { DeclaredRow, ResourceDeclaration } from '../../resources/declaration.js';
import { deployment } from '../../resources/deployment/deployment.js';
import { changed } from './changedRegistry.js';
import { stage } from '../../resources/stage/stage.js';
import type { FaultyDeclaration } from './index.js';

const served = (faulty: ResourceDeclaration): readonly ResourceDeclaration[] => changed(faulty.name, () => faulty);

const withRows = (d: ResourceDeclaration, change: (r: DeclaredRow) => DeclaredRow): ResourceDeclaration => ({ ...d, rows: d.rows.map(change) });

const removeRows = ['/*/*', '/{key}/{key}', '/{key}/{key}/{key}'];

export const stageFaults: readonly FaultyDeclaration[] = [
  {
    id: 'stage-remove-missing-setting-ok',
    resource: 'Stage',
    ruleFamily: 'missing-keys',
    rules: ['stage.patch.cannot-remove', ...removeRows.map((p) => `stage.path:${p}`)],
    description: "remove /*/* (or any method-settings entry) that is not there succeeds instead of 'Cannot remove method setting */* ...'",
    resources: served(withRows(stage, (r) => (removeRows.includes(r.pattern) && r.target.kind === 'custom' ? { ...r, target: { ...r.target, apply: () => null } } : r))),
  },
  {
    id: 'stage-access-log-empty-accepted',
    resource: 'Stage',
    ruleFamily: 'values',
    rules: ['stage.value.access-log-destination', 'stage.value.access-log-format', 'stage.access-log.not-empty', 'stage.path:/accessLogSettings/destinationArn', 'stage.path:/accessLogSettings/format'],
    description: 'an empty access-log destinationArn or format is stored instead of "Access Log value must not be empty"',
    resources: served(
      withRows(stage, (r) => {
        if (!r.pattern.startsWith('/accessLogSettings/') || r.target.kind !== 'custom') return r;
        const field = r.pattern.endsWith('format') ? 'format' : 'destinationArn';
        return { ...r, target: { ...r.target, apply: (d, o) => ((d.accessLogSettings = { ...((d.accessLogSettings ?? {}) as object), [field]: o.value ?? '' }), null) } };
      }),
    ),
  },
  {
    id: 'stage-cache-status-available',
    resource: 'Stage',
    ruleFamily: 'defaults',
    rules: ['stage.create'],
    description: 'CreateStage answers cacheClusterStatus AVAILABLE without a cache instead of NOT_AVAILABLE',
    resources: served({
      ...stage,
      lifecycle: {
        ...stage.lifecycle,
        put: {
          ...stage.lifecycle.put,
          build: (b, ctx) => {
            const built = stage.lifecycle.put.build!(b, ctx);
            return 'error' in built ? built : { ...built, value: { ...built.value, cacheClusterStatus: 'AVAILABLE' } };
          },
        },
      },
    }),
  },
  {
    id: 'deployment-description-add-taken',
    resource: 'Deployment',
    ruleFamily: 'ops',
    rules: ['deployment.patch.unsupported-op', 'deployment.path:/description'],
    description: 'UpdateDeployment takes add on /description as a replace (moto-style op ignored) instead of refusing it',
    resources: served(withRows(deployment, (r) => ({ ...r, ops: ['add', 'replace'] }))),
  },
];

/**
 * What a run created outside its sandbox RestApi: API keys, usage plans, client certificates and VPC
 * links belong to the account, so deleting the sandbox does not take them. Each is noted when its
 * create succeeds and struck off when its delete does; the sandbox's close() deletes what is left,
 * last made first (children before parents), after a failed case or a SIGINT too.
 */
import type { Outcome } from '../contract.js';
import type { ResourceDeclaration } from '../resources/declaration.js';
import { accountLevel } from '../resources/accountLevel.js';
import { createdKeyMember } from '../resources/createdKey.js';
import { resourceRegistry } from '../resources/registry.js';

type Params = Readonly<Record<string, string>>;


const uriOf = (decl: ResourceDeclaration, params: Params) => decl.uri.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));

export class AccountResourceLedger {
  private readonly made = new Map<string, { decl: ResourceDeclaration; params: Params }>();

  constructor(private readonly resources: readonly ResourceDeclaration[] = resourceRegistry) {}

  /** Called with every answer of a declared resource's call. */
  noted(operation: string, params: Params, outcome: Outcome): void {
    if (!outcome.ok) return;
    for (const decl of this.resources.filter(accountLevel)) {
      const { put, delete: del } = decl.lifecycle;
      if (operation === put.operation) {
        const key = put.verb === 'post' ? String((outcome.value as Record<string, unknown>)[createdKeyMember(decl)] ?? '') : params[decl.key];
        if (!key) return;
        const at = { ...params, [decl.key]: key };
        this.made.set(uriOf(decl, at), { decl, params: at });
      } else if (operation === del.operation) this.made.delete(uriOf(decl, params));
    }
  }

  /** The deletes still owed, last made first. */
  owed(): Array<{ operation: string; resource: string; params: Params }> {
    return [...this.made.values()].reverse().map(({ decl, params }) => ({ operation: decl.lifecycle.delete.operation, resource: decl.name, params }));
  }

  settled(operation: string, params: Params): void {
    this.noted(operation, params, { ok: true, status: 202, value: {} } as Outcome);
  }
}

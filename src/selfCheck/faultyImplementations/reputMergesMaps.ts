/** Fault (persistence): a PutIntegration over an existing integration merges the old requestParameters and requestTemplates into the new ones, where AWS replaces the whole integration. */
import { faultyStore } from './faultForms.js';

export const createImplementation = faultyStore((correct) => ({
  async putIntegration(body, ctx) {
    const held = await correct.getIntegration(ctx);
    if (!held.ok || typeof body !== 'object' || body === null) return correct.putIntegration(body, ctx);
    const b = body as Record<string, unknown>;
    const merged = { ...b };
    for (const m of ['requestParameters', 'requestTemplates'] as const) {
      const old = held.value[m];
      if (old && Object.keys(old).length > 0 && (b[m] === undefined || (typeof b[m] === 'object' && b[m] !== null))) merged[m] = { ...old, ...(b[m] as object | undefined) };
    }
    return correct.putIntegration(merged, ctx);
  },
}));

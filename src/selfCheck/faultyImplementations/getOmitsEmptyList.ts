/** Fault (persistence): GetIntegration leaves out cacheKeyParameters when the list is empty (a serializer that skips empty lists); Put and Update answer it. */
import { faultyStore } from './faultForms.js';

export const createImplementation = faultyStore((correct) => ({
  async getIntegration(ctx) {
    const out = await correct.getIntegration(ctx);
    if (!out.ok || (out.value.cacheKeyParameters ?? []).length > 0) return out;
    const { cacheKeyParameters: _, ...rest } = out.value;
    return { ...out, value: rest };
  },
}));

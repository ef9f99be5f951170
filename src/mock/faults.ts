/**
 * Seeded fault injection for the mock: throttles, 5xx, latency and dropped connections, decided
 * before the implementation runs, so such a faulted request never changes state; and lost answers
 * ('lost'): the request is applied, then its answer never arrives (what a retry must not repeat).
 */
import { HttpResponse } from 'msw';
import { seededRandom, type Random } from './seededRandom.js';
import { errorResponse } from './wireErrors.js';

export type FaultKind = 'throttle' | 'unavailable' | 'internal' | 'latency' | 'drop' | 'lost';

export interface FaultOptions {
  seed: number;
  /** Probability in [0, 1] that a request gets a fault. */
  rate: number;
  /** Relative weights of the kinds; absent kinds weigh 0. Default: the five that leave state alone, equally ('lost' only when named). */
  kinds?: Partial<Record<FaultKind, number>>;
  /** Added delay for 'latency' faults, [min, max] ms. Default [5, 25]. */
  latencyMs?: readonly [number, number];
  /** Retry-After on 429 answers, in seconds (AWS's unit). Default 1. */
  retryAfterSeconds?: number;
  /** Only these operations (e.g. 'UpdateIntegration') are faulted. Default: all. */
  operations?: readonly string[];
}

const allKinds: readonly FaultKind[] = ['throttle', 'unavailable', 'internal', 'latency', 'drop', 'lost'];
const defaultKinds: ReadonlySet<FaultKind> = new Set(['throttle', 'unavailable', 'internal', 'latency', 'drop']);

export class FaultInjector {
  /** Faults injected so far, by kind (tests assert that faults really happened). */
  readonly injected: Record<FaultKind, number> = { throttle: 0, unavailable: 0, internal: 0, latency: 0, drop: 0, lost: 0 };
  private random: Random;
  private readonly weights: readonly [FaultKind, number][];
  private readonly totalWeight: number;

  constructor(readonly options: FaultOptions) {
    if (!(options.rate >= 0 && options.rate <= 1)) throw new RangeError(`fault rate must be in [0, 1], got ${options.rate}`);
    this.random = seededRandom(options.seed);
    this.weights = allKinds.map((k) => [k, options.kinds ? options.kinds[k] ?? 0 : defaultKinds.has(k) ? 1 : 0] as [FaultKind, number]).filter(([, w]) => w > 0);
    this.totalWeight = this.weights.reduce((s, [, w]) => s + w, 0);
  }

  reset(): void {
    this.random = seededRandom(this.options.seed);
    for (const k of allKinds) this.injected[k] = 0;
  }

  /** The faulted answer for this request, 'lost' to apply it and lose the answer, or null to handle it normally (possibly after added latency). */
  async inject(operation: string): Promise<Response | 'lost' | null> {
    if (this.options.operations && !this.options.operations.includes(operation)) return null;
    if (this.totalWeight === 0 || this.random() >= this.options.rate) return null;
    const kind = this.pickKind();
    this.injected[kind]++;
    switch (kind) {
      case 'throttle':
        return errorResponse(
          { name: 'TooManyRequestsException', status: 429, message: 'Too Many Requests' },
          { 'Retry-After': String(this.options.retryAfterSeconds ?? 1) },
        );
      case 'unavailable':
        return errorResponse({ name: 'ServiceUnavailableException', status: 503, message: 'Service Unavailable' });
      case 'internal':
        return errorResponse({ name: 'InternalFailure', status: 500, message: 'Internal server error (injected fault)' });
      case 'drop':
        return HttpResponse.error();
      case 'lost':
        return 'lost';
      case 'latency': {
        const [min, max] = this.options.latencyMs ?? [5, 25];
        await new Promise((r) => setTimeout(r, min + this.random() * (max - min)));
        return null;
      }
    }
  }

  private pickKind(): FaultKind {
    let roll = this.random() * this.totalWeight;
    for (const [kind, weight] of this.weights) {
      roll -= weight;
      if (roll < 0) return kind;
    }
    return this.weights[this.weights.length - 1]![0];
  }
}

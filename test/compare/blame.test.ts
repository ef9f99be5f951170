/**
 * Blame: a divergence names the rule the target broke, never one that merely passed. Each case is a
 * reference expectation and a hand-written wrong answer of a kind emulators give.
 */
import { describe, expect, it } from 'vitest';
import type { Integration, Outcome } from '../../src/contract.js';
import { compareOutcomes } from '../../src/compare/compareOutcomes.js';
import { putIntegration } from '../../src/engine/putIntegration.js';
import { updateIntegration } from '../../src/engine/updateIntegration.js';
import { ctx, http, mock, patch } from '../engine/fixtures.js';

const ok = (value: Integration, status = 200): Outcome => ({ ok: true, status, value });
const err = (name: string, status: number, message: string): Outcome => ({ ok: false, error: { name, status, message } });
const blamed = (expected: ReturnType<typeof updateIntegration>, actual: Outcome) =>
  compareOutcomes(expected, actual).blames.map((b) => ({ rule: b.rule.id, paths: b.diffs.map((d) => d.path), ...(b.accepted ? { accepted: true } : {}), ...(b.crash ? { crash: true } : {}), ...(b.alternatives ? { alternatives: b.alternatives.map((a) => a.rule.id) } : {}) }));

describe('blame for a success whose members differ: the rule that decided each member', () => {
  it('a put default the target left out is put.defaults; a supplied member dropped is put.stores-members', () => {
    const expected = putIntegration({ type: 'MOCK', contentHandling: 'CONVERT_TO_TEXT' }, ctx);
    const { cacheNamespace: _dropped, ...noDefault } = { ...mock, contentHandling: 'CONVERT_TO_TEXT' as const };
    expect(blamed(expected, ok({ ...noDefault, timeoutInMillis: 29000 }, 201))).toEqual([{ rule: 'put.defaults', paths: ['/value/cacheNamespace'] }]);
    expect(blamed(expected, ok({ ...mock }, 201))).toEqual([{ rule: 'put.stores-members', paths: ['/value/contentHandling'] }]);
  });

  it('a value stored uncoerced is its parser; a value not applied is its row; another member changed is patch.untouched-members-kept', () => {
    const expected = updateIntegration(http, patch({ op: 'replace', path: '/timeoutInMillis', value: '1000' }, { op: 'replace', path: '/passthroughBehavior', value: 'NEVER' }), ctx);
    const actual = ok({ ...http, timeoutInMillis: '1000' as unknown as number, passthroughBehavior: 'WHEN_NO_MATCH', cacheNamespace: 'changed' });
    expect(blamed(expected, actual)).toEqual([
      { rule: 'patch.untouched-members-kept', paths: ['/value/cacheNamespace'] },
      { rule: 'path:/passthroughBehavior', paths: ['/value/passthroughBehavior'] },
      { rule: 'value.integer', paths: ['/value/timeoutInMillis'] },
    ]);
  });

  it('a map emptied by removes and still answered is map.emptied-disappears', () => {
    const one: Integration = { ...http, requestTemplates: { 'application/json': 'x' } };
    const expected = updateIntegration(one, patch({ op: 'remove', path: '/requestTemplates/application~1json' }), ctx);
    expect(blamed(expected, ok({ ...one, requestTemplates: {} }))).toEqual([{ rule: 'map.emptied-disappears', paths: ['/value/requestTemplates'] }]);
  });
});

describe('blame for an expected error', () => {
  it('the target let the request through: the rule that raised the error, marked accepted', () => {
    const expected = updateIntegration(http, patch({ op: 'remove', path: '/requestTemplates/text~1xml' }), ctx);
    expect(blamed(expected, ok(http))).toEqual([{ rule: 'requestTemplates.missing-key', paths: ['/'], accepted: true }]);
  });

  it('the target answered with another class: the same rule, not accepted (its own text under 400)', () => {
    const expected = updateIntegration(http, patch({ op: 'remove', path: '/requestTemplates/text~1xml' }), ctx);
    expect(blamed(expected, err('BadRequestException', 400, 'Content-Type specified was not found'))).toEqual([{ rule: 'requestTemplates.missing-key', paths: ['/error/name', '/error/status'] }]);
  });

  it('letting the rejected operation through ends on a later error: still the first rule, accepted', () => {
    const expected = updateIntegration(http, patch({ op: 'remove', path: '/requestTemplates/text~1xml' }, { op: 'replace', path: '/timeoutInMillis', value: '99999' }), ctx);
    expect(blamed(expected, err('BadRequestException', 400, 'Timeout should be between 50 ms and 29000 ms'))).toEqual([{ rule: 'requestTemplates.missing-key', paths: ['/error/name', '/error/status'], accepted: true }]);
  });
});

describe('blame for a rejection the reference does not make: the check the target applied', () => {
  it('known by its text', () => {
    const expected = updateIntegration(http, patch({ op: 'replace', path: '/timeoutInMillis', value: '50' }), ctx);
    expect(blamed(expected, err('BadRequestException', 400, 'Timeout should be between 50 ms and 29000 ms'))).toEqual([{ rule: 'timeout.range', paths: ['/'] }]);
  });

  it('unknown text: the first operation\'s row', () => {
    const expected = updateIntegration(http, patch({ op: 'replace', path: '/cacheNamespace', value: 'ns' }), ctx);
    expect(blamed(expected, err('BadRequestException', 400, 'nope'))).toEqual([{ rule: 'path:/cacheNamespace', paths: ['/'] }]);
  });
});

describe('blame by the answer of a typical wrong implementation (mutants)', () => {
  it('operations applied last to first: patch.ordered-all-or-nothing, whatever the answers', () => {
    const expected = updateIntegration(http, patch({ op: 'replace', path: '/timeoutInMillis', value: '100' }, { op: 'replace', path: '/timeoutInMillis', value: '200' }), ctx);
    // One member differs: the mutant first, the rule that decided the member as the alternative (a
    // target that parses timeouts wrongly would show it in other cases too).
    expect(blamed(expected, ok({ ...http, timeoutInMillis: 100 }))).toEqual([{ rule: 'patch.ordered-all-or-nothing', paths: ['/value/timeoutInMillis'], alternatives: ['value.integer'] }]);
    const absent = updateIntegration(http, patch({ op: 'remove', path: '/requestTemplates/text~1xml' }, { op: 'add', path: '/requestTemplates/text~1xml', value: 't' }), ctx);
    expect(blamed(absent, ok(http))).toEqual([{ rule: 'patch.ordered-all-or-nothing', paths: ['/'], alternatives: ['requestTemplates.missing-key'] }]);
  });

  it('escapes read raw or ~0 before ~1: patch.pointer-escapes', () => {
    // `text~01csv` is the key `text~1csv` (no media type: 400); decoded ~0 first it is `text/csv` (not there: 404).
    const expected = updateIntegration(http, patch({ op: 'replace', path: '/requestTemplates/text~01csv', value: 't' }), ctx);
    // The mutant first; the rule that raised the expected error is the tie's other reading (a run that shows it broken on its own settles it so).
    expect(blamed(expected, err('NotFoundException', 404, 'Content-Type specified was not found'))).toEqual([{ rule: 'patch.pointer-escapes', paths: ['/error/name', '/error/status'], alternatives: ['requestTemplates.content-type'] }]);
    // The content-type check's template fits this text too, but not with the key this request names: the escapes are blamed.
    const added = updateIntegration(http, patch({ op: 'add', path: '/requestTemplates/text~1plain', value: 't' }), ctx);
    const raw = err('BadRequestException', 400, 'Validation Result: warnings : [], errors : [Invalid content type specified: text~1plain]');
    expect(blamed(added, raw)).toEqual([{ rule: 'patch.pointer-escapes', paths: ['/'] }]);
  });

  it('a tie (a mutant and the plain reading explain the answer exactly) carries the alternative for the run to settle', () => {
    // 29001 then 50: in the other order the constraint rejects, with the text a target rejecting 50 also
    // gives. In the mutant's world the range check fired rightly, so the mutant comes first; a run whose
    // other cases show timeout.range broken on its own settles the tie the other way.
    const expected = updateIntegration(http, patch({ op: 'replace', path: '/timeoutInMillis', value: '29001' }, { op: 'replace', path: '/timeoutInMillis', value: '50' }), ctx);
    expect(blamed(expected, err('BadRequestException', 400, 'Timeout should be between 50 ms and 29000 ms'))).toEqual([{ rule: 'patch.ordered-all-or-nothing', paths: ['/'], alternatives: ['timeout.range'] }]);
  });
});

it('a 5xx is a crash, whatever was expected', () => {
  const expected = updateIntegration(http, patch({ op: 'replace', path: '/timeoutInMillis', value: '1000' }), ctx);
  expect(blamed(expected, err('InternalFailure', 500, 'boom'))).toEqual([{ rule: 'target.crash', paths: ['/'], crash: true }]);
});

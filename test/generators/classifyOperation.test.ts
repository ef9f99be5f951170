import { describe, expect, it } from 'vitest';
import { classifyOperation } from '../../generators/index.js';

describe('classifyOperation', () => {
  it.each([
    [{ op: 'replace', path: '/timeoutInMillis', value: '99' }, '/timeoutInMillis', 'replace'],
    [{ op: 'add', path: '/requestTemplates/application~1json' }, '/requestTemplates/{key}', 'add'],
    [{ op: 'remove', path: '/cacheKeyParameters/method.request.path.proxy' }, '/cacheKeyParameters/{key}', 'remove'],
    [{ op: 'replace', path: '/type', value: 'HTTP' }, '/type', 'replace'],
    [{ op: 'move', path: '/tlsConfig/insecureSkipVerification' }, '/tlsConfig/insecureSkipVerification', 'move'],
    [{ op: 'REPLACE', path: '/uri' }, '/uri', 'outside-enum'],
    [{ path: '/uri' }, '/uri', 'missing'],
    [{ op: 'replace', path: '/requestTemplates/application/json' }, 'unknown', 'replace'],
    [{ op: 'replace', path: 'timeoutInMillis' }, 'unknown', 'replace'],
    [{ op: 'replace', path: '/TimeoutInMillis' }, 'unknown', 'replace'],
    [{ op: 'replace', path: '/requestTemplates' }, 'whole-map', 'replace'],
    [{ op: 'add', path: '/tlsConfig' }, 'whole-map', 'add'],
    [{ op: 'add', path: '/requestTemplates/application~2json' }, 'escape:malformed', 'add'],
    [{ op: 'add', path: '/requestTemplates/text~' }, 'escape:malformed', 'add'],
    [{ op: 'replace', path: '' }, 'empty-or-trailing', 'replace'],
    [{ op: 'replace', path: '/' }, 'empty-or-trailing', 'replace'],
    [{ op: 'replace', path: '//timeoutInMillis' }, 'empty-or-trailing', 'replace'],
    [{ op: 'replace', path: '/timeoutInMillis/' }, 'empty-or-trailing', 'replace'],
    [{ op: 'replace', value: '99' }, 'missing-path', 'replace'],
    [{ op: 'replace', path: 7 }, 'missing-path', 'replace'],
    [null, 'not-an-object', 'missing'],
    ['replace /timeoutInMillis 99', 'not-an-object', 'missing'],
  ])('%j is %s x %s', (op, family, name) => {
    expect(classifyOperation(op)).toEqual({ family, op: name });
  });
});

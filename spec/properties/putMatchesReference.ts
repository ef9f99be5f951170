import { putIntegrationBody, putSweep } from '../../generators/index.js';
import { CaseRecorder, type ConformanceProperty } from './conformanceProperty.js';
import { resetIntegration } from './resetIntegration.js';

/** Property 5: PutIntegration answers what AWS answers, valid bodies and invalid ones. */
export const putMatchesReference: ConformanceProperty<unknown> = {
  id: 'put-matches-reference',
  title: "PutIntegration's answer equals the reference's",
  operations: ['PutIntegration'],
  arbitrary: putIntegrationBody,
  sweep: putSweep,
  fromRecord: (r) => r.put,
  async run(session, body) {
    const rec = new CaseRecorder(session.ctx, body);
    await resetIntegration(session, rec, body, false);
    return rec.done();
  },
};

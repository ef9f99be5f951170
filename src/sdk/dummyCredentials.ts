/**
 * Credentials for mocks and local emulators: well-formed, so SigV4 signing works, and never valid at AWS.
 * A fresh object each time: the SDK writes bookkeeping (`$source`) onto the credentials it is given.
 */
export function dummyCredentials(): { accessKeyId: string; secretAccessKey: string } {
  return { accessKeyId: 'AKIDAPIGWPATCHMOCK00', secretAccessKey: 'apigw-patch-conformance-mock' };
}

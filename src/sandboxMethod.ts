/**
 * The method every sandbox declares (PutMethod `GET` on `/s<i>/{proxy+}`): its request parameters give
 * mapping expressions something to name, so generators, the corpus and the targets share them.
 */
export const sandboxMethodRequestParameters: Readonly<Record<string, boolean>> = {
  'method.request.path.proxy': true,
  'method.request.querystring.page': false,
  'method.request.header.X-Trace-Id': false,
  'method.request.multivaluequerystring.tag': false,
};

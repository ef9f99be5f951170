/**
 * The parsed body of a request, or the SerializationException answer. Coral deserializes before the
 * service looks anything up, so routes read the body first (inferred order). An empty body is an empty
 * input structure.
 */
import { serializationError } from './wireErrors.js';

export async function readJsonBody(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    return serializationError(`Unable to parse the request body as JSON: ${(e as Error).message}`);
  }
}

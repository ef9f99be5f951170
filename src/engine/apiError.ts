import type { ApiError } from '../contract.js';

/** The exception classes API Gateway's control plane answers with, and their HTTP status. */
export const exceptionStatus = {
  BadRequestException: 400,
  ValidationException: 400,
  SerializationException: 400,
  NotFoundException: 404,
  ConflictException: 409,
  TooManyRequestsException: 429,
  UnauthorizedException: 401,
} as const;

export type ExceptionName = keyof typeof exceptionStatus;

export function apiError(name: ExceptionName, message: string): ApiError {
  return { name, status: exceptionStatus[name], message };
}

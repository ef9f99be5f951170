/** The SDK's command class for an operation named as API Gateway names it (`CreateApiKey`), or undefined. */
import * as apiGateway from '@aws-sdk/client-api-gateway';

export type AnySdkCommand = new (input: object) => apiGateway.GetRestApisCommand;

export const sdkCommand = (operation: string): AnySdkCommand | undefined => (apiGateway as unknown as Record<string, AnySdkCommand | undefined>)[`${operation}Command`];

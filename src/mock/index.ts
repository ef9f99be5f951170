/** The mock API Gateway control plane (package export `apigw-patch-conformance/mock`). */
export { createControlPlane, type ControlPlane, type ControlPlaneOptions } from './controlPlane.js';
export { controlPlaneRoutes, type ControlPlaneRoute } from './controlPlaneRoutes.js';
export { ControlPlaneState, type StoredResource, type StoredRestApi } from './controlPlaneState.js';
export { FaultInjector, type FaultKind, type FaultOptions } from './faults.js';
export { startMockServer, type MockServer, type MockServerOptions } from './mockServer.js';
export { serve, type ServeAdapter, type ServeOptions, type ServedControlPlane } from './serve.js';
export { lookupMessages } from './wireErrors.js';

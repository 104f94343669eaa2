import { serverParts } from './parts';
import { createServer } from './yoga';

export { type ServerParts, serverParts } from './parts';

let server: ReturnType<typeof createServer> | undefined;
/**
 * Yoga with every plugin the API runs (src/server/yoga.ts), created on first use and kept for the
 * isolate's life: requests the direct path answers never need it, so a cold isolate does not
 * create it before its first response.
 */
export const yoga = () => (server ??= createServer(serverParts()));

/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The API endpoint the browser recipes call (src/endpoint.ts). */
  readonly VITE_API_URL?: string;
}

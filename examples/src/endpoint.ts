/**
 * The API endpoint the browser recipes call: `VITE_API_URL` when the recipe was built with one
 * (`VITE_API_URL=https://<your-worker>/graphql npx vite build`), else a local `npm start`.
 */
export const API_URL: string = import.meta.env.VITE_API_URL ?? 'http://localhost:8787/graphql';

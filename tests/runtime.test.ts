import { describe, expect, it } from 'vitest';

/** Read as this module loads, as graphql-js reads it when the Worker's bundle loads. */
const processAtLoad = typeof globalThis.process;

describe('the Workers runtime at this compatibility date', () => {
  it('gives modules a process global as they load, which graphql-js needs for its production mode', () => {
    expect(processAtLoad).toBe('object');
    expect(typeof globalThis.process.env).toBe('object');
  });
});

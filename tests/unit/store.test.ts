import { describe, expect, it } from 'vitest';
import { MissingRecordError, mapMaybe, required } from '../../src/data';

describe('required', () => {
  it('passes a found record through, synchronously for a value and as a promise for a promise', async () => {
    const record = { slug: 'kestrel-labs' };
    expect(required(record, 'company', 'kestrel-labs')).toBe(record);
    const later = required(Promise.resolve(record), 'company', 'kestrel-labs');
    expect(later).toBeInstanceOf(Promise);
    expect(await later).toBe(record);
  });

  it('raises a MissingRecordError naming the record when a lookup finds nothing', async () => {
    expect(() => required(undefined, 'article', 'gone-missing')).toThrow(MissingRecordError);
    expect(() => required(undefined, 'article', 'gone-missing')).toThrow('The dataset names article "gone-missing" but does not hold it.');
    await expect(required(Promise.resolve(undefined), 'round', 'r-9')).rejects.toThrow('round "r-9"');
  });
});

describe('mapMaybe', () => {
  it('stays synchronous for a value and maps a promise when it settles', async () => {
    expect(mapMaybe(2, (n) => n * 3)).toBe(6);
    expect(await mapMaybe(Promise.resolve(2), (n) => n * 3)).toBe(6);
  });
});

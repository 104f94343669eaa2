import { describe, expect, it } from 'vitest';
import { rangesView } from '../../src/data/list-view';

const base = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

describe('rangesView', () => {
  it('is the items of its ranges in order, empty ranges ignored', () => {
    const view = rangesView(base, [
      [1, 3],
      [4, 4],
      [5, 8],
    ]);
    expect(view.length).toBe(5);
    expect(view.slice()).toEqual(['b', 'c', 'f', 'g', 'h']);
  });

  it('slices like Array.prototype.slice, negative and out-of-range bounds included', () => {
    const view = rangesView(base, [
      [0, 2],
      [6, 8],
    ]);
    const same = ['a', 'b', 'g', 'h'];
    for (const [start, end] of [
      [1, 3],
      [-3, -1],
      [2, 99],
      [-99, 1],
      [3, 1],
      [undefined, undefined],
    ] as const) {
      expect(view.slice(start, end), `${start}, ${end}`).toEqual(same.slice(start, end));
    }
  });

  it('is empty for no ranges', () => {
    expect(rangesView(base, []).slice()).toEqual([]);
    expect(rangesView(base, []).length).toBe(0);
  });
});

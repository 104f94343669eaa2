// Own code: GraphiQL's tabs import only `Reorder` from framer-motion, which brings about 50 KB gzip
// of animation engine for dragging tabs into another order; build-assets.mjs points
// `framer-motion` here instead, so tabs are a plain list (opened, selected and closed as before).
import { type ComponentPropsWithoutRef, forwardRef } from 'react';

type GroupProps = ComponentPropsWithoutRef<'ul'> & { values?: unknown[]; onReorder?: unknown; axis?: unknown };
type ItemProps = ComponentPropsWithoutRef<'li'> & { value?: unknown };

const Group = forwardRef<HTMLUListElement, GroupProps>(({ values: _values, onReorder: _onReorder, axis: _axis, ...props }, ref) => (
  <ul ref={ref} {...props} />
));
Group.displayName = 'Reorder.Group';

const Item = forwardRef<HTMLLIElement, ItemProps>(({ value: _value, ...props }, ref) => <li ref={ref} {...props} />);
Item.displayName = 'Reorder.Item';

/** framer-motion's `Reorder` as GraphiQL's tabs use it, without the dragging. */
export const Reorder = { Group, Item };

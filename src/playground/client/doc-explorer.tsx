// Own code: GraphiQL imports its documentation explorer eagerly, and with it a combobox, a virtual
// list and floating-element libraries that nothing needs before the explorer opens; build-assets.mjs
// points `@graphiql/plugin-doc-explorer` here, so the explorer's components load on first open.
import { DocsFilledIcon, DocsIcon, type GraphiQLPlugin, Spinner, usePluginStore } from '@graphiql/react';
import { lazy, Suspense } from 'react';

export { DocExplorerContextProvider, useDocExplorer, useDocExplorerActions } from '@graphiql/plugin-doc-explorer/dist/context.js';

const DocExplorer = lazy(() =>
  import('@graphiql/plugin-doc-explorer/dist/components/doc-explorer.js').then((module) => ({ default: module.DocExplorer })),
);

function Icon() {
  const { visiblePlugin } = usePluginStore();
  return visiblePlugin === DOC_EXPLORER_PLUGIN ? <DocsFilledIcon /> : <DocsIcon />;
}

/** GraphiQL's documentation explorer plugin, as the package defines it, with its content loaded lazily. */
export const DOC_EXPLORER_PLUGIN: GraphiQLPlugin = {
  title: 'Documentation Explorer',
  icon: Icon,
  content: () => (
    <Suspense fallback={<Spinner />}>
      <DocExplorer />
    </Suspense>
  ),
};

// Startup reference only: this project's type files evaluated (every Pothos field defined) but
// no schema built. Against schema-only.ts it shows what `builder.toSchema()` costs at startup.
import '../../src/graphql/money';
import '../../src/graphql/citation';
import '../../src/graphql/order';
import '../../src/graphql/company';
import '../../src/graphql/funding-round';
import '../../src/graphql/investment';
import '../../src/graphql/ai-model';
import '../../src/graphql/region';
import '../../src/graphql/article';
import '../../src/graphql/node';
import '../../src/graphql/search';

export default { fetch: () => new Response('types only') };

/**
 * The funding phrasing rules: one row per way news states a fact, each with an example sentence.
 * tests/node/draft.test.ts drafts every example and checks that it yields `expect`: lines of
 * `summarize` in draft.ts, or, after "not ", the start of a line that must be absent. A rule that
 * stops working fails by name.
 */

export type PatternFact = 'lead' | 'investor' | 'competitor' | 'raise' | 'not-a-round' | 'valuation' | 'total' | 'type';

export interface PhrasePattern {
  readonly id: string;
  readonly fact: PatternFact;
  /** Matched on the sentence, case-insensitively. */
  readonly trigger: RegExp;
  /** Where the names are: after the trigger, or the list just before it (the clause's subject). */
  readonly names?: 'after' | 'before';
  /** The list must be followed by this ("with X leading"). */
  readonly followedBy?: RegExp;
  /** Only in a sentence that states a round, or whose clause has a funding verb ("raised $5 million from X"). */
  readonly needsRound?: boolean;
  readonly example: string;
  readonly expect: readonly string[];
}

/** Lead investors. */
const LEADS: readonly PhrasePattern[] = [
  {
    id: 'led-by',
    fact: 'lead',
    trigger: /\b(?:co-)?led by\b|\bco-led by\b/i,
    names: 'after',
    example: 'Okapi Robotics has raised €62 million in a Series B round led by Northwind Ventures.',
    expect: ['round Okapi Robotics 62000000 EUR SERIES_B', 'lead Northwind Ventures'],
  },
  {
    id: 'headed-by',
    fact: 'lead',
    trigger: /\b(?:headed|spearheaded|anchored|fronted|helmed) by\b/i,
    names: 'after',
    example: 'Brygge Data closed a NOK 80 million Series A headed by Alliance Venture.',
    expect: ['round Brygge Data 80000000 NOK SERIES_A', 'lead Alliance Venture'],
  },
  {
    id: 'x-led-the-round',
    fact: 'lead',
    trigger:
      /\b(?:co-led|led|headed|spearheaded|anchored|fronted|helmed)\s+(?:the|this|its|their|\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*)*['’]s)\s(?:[^.;,]|[.,](?=\d)){0,40}?\b(?:round|investment|financing|funding|raise|deal|extension|tranche|seed|series [a-j])\b/iu,
    names: 'before',
    example: 'Sakana raised $30 million. Lux Capital and Founders Fund co-led the round.',
    expect: ['round Sakana 30000000 USD', 'lead Lux Capital', 'lead Founders Fund'],
  },
  {
    id: 'x-led-it',
    fact: 'lead',
    trigger: /\b(?:co-led|led|headed|spearheaded|anchored)\s+it(?=\s*[,.;]|\s+(?:and|with|alongside)\b)/i,
    names: 'before',
    example: 'Ostra Security raised a $60 million Series B round in January. Hermon Growth led it, and Ayalon Ventures also invested.',
    expect: ['round Ostra Security 60000000 USD SERIES_B', 'lead Hermon Growth', 'investor Ayalon Ventures'],
  },
  {
    id: 'funding-came-from',
    fact: 'investor',
    trigger:
      /\b(?:funding|money|capital|investment|financing|cash|backing|debt|loan|loans|facility|equity|grant)\s+(?:came|comes|is coming|was provided|is provided|is being provided|was arranged|is arranged)\s+(?:from|by)\b/i,
    names: 'after',
    example: 'Kestrel Analytics raised $8 million in seed funding. The money came from Northstar Capital and Fieldhouse Ventures.',
    expect: ['investor Northstar Capital', 'investor Fieldhouse Ventures'],
  },
  {
    id: 'brought-in-x',
    fact: 'investor',
    trigger: /\b(?:brought|brings|bringing)\s+(?:in|on(?:\s+board)?)\s+(?=\p{Lu})/u,
    names: 'after',
    example: 'Tlaloc Robotics raised $6 million in a seed round led by Norte Ventures. It also brought in Acero Angels.',
    expect: ['round Tlaloc Robotics 6000000 USD SEED', 'lead Norte Ventures', 'investor Acero Angels'],
  },
  {
    id: 'x-backed-its-round',
    fact: 'investor',
    trigger:
      /\b(?:backed|funded|invested in|participated in|took part in)\s+(?:its|their|the company's|the startup's)\s+(?:[\w-]+\s+){0,2}?(?:pre-seed|seed|series\s+[a-j])\b/i,
    names: 'before',
    example: 'Tessera AI raised €40 million in a Series B round. Birch Capital and Olm Ventures had also backed its seed round.',
    expect: ['round Tessera AI 40000000 EUR SERIES_B', 'round Tessera AI null SEED', 'investor Birch Capital', 'investor Olm Ventures'],
  },
  {
    id: 'x-are-among-the-investors',
    fact: 'investor',
    trigger: /\b(?:are|were|is|was)\s+(?:also\s+)?among\s+(?:the\s+)?(?:other\s+|new\s+|existing\s+)?(?:investors|backers|participants)\b/i,
    names: 'before',
    example: 'Pesa Loop raised $12 million in a Series A round. Y Combinator and the IFC are among the other investors.',
    expect: ['investor Y Combinator', 'investor IFC'],
  },
  {
    id: 'x-which-led',
    fact: 'lead',
    trigger: /,\s*(?:which|who)\s+(?:co-)?led(?=\s*[,.;]|\s+(?:it|the\s+(?:round|financing|investment|deal|raise))\b)/i,
    names: 'before',
    example: 'Lattice Works raised $140 million from Madrona Venture Group, which led, and Vulcan Capital.',
    expect: ['round Lattice Works 140000000 USD', 'lead Madrona Venture Group', 'investor Vulcan Capital'],
  },
  {
    id: 'x-was-the-lead-investor',
    fact: 'lead',
    trigger:
      /\b(?:was|were|is|are|acted as|served as)\s+(?:the\s+)?(?:lead|leading|anchor)\s+(?:investors?|backers?)\b|\b(?:took|takes|taking)\s+the\s+lead\b/i,
    names: 'before',
    example: 'Fennec raised €5 million in seed funding. Frst was the lead investor.',
    expect: ['round Fennec 5000000 EUR SEED', 'lead Frst'],
  },
  {
    id: 'with-x-leading',
    fact: 'lead',
    trigger: /\bwith\b/i,
    names: 'after',
    followedBy: /^\s*(?:leading|co-leading|as (?:the )?lead(?: investors?)?|taking the lead)\b/i,
    example: 'Umbral raised €3.2 million in pre-seed funding, with Cherry Ventures leading.',
    expect: ['round Umbral 3200000 EUR PRE_SEED', 'lead Cherry Ventures'],
  },
  {
    id: 'leading-the-round-is',
    fact: 'lead',
    trigger: /^(?:leading|co-leading|heading|spearheading)\b[^.]*?\b(?:is|are|was|were)\b/i,
    names: 'after',
    example: 'Acme AI raised $9 million. Leading the charge in this investment round is Index Ventures.',
    expect: ['round Acme AI 9000000 USD', 'lead Index Ventures'],
  },
  {
    id: 'lead-investor-was',
    fact: 'lead',
    trigger: /\b(?:the|its|a) lead investors?(?: in the round)?\s+(?:was|were|is|are)\b/i,
    names: 'after',
    example: 'Corvid raised £2 million in seed funding. The lead investor was Par Equity.',
    expect: ['round Corvid 2000000 GBP SEED', 'lead Par Equity'],
  },
];

/** Other investors of a round. */
const INVESTORS: readonly PhrasePattern[] = [
  {
    id: 'with-participation-from',
    fact: 'investor',
    trigger: /\b(?:with\s+)?(?:additional\s+|further\s+)?participation (?:from|by)\b/i,
    names: 'after',
    example:
      'Haneul Labs secured ₩30 billion in a round led by KB Investment, with participation from Korea Development Bank and Kakao Ventures.',
    expect: ['lead KB Investment', 'investor Korea Development Bank', 'investor Kakao Ventures'],
  },
  {
    id: 'joined-by',
    fact: 'investor',
    trigger: /\b(?:joined|backed|supported|funded) by\b|\balongside\b|\balong with\b/i,
    names: 'after',
    needsRound: true,
    example: 'Okapi raised €62 million in a round led by Northwind Ventures, joined by Seedcamp.',
    expect: ['lead Northwind Ventures', 'investor Seedcamp'],
  },
  {
    id: 'and-x-also-investing',
    fact: 'investor',
    trigger: /\b(?:leading|co-leading|participating|joining|investing)\s*,?\s+(?:and|with|while)\b/i,
    names: 'after',
    followedBy:
      /^\s*(?:also\s+)?(?:participating|joining|investing|taking part|contributing|chipping in|putting in|coming in|following on|returning)\b/i,
    example: 'Wattle raised A$18 million, with Blackbird Ventures leading and Skip Capital also investing.',
    expect: ['lead Blackbird Ventures', 'investor Skip Capital'],
  },
  {
    id: 'awarded-by',
    fact: 'investor',
    trigger: /\b(?:awarded|granted|given|provided|funded|financed|offered|extended|issued|underwritten|arranged)\b[^.;]{0,60}?\bby\b/i,
    names: 'after',
    example: "Kraków's Sowa has been awarded a 12 million zł grant by the Polish Research Agency.",
    expect: ['round Sowa 12000000 PLN GRANT', 'investor Polish Research Agency'],
  },
  {
    id: 'issued-to',
    fact: 'investor',
    trigger: /(?<!\baccording |\bthanks |\bcompared |\bclose |\bnext )\bto\b/i,
    names: 'after',
    needsRound: true,
    example: 'Saltpan issued S$5 million of convertible notes to Tembusu Family Office.',
    expect: ['round Saltpan 5000000 SGD CONVERTIBLE_NOTE', 'investor Tembusu Family Office'],
  },
  {
    id: 'as-did-x',
    fact: 'investor',
    trigger: /,?\s+as\s+(?:did|have|has|had|were|was)\b/i,
    names: 'after',
    needsRound: true,
    example: 'Brambling raised £20 million. LocalGlobe also put in money, as did British Patient Capital.',
    expect: ['investor LocalGlobe', 'investor British Patient Capital'],
  },
  {
    id: 'with-x-participating',
    fact: 'investor',
    trigger: /\bwith\b/i,
    names: 'after',
    followedBy:
      /^\s*(?:also\s+)?(?:participating|joining|investing|taking part|contributing|chipping in|putting in|coming in|following on|returning)\b/i,
    example: 'Redwood Row Capital led the $1.5bn round for Halyard, with Nvidia and Coatue participating.',
    expect: ['lead Redwood Row Capital', 'investor Nvidia', 'investor Coatue'],
  },
  {
    id: 'x-also-took-part',
    fact: 'investor',
    trigger:
      /\b(?:also\s+|both\s+|all\s+|each\s+|have\s+|has\s+|had\s+)*(?:participated|took part|take part|invested|chipped in|contributed|came in|put in|followed on|returned|re-?upped|joined(?=\s+(?:the|this|in)\s+(?:round|financing|funding|investment|raise|deal)|\s*[.,;]|\s+(?:as|too|in)\b))/i,
    names: 'before',
    example: 'Vinterljus raised SEK 150 million. Existing investors Creandum and Saminvest also took part.',
    expect: ['investor Creandum', 'investor Saminvest'],
  },
  {
    id: 'backers-include',
    fact: 'investor',
    trigger:
      /\b(?:backers|investors|participants|shareholders|funders)\s+(?:in the round\s+)?(?:also\s+)?(?:include|included|including|such as|like|are|were|comprise|comprised)\b/i,
    names: 'after',
    example: 'Halyard raised $1.5bn in a Series D. Its backers include Thrive Capital and Kleiner Perkins.',
    expect: ['investor Thrive Capital', 'investor Kleiner Perkins'],
  },
  {
    id: 'round-included',
    fact: 'investor',
    trigger: /\b(?:round|financing|funding|investment|raise|deal)\b[^.;]{0,80}?\b(?:also\s+)?(?:included|includes|drew|attracted|saw)\b/i,
    names: 'after',
    example: 'Quillon raised CHF 85 million. The round also included chipmaker Nvidia.',
    expect: ['investor Nvidia'],
  },
  {
    id: 'joining-the-round-are',
    fact: 'investor',
    trigger: /^(?:also\s+)?(?:joining|participating|investing|taking part)\b[^.]*?\b(?:is|are|was|were)\b/i,
    names: 'after',
    example: 'Acme AI raised $9 million. Joining the round are Salesforce Ventures and Kima Ventures.',
    expect: ['investor Salesforce Ventures', 'investor Kima Ventures'],
  },
  {
    id: 'x-gave-y-a-grant',
    fact: 'investor',
    trigger: /\b(?:gave|gives|awarded|awards|granted|grants|handed|hands|lent|lends|extended|extends|offered|offers)\s+(?=\p{Lu})/u,
    names: 'before',
    needsRound: true,
    example: 'The Wellcome Trust gave Tangent Bio a £2 million grant.',
    expect: ['round Tangent Bio 2000000 GBP GRANT', 'investor Wellcome Trust'],
  },
  {
    id: 'raised-from',
    fact: 'investor',
    trigger: /\bfrom\b/i,
    names: 'after',
    needsRound: true,
    example: 'Kairos Machines has secured a $75 million credit facility from Hercules Capital.',
    expect: ['round Kairos Machines 75000000 USD DEBT_FINANCING', 'investor Hercules Capital'],
  },
];

/** Competition between companies. */
const COMPETITORS: readonly PhrasePattern[] = [
  {
    id: 'competes-with',
    fact: 'competitor',
    trigger:
      /\b(?:competes|compete|competing|competed)\s+(?:directly\s+|head-on\s+|squarely\s+)?(?:with|against)\b|\b(?:in\s+)?(?:direct\s+)?competition\s+(?:with|from|against)\b|\bvies\s+with\b|\bgoes\s+up\s+against\b|\bgo\s+up\s+against\b|\bhead-to-head\s+with\b/i,
    names: 'after',
    example: 'Okapi competes with Schwerkraft Logistik and Ocado Technology.',
    expect: ['competitor Okapi / Schwerkraft Logistik', 'competitor Okapi / Ocado Technology'],
  },
  {
    id: 'a-rival-to',
    fact: 'competitor',
    trigger:
      /\b(?:a|an|the|main|chief|key|direct|closest|biggest|major|formidable)\s+(?:\w+\s+)?(?:rival|competitor|challenger|alternative)\s+(?:to|of)\b|\b(?:rivals?|competitors?)\s+(?:such as|like|including|include|includes|included|is|are|was|were)\b/i,
    names: 'after',
    example: 'Mistral AI is a competitor to OpenAI.',
    expect: ['competitor Mistral AI / OpenAI'],
  },
  {
    id: 'takes-on',
    fact: 'competitor',
    trigger:
      /\b(?:takes|take|taking|took)\s+on\b(?!\s+(?:\$|€|£|¥|debt|\d))|\bchallenges\b|\bchallenging\b|\brivals\b(?=\s+\p{Lu})|\b(?:takes|take|taking|took)\s+aim\s+at\b/iu,
    names: 'after',
    example: 'Halyard takes on Anthropic and OpenAI.',
    expect: ['competitor Halyard / Anthropic', 'competitor Halyard / OpenAI'],
  },
  {
    id: 'sets-it-apart-from',
    fact: 'competitor',
    trigger: /\bsets?\s+(?:it|them|the company|itself)\s+apart\s+from\b/i,
    names: 'after',
    example: 'Mistral AI is open. This strategy sets it apart from established giants such as OpenAI and DeepMind.',
    expect: ['competitor Mistral AI / OpenAI', 'competitor Mistral AI / DeepMind'],
  },
  {
    id: 'counts-as-rivals',
    fact: 'competitor',
    trigger:
      /\b(?:counts|count|counted|sees|see|saw|considers|considered|names|named|lists|listed|regards|regarded|views|viewed|identifies|identified|cites|cited)\b(?=[^.;]*\b(?:as|among)\s+(?:its|their|the company's|the startup's)\s+(?:\w+\s+)?(?:rivals?|competitors?|challengers?)\b)/i,
    names: 'after',
    example: 'Haneul Labs counts Synopsys and Cadence among its main rivals.',
    expect: ['competitor Haneul Labs / Synopsys', 'competitor Haneul Labs / Cadence'],
  },
  {
    id: 'x-are-its-rivals',
    fact: 'competitor',
    trigger:
      /\b(?:are|is|were|was)\s+(?:among\s+)?(?:its|their|the company's|the startup's)\s+(?:\w+\s+)?(?:rivals|competitors|rival|competitor)\b/i,
    names: 'before',
    example: 'Tanuki Intelligence makes inspection software. Landing AI and Keyence are its main rivals.',
    expect: ['competitor Tanuki Intelligence / Landing AI', 'competitor Tanuki Intelligence / Keyence'],
  },
  {
    id: 'x-is-a-rival',
    fact: 'competitor',
    // No "to"/"of" after the noun: the rival is the article's company's ("a rival to X" is a-rival-to's).
    trigger:
      /\b(?:are|is|were|was)\s+(?:also\s+)?(?:a|an|another)\s+(?:\w+\s+)?(?:rival|competitor|challenger)\b(?!\s+(?:to|of|for|with)\b)/i,
    names: 'before',
    example: 'Tanuki Intelligence makes inspection software. Kyoto Vision is a rival on price for smaller plants.',
    expect: ['competitor Tanuki Intelligence / Kyoto Vision'],
  },
];

/** Verbs that state a completed raise (with the amount or round after them). */
export const RAISE_VERB =
  /\b(?:raised|raises|issued|issues|secured|secures|closed|closes|landed|lands|banked|banks|bagged|bags|received|receives|won|wins|obtained|obtains|attracted|attracts|picked up|picks up|pulled in|pulls in|netted|nets|nabbed|nabs|snagged|snags|scored|scores|got|gets|took on|takes on|announced|announces|completed|completes|added|adds|grabbed|grabs|hauled in|hauls in|collected|collects|drew in|draws in|raked in|rakes in|garnered|garners|awarded|clinched|clinches|sealed|seals|inked|inks|unveiled|unveils|pocketed|pockets)\b/i;

/** Nouns that make an amount a round's ("$20 million Series A", "€5m in seed funding"). */
export const ROUND_NOUN =
  /^\s*(?:\(\s*[^)]*\)\s*)?(?:in\s+|of\s+|worth\s+of\s+)?(?:a\s+|an\s+|its\s+|the\s+)?(?:new\s+|fresh\s+|additional\s+|further\s+|growth\s+|early-stage\s+|late-stage\s+|venture\s+|equity\s+|strategic\s+|first\s+|second\s+|extended\s+|oversubscribed\s+|working[- ]capital\s+|revolving\s+)*(?:round|funding|financing|investment|capital|raise|seed|pre-seed|series\s+[a-j]|series\s+round|grant|debt|loan|credit|facility|convertible|notes?|tranche|injection|backing|venture debt|equity|angel)\b/i;

/** Raises that are not (yet) facts: plans, talks, rumours. */
export const NOT_COMPLETED: readonly PhrasePattern[] = [
  {
    id: 'in-talks-to-raise',
    fact: 'not-a-round',
    trigger:
      /\b(?:in\s+(?:advanced\s+|early\s+|preliminary\s+)?(?:talks|discussions|negotiations)|seeking|seeks|looking|plans?|planning|aims?|aiming|hopes?|hoping|expects?|expected|intends?|wants?|set|poised|preparing|considering|exploring|eyeing|trying|working|targeting)\b[^.;]{0,40}?\bto\s+(?:raise|secure|close|land|value|bring\s+in)\b/i,
    example: 'Perihelion is in talks to raise $250 million in new funding.',
    expect: ['no round'],
  },
  {
    id: 'would-value',
    fact: 'not-a-round',
    trigger:
      /\b(?:would|could|may|might|will|shall|should)\s+(?:\w+\s+)?(?:raise|value|secure|close|land|bring\s+in|give)\b|\b(?:is|are)\s+(?:currently\s+|now\s+|already\s+|still\s+)?raising\b/i,
    example: 'The round could value Perihelion at $2 billion.',
    expect: ['no round', 'no valuation'],
  },
  {
    id: 'people-familiar',
    fact: 'not-a-round',
    trigger:
      /\baccording to (?:people|sources|a person|persons|two people|three people|several people|one person)\b|\bpeople (?:familiar|close|briefed|with knowledge)\b|\breportedly\b|\b(?:is|are|was|were) said to\b|\bsources (?:said|say|told)\b|\brumou?r|\b(?:chatter|speculation|whispers?)\b/i,
    example: 'Gannet raised $60 million, according to people familiar with the matter.',
    expect: ['no round'],
  },
];

/** The amount's own words that say it is not the round's amount. */
export const NOT_ROUND_AMOUNT: readonly PhrasePattern[] = [
  {
    id: 'total-funding',
    fact: 'total',
    trigger:
      /\b(?:total(?:ling)?|totals|cumulative|overall|all told|aggregate)\b[^.;$€£¥₩₹]{0,40}$|\b(?:bringing|brings|takes|taking|lifting|lifts|raising)\s+(?:its|their|the company's|the startup's|the total)\b[^.;]{0,40}$/i,
    example: 'Haneul Labs raised ₩30 billion in a Series B, bringing its total funding to ₩52 billion.',
    expect: ['round Haneul Labs 30000000000 KRW SERIES_B', 'not round Haneul Labs 52000000000'],
  },
  {
    id: 'to-date',
    fact: 'total',
    trigger:
      /^[^.;]{0,120}?\b(?:to date|so far|in total|in all|altogether|since (?:its )?(?:founding|inception|launch|start|creation)|since it was founded|over (?:its|the) (?:lifetime|years)|in (?:its|their) (?:history|lifetime)|before (?:the|its|their) (?:sale|acquisition|deal|takeover|listing|ipo|merger)|before (?:this|the|its) (?:latest |new )?(?:round|raise|financing|investment))\b/i,
    example: 'Gannet has raised $48 million to date from investors including Accel.',
    expect: ['no round', 'not company Accel'],
  },
  {
    id: 'valuation',
    fact: 'valuation',
    trigger:
      /\b(?:valued|valuing|values|value)\b[^.;$€£¥₩₹]{0,40}?\bat\s+(?:a\s+|an\s+)?$|\bvaluation\s+(?:of|to|at)\s+(?:[\w-]+\s+){0,2}$|\b(?:valuation|valuing)\s+(?:it|the company|the startup)\s+at\s+$|\bvaluation\s+(?:now\s+)?(?:stands|stood|rose|climbed|jumped|grew|reached|is|was)\s+(?:at\s+|to\s+)?$/i,
    example: 'Quillon has raised CHF 85 million at a post-money valuation of CHF 1.1 billion.',
    expect: ['round Quillon 85000000 CHF', 'valuation 1100000000 CHF'],
  },
];

/** Every row, for the table's test. */
export const PATTERNS: readonly PhrasePattern[] = [...LEADS, ...INVESTORS, ...COMPETITORS, ...NOT_COMPLETED, ...NOT_ROUND_AMOUNT];
export const LIST_PATTERNS: readonly PhrasePattern[] = [...LEADS, ...INVESTORS, ...COMPETITORS];

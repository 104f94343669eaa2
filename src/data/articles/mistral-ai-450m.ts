import { cite, defineArticle, money, prose } from '../sources/authoring';

/** The sentences this article's facts come from. */
const s = {
  intro: cite(
    'In a significant development for the European artificial intelligence sector, Paris-based startup Mistral AI has achieved a noteworthy milestone.',
  ),
  raise: cite(
    'The company has successfully secured a substantial investment of €450 million, propelling its valuation to an impressive $2 billion.',
  ),
  lead: cite(
    "Leading the charge in this investment round is Andreessen Horowitz, a prominent name in the venture capital world, demonstrating a strong vote of confidence in Mistral AI's potential.",
  ),
  debt: cite('Joining the fray are tech giants Nvidia Corp and Salesforce, contributing an additional €120 million in convertible debt.'),
  flagship: cite(
    'Mistral AI stands at the forefront of innovation with its flagship product, Mistral 7B, a large language model (LLM) renowned for its efficiency and advanced capabilities.',
  ),
  license: cite(
    'Released under the open-source Apache 2.0 license, Mistral 7B represents a significant leap in AI technology, characterized by its customized training, tuning, and data processing methods.',
  ),
  openai: cite(
    'The successful deployment of Mistral 7B has positioned Mistral AI as a key player in the AI market and a competitor to OpenAI.',
  ),
  industries: cite(
    'Its impact extends across various industries, offering potential transformations in fields such as healthcare, education, finance, and manufacturing.',
  ),
  giants: cite(
    'This strategy sets it apart from established giants such as OpenAI, Google AI, and DeepMind, offering a unique value proposition to the market.',
  ),
  usAsia: cite(
    'Historically, European ventures in AI have lagged behind their counterparts in the US and Asia in terms of investment and innovation.',
  ),
  openSource: cite(
    'In the competitive arena of generative AI, Mistral AI distinguishes itself with its open-source approach and focus on creating scalable and efficient models.',
  ),
  europe: cite("Mistral AI's recent funding round is a clear indicator of Europe's rapidly growing stature in the global AI landscape."),
};

const giant = 'Established generative-AI giant named as a competitor of Mistral AI.';
const techGiant = "Tech giant; contributed to €120 million of convertible debt in Mistral AI's round.";

/** Mistral AI's €450 million round, led by Andreessen Horowitz, with €120 million of convertible debt. */
export default defineArticle({
  file: 'src/data/articles/mistral-ai-450m.ts',
  slug: 'mistral-ai-450-million-round',
  author: 'Alex McFarland',
  // Verbatim, one sentence per line (see prose in ../authoring.ts), including the closing byline.
  text: prose`
In a significant development for the European artificial intelligence sector, Paris-based startup Mistral AI has achieved a noteworthy milestone.
The company has successfully secured a substantial investment of €450 million, propelling its valuation to an impressive $2 billion.
This funding round marks a pivotal moment, not only for Mistral AI but also for the burgeoning European AI landscape, signifying the region's increasing prominence in the global AI arena.

Leading the charge in this investment round is Andreessen Horowitz, a prominent name in the venture capital world, demonstrating a strong vote of confidence in Mistral AI's potential.
Joining the fray are tech giants Nvidia Corp and Salesforce, contributing an additional €120 million in convertible debt.
This diverse array of investors, encompassing both traditional venture capital and major tech corporations, underscores the wide-ranging appeal and potential of Mistral AI's technology and vision.

This influx of capital is a testament to Mistral AI's innovative approach and its perceived potential to disrupt the AI industry.
With this substantial financial backing, Mistral AI is poised to advance its research and development, expand its reach, and further cement its position as a leading player in the AI domain.
The scale of this investment round also reflects the growing recognition of the strategic importance of AI technologies and the increasing competition to lead in this transformative field.

Technological Advancements and Market Impact

Mistral AI stands at the forefront of innovation with its flagship product, Mistral 7B, a large language model (LLM) renowned for its efficiency and advanced capabilities.
Released under the open-source Apache 2.0 license, Mistral 7B represents a significant leap in AI technology, characterized by its customized training, tuning, and data processing methods.

What sets Mistral 7B apart is its ability to compress knowledge and facilitate deep reasoning capacities, even with fewer parameters compared to other models in the market.
This optimized approach not only enhances the model's performance but also contributes to sustainability by reducing training time, costs, and environmental impact.

The successful deployment of Mistral 7B has positioned Mistral AI as a key player in the AI market and a competitor to OpenAI.
Its impact extends across various industries, offering potential transformations in fields such as healthcare, education, finance, and manufacturing.
The company's ability to provide high-performance, scalable solutions is poised to impact how these sectors leverage AI for innovation and efficiency.

European AI Landscape and Competitive Edge

Mistral AI's recent funding round is a clear indicator of Europe's rapidly growing stature in the global AI landscape.
Historically, European ventures in AI have lagged behind their counterparts in the US and Asia in terms of investment and innovation.
However, Mistral AI's success, alongside other significant investments, marks a decisive shift, showcasing Europe's rising potential and commitment to AI innovation.

In the competitive arena of generative AI, Mistral AI distinguishes itself with its open-source approach and focus on creating scalable and efficient models.
This strategy sets it apart from established giants such as OpenAI, Google AI, and DeepMind, offering a unique value proposition to the market.
By prioritizing accessibility and efficiency, Mistral AI not only contributes to the democratization of AI technology but also positions itself as a formidable competitor in the global AI race.

The trajectory of Mistral AI and the burgeoning European AI sector signals a vibrant and dynamic future for AI development.
With substantial investments pouring into European AI startups, the region is rapidly catching up and carving out its niche in the highly competitive and ever-evolving field of artificial intelligence.

Alex McFarland is an AI journalist and writer exploring the latest developments in artificial intelligence.
`,
  companies: [
    {
      slug: 'mistral-ai',
      name: 'Mistral AI',
      kind: 'STARTUP',
      aliases: ['Mistral'],
      description:
        'Paris-based AI startup behind the open-source Mistral 7B large language model, focused on scalable and efficient models.',
      headquarters: 'Paris, FR',
      competitors: ['openai', 'google-ai', 'deepmind'],
      industries: ['healthcare', 'education', 'finance', 'manufacturing'],
      sources: [s.intro, s.raise, s.flagship, s.openai, s.industries, s.openSource, s.giants],
    },
    {
      slug: 'andreessen-horowitz',
      name: 'Andreessen Horowitz',
      kind: 'VENTURE_CAPITAL',
      aliases: ['a16z'],
      description: "A prominent name in the venture capital world; led Mistral AI's €450 million round.",
      sources: [s.lead],
    },
    { slug: 'nvidia', name: 'Nvidia', kind: 'CORPORATION', aliases: ['Nvidia Corp', 'NVIDIA'], description: techGiant, sources: [s.debt] },
    { slug: 'salesforce', name: 'Salesforce', kind: 'CORPORATION', description: techGiant, sources: [s.debt] },
    {
      slug: 'openai',
      name: 'OpenAI',
      kind: 'RESEARCH_LAB',
      kindNote:
        'The article calls it an established giant, not a startup; it describes itself as an AI research and deployment company, so RESEARCH_LAB is the closest kind.',
      description: giant,
      sources: [s.openai, s.giants],
    },
    {
      slug: 'google-ai',
      name: 'Google AI',
      kind: 'CORPORATION',
      kindNote: 'Google AI is a division of Google, a corporation, not a company of its own; CORPORATION is the closest kind.',
      description: giant,
      sources: [s.giants],
    },
    {
      slug: 'deepmind',
      name: 'DeepMind',
      kind: 'RESEARCH_LAB',
      kindNote: 'DeepMind is an AI research laboratory (owned by Google), so RESEARCH_LAB is the closest kind.',
      aliases: ['Google DeepMind'],
      description: giant,
      sources: [s.giants],
    },
  ],
  fundingRounds: [
    {
      id: 'mistral-ai-eur-450m',
      company: 'mistral-ai',
      amount: money('450000000', 'EUR'),
      valuation: money('2000000000', 'USD'),
      // The article does not say equity, so the lead's instrument stays unspecified.
      investments: [{ investor: 'andreessen-horowitz', lead: true, sources: [s.lead] }],
      tranches: [
        { instrument: 'CONVERTIBLE_DEBT', amount: money('120000000', 'EUR'), investors: ['nvidia', 'salesforce'], sources: [s.debt] },
      ],
      sources: [s.raise, s.lead, s.debt],
    },
  ],
  models: [
    {
      slug: 'mistral-7b',
      name: 'Mistral 7B',
      kind: 'LARGE_LANGUAGE_MODEL',
      description:
        "Mistral AI's flagship large language model, released under the open-source Apache 2.0 license and noted for its efficiency.",
      developer: 'mistral-ai',
      license: 'Apache-2.0',
      sources: [s.flagship, s.license],
    },
  ],
  regionMentions: [
    { region: 'Paris, FR', sources: [s.intro] },
    { region: 'Europe', sources: [s.intro, s.europe, s.usAsia] },
    { region: 'US', sources: [s.usAsia] },
    { region: 'Asia', sources: [s.usAsia] },
  ],
});

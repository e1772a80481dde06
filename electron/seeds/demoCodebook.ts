import type { AttributeDef, Code, Codebook, CodeGroup } from '../../shared/model'

/**
 * The starter codebook of the bundled demo project: the fifteen frame dimensions of the
 * Policy Frames Codebook (Boydstun, Card, Gross, Resnik & Smith 2014), the actors who
 * speak in the five seed articles, one discourse-network stance code (actor → target,
 * polarity) and a few document-level codes. Written in the schema's output shape (every
 * field present) so that `codebookSchema.parse(demoCodebook)` returns it unchanged.
 */

export const FRAMES_GROUP_ID = 'frames'
export const ACTORS_GROUP_ID = 'actors'
export const STANCES_GROUP_ID = 'stances'
export const DOCUMENT_GROUP_ID = 'document'

const groups: CodeGroup[] = [
  {
    id: FRAMES_GROUP_ID,
    name: 'Frames',
    kind: 'frames',
    description:
      'The 15 issue-general frame dimensions of the Policy Frames Codebook (Boydstun, Card, Gross, Resnik & Smith 2014, ' +
      '"Tracking the development of media frames within and across policy issues"). Code the passage — usually a ' +
      'sentence or a paragraph — by the aspect of the issue it foregrounds, not by its topic. A passage may carry two ' +
      'frames when it clearly argues along both; prefer one.',
    order: 0,
  },
  {
    id: ACTORS_GROUP_ID,
    name: 'Actors',
    kind: 'actors',
    description:
      'Who speaks. Apply an actor code to the passage in which that actor is quoted or paraphrased, or issues a ' +
      'statement, post or readout — including the attribution clause if you like, but consistently. A passage that ' +
      'only mentions an actor is not coded for that actor. Use a person’s code when a named person speaks, the ' +
      'institution’s code (the parent) when the institution, a spokes-body or an unnamed official speaks.',
    order: 1,
  },
  {
    id: STANCES_GROUP_ID,
    name: 'Stances',
    kind: 'stances',
    description:
      'Statements in the shape of discourse network analysis (Leifeld): an actor takes a position on a contested ' +
      'object, for or against. One statement, one stance code; a sentence that takes positions on two objects gets ' +
      'two stance codes.',
    order: 2,
  },
  {
    id: DOCUMENT_GROUP_ID,
    name: 'Document',
    kind: 'custom',
    description: 'Codes applied to a whole article, once per coder, after reading it to the end.',
    order: 3,
  },
]

/** The frame dimensions, in the Policy Frames Codebook's order. */
const frameSpecs: {
  slug: string
  name: string
  color: string
  shortcut: string | null
  definition: string
  inclusion: string
  exclusion: string
  examples: string[]
}[] = [
  {
    slug: 'economic',
    name: 'Economic',
    color: '#4E79A7',
    shortcut: '1',
    definition:
      'The issue seen through money: what it costs or earns, its financial consequences for a country, a sector, markets or budgets.',
    inclusion: 'Prices and markets reacting to events; aid as money to be repaid; trade and resource deals; the economic bite of sanctions.',
    exclusion:
      'Whether the means exist at all (troops, weapons, production) → Capacity and resources. Sanctions as a lever between states → External regulation and reputation.',
    examples: ['Global oil prices fell, with Brent crude down 2.3 per cent at $75.25 a barrel.'],
  },
  {
    slug: 'capacity',
    name: 'Capacity and resources',
    color: '#A0CBE8',
    shortcut: '2',
    definition:
      'Whether there is enough — people, equipment, money, time, production or institutional capacity — to do what is asked.',
    inclusion: 'Stocks and production of weapons or drones, manpower, technological capabilities, the capacity of an actor to carry a burden.',
    exclusion: 'What something costs or who profits → Economic. Who should carry a burden, as a question of justice → Fairness and equality.',
    examples: [],
  },
  {
    slug: 'morality',
    name: 'Morality',
    color: '#B07AA1',
    shortcut: '3',
    definition: 'Right and wrong: ethical or religious duty, conscience, compassion, the moral character of an act or an actor.',
    inclusion: 'Appeals to stop the killing as a moral imperative; condemnation of aggression or repression as wrong; “no more lives should be lost”.',
    exclusion:
      'Deaths and injuries reported as a toll or a risk to be reduced → Health and safety. Unequal treatment of groups → Fairness and equality.',
    examples: [],
  },
  {
    slug: 'fairness',
    name: 'Fairness and equality',
    color: '#D4A6C8',
    shortcut: '4',
    definition: 'Whether rights, burdens and benefits are shared justly and equally between groups or countries.',
    inclusion: 'Burden-sharing claims (“we’re putting up far more money than Europe”), double standards, equal or unequal treatment.',
    exclusion: 'Rights as a matter of law or treaty → Legality, constitutionality and jurisprudence.',
    examples: [],
  },
  {
    slug: 'legality',
    name: 'Legality, constitutionality and jurisprudence',
    color: '#59A14F',
    shortcut: '5',
    definition:
      'What the law allows or requires: legal rights and authority, courts and rulings, constitutions, treaties and international law as law.',
    inclusion: 'Sovereignty and territorial integrity invoked as legal principles; annexation as illegal; treaty obligations such as a mutual defence clause read as law.',
    exclusion: 'Enforcement, prisoners and punishment → Crime and punishment. Alliances and treaties as relations between states → External regulation and reputation.',
    examples: [],
  },
  {
    slug: 'policy',
    name: 'Policy prescription and evaluation',
    color: '#F1CE63',
    shortcut: '6',
    definition:
      'A specific course of action to deal with the problem, and whether it will work: plans, proposals, negotiations and their design, timing and prospects.',
    inclusion: 'Talks being set up, negotiating teams, venues and timetables, peace plans, ceasefires, assessments of whether a deal can succeed.',
    exclusion:
      'Who gains politically, appointments as power play, campaigns → Political. The military substance of a plan (troops, guarantees, NATO) → Security and defense.',
    examples: ['The talks will be hosted by Crown Prince Mohammed bin Salman.'],
  },
  {
    slug: 'crime',
    name: 'Crime and punishment',
    color: '#9D7660',
    shortcut: '7',
    definition: 'Breaking and enforcing rules: crimes, arrests, imprisonment, prisoners, prosecution and punishment.',
    inclusion: 'Prisoner releases and swaps, detained citizens, war crimes and their prosecution.',
    exclusion: 'Whether a policy itself is lawful → Legality, constitutionality and jurisprudence.',
    examples: [],
  },
  {
    slug: 'security',
    name: 'Security and defense',
    color: '#E15759',
    shortcut: '8',
    definition: 'Threats to a nation or community and how to defend against them: war, armed forces, alliances as defence, deterrence.',
    inclusion:
      'NATO membership, security guarantees, troop deployments, the battlefield, territory held or lost by force, military aid, the risk of renewed war.',
    exclusion:
      'Diplomacy and the state of relations between countries where no threat or defence is at issue → External regulation and reputation.',
    examples: ['He added that Washington did “not believe that Nato membership for Ukraine is a realistic outcome”.'],
  },
  {
    slug: 'health',
    name: 'Health and safety',
    color: '#86BCB6',
    shortcut: '9',
    definition: 'Protecting life, health and physical safety: injury, death, disease, health care, public safety.',
    inclusion: 'The human toll — deaths, casualties, people “getting killed” — as a harm to be stopped.',
    exclusion: 'The same toll as a matter of conscience or moral duty → Morality. Military threats → Security and defense.',
    examples: [],
  },
  {
    slug: 'quality-of-life',
    name: 'Quality of life',
    color: '#8CD17D',
    shortcut: 'l',
    definition: 'Effects on the everyday life, well-being, prosperity and prospects of individuals, families and communities.',
    inclusion: 'Displacement, daily hardship, people’s ability to live normally, opportunities opened or closed.',
    exclusion: 'Aggregate economic effects → Economic. Deaths and injuries → Health and safety.',
    examples: [],
  },
  {
    slug: 'cultural-identity',
    name: 'Cultural identity',
    color: '#D37295',
    shortcut: 'c',
    definition: 'Traditions, values, language, history and the identity of a group or nation, as they bear on the issue.',
    inclusion: 'National identity and belonging (to Europe, to a “sphere of influence”), shared history, a nation’s sense of itself.',
    exclusion: 'The state of relations between governments → External regulation and reputation. Party politics → Political.',
    examples: [],
  },
  {
    slug: 'public-opinion',
    name: 'Public opinion',
    color: '#F28E2B',
    shortcut: 'o',
    definition: 'What the general public thinks: polls, approval ratings, public mood, protests and social reactions.',
    inclusion: 'Poll numbers and approval of leaders; the public’s support for or fatigue with a policy.',
    exclusion: 'Opinions of politicians, officials or experts → Political, or the frame their argument uses.',
    examples: ['“You know, his poll numbers aren’t particularly great, to put it mildly,” Trump added.'],
  },
  {
    slug: 'political',
    name: 'Political',
    color: '#FFBE7D',
    shortcut: 'p',
    definition:
      'The issue as politics: politicians and parties, elections and campaigns, appointments and rivalries, political strategy, gains and losses.',
    inclusion: 'Campaign promises, elections in a country, who is (not) on a team, leaders’ personal relationships and flattery as political moves.',
    exclusion: 'The merits and design of a policy → Policy prescription and evaluation. Polls of the public → Public opinion.',
    examples: [],
  },
  {
    slug: 'external',
    name: 'External regulation and reputation',
    color: '#499894',
    shortcut: 'e',
    definition:
      'A country’s relations with other countries and its standing abroad: diplomacy, cooperation and rivalry between states, alliances, summits, isolation, international bodies and agreements.',
    inclusion: 'The US–Russia relationship and its turnaround, summits and leaders’ calls, allies’ fears of being sidelined, sanctions as a lever between states.',
    exclusion: 'Where the passage is about threat, defence or the military → Security and defense.',
    examples: ['Wednesday’s call indicated a dramatic turnaround in the US-Russia relationship'],
  },
  {
    slug: 'other',
    name: 'Other',
    color: '#BAB0AC',
    shortcut: 'x',
    definition: 'A coherent framing that none of the fourteen dimensions captures.',
    inclusion: 'Use sparingly, and say in a memo what the frame is; recurring “Other” memos are candidates for a new code.',
    exclusion: 'Passages without any framing (logistics, boilerplate) are not coded at all.',
    examples: [],
  },
]

const frameCodes: Code[] = frameSpecs.map((f, order) => ({
  id: `frame-${f.slug}`,
  name: f.name,
  groupId: FRAMES_GROUP_ID,
  parentId: null,
  color: f.color,
  definition: f.definition,
  inclusion: f.inclusion,
  exclusion: f.exclusion,
  examples: f.examples,
  shortcut: f.shortcut,
  level: 'span',
  attributes: [],
  memo: null,
  order,
}))

const SPEAKS =
  'Apply where this actor speaks — quoted, paraphrased, or in a statement, post or readout — not where the actor is only mentioned.'

const actorSpecs: { id: string; name: string; parentId: string | null; color: string; definition: string; inclusion?: string }[] = [
  {
    id: 'actor-us-administration',
    name: 'US administration',
    parentId: null,
    color: '#2E5A87',
    definition: 'The Trump administration as an institution: “the US”, “Washington”, the White House, the Pentagon, unnamed US officials.',
    inclusion: 'Use when the administration speaks collectively or through an unnamed official; use a member’s own code when a named member speaks.',
  },
  { id: 'actor-trump', name: 'Donald Trump', parentId: 'actor-us-administration', color: '#4E79A7', definition: 'US president.' },
  { id: 'actor-hegseth', name: 'Pete Hegseth', parentId: 'actor-us-administration', color: '#6C9BD2', definition: 'US defense secretary (“Pentagon chief”).' },
  { id: 'actor-rubio', name: 'Marco Rubio', parentId: 'actor-us-administration', color: '#9DBCE0', definition: 'US secretary of state; named to the negotiating team.' },
  { id: 'actor-witkoff', name: 'Steve Witkoff', parentId: 'actor-us-administration', color: '#5E6E9E', definition: 'US special envoy (Middle East); named to the negotiating team.' },
  { id: 'actor-kellogg', name: 'Keith Kellogg', parentId: 'actor-us-administration', color: '#7A8FB8', definition: 'Retired general, US special envoy for Ukraine and Russia.' },
  { id: 'actor-bessent', name: 'Scott Bessent', parentId: 'actor-us-administration', color: '#3F7CAC', definition: 'US treasury secretary (spelled “Besant” in one seed article).' },
  { id: 'actor-leavitt', name: 'Karoline Leavitt', parentId: 'actor-us-administration', color: '#7BA7BC', definition: 'White House press secretary.' },
  {
    id: 'actor-russian-government',
    name: 'Kremlin / Russian government',
    parentId: null,
    color: '#B5453F',
    definition: 'The Kremlin, “Moscow”, “Russia” as a speaker, Russian officials, the Kremlin’s readout of a call.',
    inclusion: 'Use when the Kremlin or unnamed Russian officials speak; use Putin’s or Peskov’s code when they are named as the speaker.',
  },
  { id: 'actor-putin', name: 'Vladimir Putin', parentId: 'actor-russian-government', color: '#D1615D', definition: 'Russian president.' },
  { id: 'actor-peskov', name: 'Dmitry Peskov', parentId: 'actor-russian-government', color: '#E8908A', definition: 'Kremlin spokesman.' },
  {
    id: 'actor-ukraine-government',
    name: 'Ukraine’s government',
    parentId: null,
    color: '#B8901F',
    definition: 'Ukraine’s leadership as an institution: “Kyiv”/“Kiev” as a speaker, ministers, diplomats, unnamed Ukrainian officials.',
    inclusion: 'Includes the ambassador to the US (Serhiy Lyovochkin) and “a senior Ukrainian official”.',
  },
  { id: 'actor-zelensky', name: 'Volodymyr Zelensky', parentId: 'actor-ukraine-government', color: '#E0B83A', definition: 'Ukrainian president (also spelled Zelenskyy).' },
  { id: 'actor-yermak', name: 'Andriy Yermak', parentId: 'actor-ukraine-government', color: '#EDD27A', definition: 'Head of the Ukrainian presidential office.' },
  {
    id: 'actor-european-partners',
    name: 'EU / European partners',
    parentId: null,
    color: '#3C8D5A',
    definition: 'The EU, European governments and their ministers speaking for Europe (e.g. the foreign ministers of France, Germany and Spain).',
  },
  {
    id: 'actor-nato',
    name: 'NATO',
    parentId: null,
    color: '#2C6E6A',
    definition: 'The alliance as a speaker: its secretary general, its spokespeople, joint NATO statements.',
    inclusion: 'Not for a member state speaking for itself (code that state’s government) and not for NATO as a topic.',
  },
  {
    id: 'actor-expert',
    name: 'Experts and analysts',
    parentId: null,
    color: '#8E7CA8',
    definition: 'Academics, think-tank analysts and other commentators quoted for their expertise (e.g. Lawrence Freedman).',
  },
  {
    id: 'actor-other',
    name: 'Other actor',
    parentId: null,
    color: '#9A948E',
    definition: 'Any other speaker: third-country governments, foreign media cited as a source, anonymous sources not tied to a government.',
    inclusion: 'Say who in a memo when the speaker could become a code of its own.',
  },
]

const actorCodes: Code[] = actorSpecs.map((a, i) => ({
  id: a.id,
  name: a.name,
  groupId: ACTORS_GROUP_ID,
  parentId: a.parentId,
  color: a.color,
  definition: `${a.definition} ${SPEAKS}`,
  inclusion: a.inclusion ?? '',
  exclusion: 'Passages that only mention the actor, and journalists’ own inferences about what the actor wants.',
  examples: [],
  shortcut: null,
  level: 'span',
  attributes: [],
  memo: null,
  // Order among siblings: top-level institutions and their members are numbered separately.
  order: actorSpecs.filter((b, j) => j < i && b.parentId === a.parentId).length,
}))

/** The contested objects actors take positions on in the seed articles. */
export const stanceTargets: { value: string; label: string }[] = [
  { value: 'nato-membership', label: 'NATO membership for Ukraine' },
  { value: 'territory', label: 'Restoring Ukraine’s territory (pre-2014 borders)' },
  { value: 'security-guarantees', label: 'Security guarantees / peacekeeping troops for Ukraine' },
  { value: 'us-troops', label: 'US troops in post-war Ukraine' },
  { value: 'ukraine-at-table', label: 'Ukraine at the negotiating table' },
  { value: 'europe-at-table', label: 'Europe at the negotiating table' },
  { value: 'us-russia-talks', label: 'Direct US–Russia talks and cooperation' },
  { value: 'negotiated-peace', label: 'A negotiated end to the war (talks, ceasefire)' },
  { value: 'root-causes', label: 'Settling the conflict’s “root causes” (Moscow’s condition)' },
  { value: 'resources-for-aid', label: 'US aid repaid with Ukraine’s natural resources' },
  { value: 'ukraine-elections', label: 'Elections in Ukraine' },
]

const stanceAttributes: AttributeDef[] = [
  {
    id: 'actor',
    name: 'Actor',
    type: 'code',
    options: [],
    fromGroup: ACTORS_GROUP_ID,
    default: null,
    required: true,
  },
  {
    id: 'target',
    name: 'Target',
    type: 'list',
    options: stanceTargets,
    fromGroup: null,
    default: null,
    required: true,
  },
  {
    id: 'polarity',
    name: 'Polarity',
    type: 'scale',
    options: [
      { value: -1, label: 'Opposes' },
      { value: 0, label: 'Ambivalent / neutral' },
      { value: 1, label: 'Supports' },
    ],
    fromGroup: null,
    default: null,
    required: true,
  },
]

const stanceCode: Code = {
  id: 'stance',
  name: 'Stance',
  groupId: STANCES_GROUP_ID,
  parentId: null,
  color: '#7B6D8D',
  definition:
    'A statement in which an actor takes a position on a contested object: who (actor) says what about which object (target), for or against (polarity).',
  inclusion:
    'Direct and reported speech, written statements and official readouts. The actor is who holds the position — Putin when his spokesman relays what Putin agreed to. Code the shortest span that carries the position.',
  exclusion:
    'Journalists’ inferences (“in a sign that the US may not want…”) unless an actor is cited for them; predictions with no evaluation lean towards polarity 0 rather than no code.',
  examples: ['Washington did “not believe that Nato membership for Ukraine is a realistic outcome” → US/Hegseth · NATO membership · opposes'],
  shortcut: 's',
  level: 'span',
  attributes: stanceAttributes,
  memo: null,
  order: 0,
}

function documentCode(
  id: string,
  name: string,
  color: string,
  order: number,
  definition: string,
  inclusion: string,
  exclusion: string,
  attributes: AttributeDef[],
): Code {
  return {
    id,
    name,
    groupId: DOCUMENT_GROUP_ID,
    parentId: null,
    color,
    definition,
    inclusion,
    exclusion,
    examples: [],
    shortcut: null,
    level: 'document',
    attributes,
    memo: null,
    order,
  }
}

const documentCodes: Code[] = [
  documentCode(
    'doc-primary-frame',
    'Primary frame',
    '#6B7A8F',
    0,
    'The one frame dimension that dominates the article as a whole, judged from the headline/lead and the balance of the body.',
    'Weigh the lead more than the tail; if two frames compete, pick the one the lead paragraph uses.',
    'Do not simply count span codes; a frame used often in quotes may not be the article’s own.',
    [
      {
        id: 'frame',
        name: 'Frame',
        type: 'code',
        options: [],
        fromGroup: FRAMES_GROUP_ID,
        default: null,
        required: true,
      },
    ],
  ),
  documentCode(
    'doc-tone',
    'Overall tone toward negotiations',
    '#A0785A',
    1,
    'How the article, in its own voice, presents the prospect of the US–Russia talks and a negotiated end to the war.',
    'Judge the journalist’s framing and selection of voices, not the quoted actors’ own optimism.',
    'Not the tone toward Trump, Putin or Zelensky as persons.',
    [
      {
        id: 'tone',
        name: 'Tone',
        type: 'scale',
        options: [
          { value: -1, label: 'Sceptical / negative' },
          { value: 0, label: 'Balanced / neutral' },
          { value: 1, label: 'Hopeful / positive' },
        ],
        fromGroup: null,
        default: null,
        required: true,
      },
    ],
  ),
  documentCode(
    'doc-relevance',
    'Relevance',
    '#8A9A5B',
    2,
    'Whether the article belongs in the analysis sample: is the Trump–Putin call and the start of the Ukraine talks its subject?',
    'Central: the call or the talks are the main subject. Peripheral: mentioned in passing in an article about something else.',
    'Off-topic articles are coded “not relevant” and nothing else.',
    [
      {
        id: 'relevance',
        name: 'Relevance',
        type: 'list',
        options: [
          { value: 'central', label: 'Central' },
          { value: 'peripheral', label: 'Peripheral' },
          { value: 'not-relevant', label: 'Not relevant' },
        ],
        fromGroup: null,
        default: 'central',
        required: true,
      },
    ],
  ),
  documentCode(
    'doc-derived-version',
    'Derived version of another article',
    '#B0A7B8',
    3,
    'The article is not independent: it is a translation, rewrite or syndicated copy of another article in the corpus.',
    'Apply when most of the text follows another article’s structure or sentences; name that article in “Source”.',
    'Two independent reports of the same event are not derived versions, however similar.',
    [
      {
        id: 'kind',
        name: 'Kind',
        type: 'list',
        options: [
          { value: 'machine-translation', label: 'Machine translation / round trip' },
          { value: 'rewrite', label: 'Rewrite' },
          { value: 'syndicated-copy', label: 'Syndicated copy' },
        ],
        fromGroup: null,
        default: null,
        required: true,
      },
      {
        id: 'source',
        name: 'Source',
        type: 'text',
        options: [],
        fromGroup: null,
        default: null,
        required: false,
      },
    ],
  ),
]

export const demoCodebook: Codebook = {
  format: 'margin-codebook',
  schemaVersion: 1,
  groups,
  codes: [...frameCodes, ...actorCodes, stanceCode, ...documentCodes],
}

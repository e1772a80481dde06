import type { VariableDef } from '../../shared/model'

/**
 * What the texts of the five seed articles show about them (see ../shared/seeds/README.md).
 * Titles are descriptive, written for the demo: the files carry no headlines of their own.
 * `story` groups near-duplicates and derived versions, which a reliability sample or a
 * frequency count must not treat as independent articles.
 */
export const seedArticles = [
  {
    prefix: '000',
    file: '000_c4cab82b21ae8475.txt',
    title: 'Trump says US and Russia will begin Ukraine negotiations “immediately” after Putin call',
    outlet: 'Financial Times',
    date: '2025-02-12',
    variables: { outlet_type: 'newspaper', story: 'ft', derived_version: false, boilerplate: true },
  },
  {
    prefix: '001',
    file: '001_a97c79d32ffacd94.txt',
    title: 'Donald Trump said we and Russia began negotiating the Ukrainian war (machine-translated variant)',
    outlet: 'Financial Times (round-tripped translation)',
    date: '2025-02-12',
    variables: { outlet_type: 'newspaper', story: 'ft', derived_version: true, boilerplate: true },
  },
  {
    prefix: '002',
    file: '002_7234993d599bcdfc.txt',
    title: 'Trump expects to meet Putin in Saudi Arabia for Ukraine peace talks',
    outlet: 'Wire service',
    date: '2025-02-12',
    variables: { outlet_type: 'wire', story: 'wire', derived_version: false, boilerplate: false },
  },
  {
    prefix: '003',
    file: '003_159b3ad281caed05.txt',
    title: 'Trump announces expected meeting with Putin in Saudi Arabia (rewritten variant)',
    outlet: 'Wire service (rewrite)',
    date: '2025-02-12',
    variables: { outlet_type: 'wire', story: 'wire', derived_version: true, boilerplate: false },
  },
  {
    prefix: '004',
    file: '004_866eacb20cd65b5a.txt',
    title: 'Trump speaks with Putin, breaking years of silence, as he seeks to end war in Ukraine',
    outlet: 'The Washington Post',
    date: '2025-02-12',
    variables: { outlet_type: 'newspaper', story: 'wapo', derived_version: false, boilerplate: true },
  },
] as const

export const seedVariables: VariableDef[] = [
  { name: 'outlet_type', type: 'text', description: 'newspaper or wire service' },
  { name: 'story', type: 'text', description: 'articles with the same value are versions of one story (not independent)' },
  { name: 'derived_version', type: 'boolean', description: 'true for a translated or rewritten copy of another article in the project' },
  { name: 'boilerplate', type: 'boolean', description: 'the text contains non-article material (promos, credits, "COMMENTS") that is not coded' },
]

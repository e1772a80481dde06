import type { Code, Codebook } from '../../../shared/model'
import { testCode } from '../../support/codebookFixtures'

const code = (id: string, name: string, groupId: string, color: string, order: number, more: Partial<Code> = {}): Code =>
  testCode(id, name, groupId, order, { color, ...more })

/** A small frames / actors / stances codebook for the seed corpus, so the codebook pane has content. */
export const SAMPLE_CODEBOOK: Codebook = {
  format: 'margin-codebook',
  schemaVersion: 1,
  groups: [
    { id: 'frames', name: 'Frames', kind: 'frames', description: '', order: 0 },
    { id: 'actors', name: 'Actors', kind: 'actors', description: '', order: 1 },
    { id: 'stances', name: 'Stances', kind: 'stances', description: '', order: 2 },
  ],
  codes: [
    code('frame-economic', 'Economic consequences', 'frames', '#3f7fbf', 0, { shortcut: '1', definition: 'Costs, prices, markets, sanctions.' }),
    code('frame-security', 'Security and defence', 'frames', '#c0504d', 1, { shortcut: '2' }),
    code('frame-diplomacy', 'Diplomacy and negotiation', 'frames', '#4f9a6a', 2, { shortcut: '3' }),
    code('frame-territory', 'Territory', 'frames', '#4f9a6a', 0, { parentId: 'frame-diplomacy' }),
    code('frame-humanitarian', 'Humanitarian toll', 'frames', '#8064a2', 3, { shortcut: '4' }),
    code('actor-trump', 'Donald Trump', 'actors', '#9c6b30', 0, { shortcut: 't' }),
    code('actor-putin', 'Vladimir Putin', 'actors', '#7a7a7a', 1, { shortcut: 'p' }),
    code('actor-zelensky', 'Volodymyr Zelensky', 'actors', '#2e8fa3', 2, { shortcut: 'z' }),
    code('actor-eu', 'European Union', 'actors', '#3355aa', 3),
    code('actor-nato', 'NATO', 'actors', '#556b2f', 4),
    code('stance', 'Stance', 'stances', '#b8860b', 0, {
      shortcut: 's',
      attributes: [
        { id: 'actor', name: 'Actor', type: 'code', options: [], fromGroup: 'actors', default: null, required: true },
        {
          id: 'polarity', name: 'Polarity', type: 'scale', fromGroup: null, default: null, required: true,
          options: [{ value: -1, label: 'oppose' }, { value: 0, label: 'neutral' }, { value: 1, label: 'support' }],
        },
      ],
    }),
  ],
}

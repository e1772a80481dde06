import { describe, expect, it } from 'vitest'
import { diffCodebooks } from '../../../shared/codebook/codebookDiff'
import type { Code, Codebook } from '../../../shared/model'

const code = (id: string, name: string, groupId: string, order: number, more: Partial<Code> = {}): Code => ({
  id, name, groupId, parentId: null, color: '#336699', definition: '', inclusion: '', exclusion: '', examples: [],
  shortcut: null, level: 'span', attributes: [], memo: null, order, ...more,
})
const book = (codes: Code[], groups = ['frames', 'actors']): Codebook => ({
  format: 'margin-codebook',
  schemaVersion: 1,
  groups: groups.map((id, order) => ({ id, name: id[0].toUpperCase() + id.slice(1), kind: 'custom', description: '', order })),
  codes,
})

describe('diffCodebooks', () => {
  const before = book([code('a', 'Alpha', 'frames', 0), code('b', 'Beta', 'frames', 1), code('c', 'Gamma', 'actors', 0)])

  it('finds nothing between a codebook and itself, nor between an absent and an empty list of aliases', () => {
    expect(diffCodebooks(before, before).same).toBe(true)
    const withAliases = book(before.codes.map((c) => (c.id === 'a' ? { ...c, aliases: [] } : c)))
    expect(diffCodebooks(before, withAliases).same).toBe(true)
  })

  it('names moves to another group, under another code, and changes of position', () => {
    const after = book([code('a', 'Alpha', 'frames', 1), code('b', 'Beta', 'actors', 1), code('c', 'Gamma', 'actors', 0, { parentId: null }), code('d', 'Delta', 'frames', 0, { parentId: 'a' })])
    const moved = book([code('a', 'Alpha', 'frames', 0), code('b', 'Beta', 'frames', 0, { parentId: 'a' }), code('c', 'Gamma', 'actors', 0)])
    expect(diffCodebooks(before, after).changed).toEqual([
      { id: 'a', name: 'Alpha', renamedFrom: null, changes: ['position'] },
      { id: 'b', name: 'Beta', renamedFrom: null, changes: ['moved to Actors'] },
    ])
    expect(diffCodebooks(before, after).added).toEqual([{ id: 'd', name: 'Delta', group: 'Frames' }])
    expect(diffCodebooks(before, moved).changed).toEqual([{ id: 'b', name: 'Beta', renamedFrom: null, changes: ['moved under Alpha'] }])
  })

  it('lists groups added and removed, and attribute changes', () => {
    const after = book([code('a', 'Alpha', 'frames', 0), code('b', 'Beta', 'frames', 1, { attributes: [{ id: 'p', name: 'Polarity', type: 'scale', options: [], fromGroup: null, default: null, required: false }] })], ['frames', 'topics'])
    const diff = diffCodebooks(before, after)
    expect(diff.groupsAdded).toEqual(['Topics'])
    expect(diff.groupsRemoved).toEqual(['Actors'])
    expect(diff.removed).toEqual([{ id: 'c', name: 'Gamma', group: 'Actors' }])
    expect(diff.changed).toEqual([{ id: 'b', name: 'Beta', renamedFrom: null, changes: ['attributes'] }])
  })
})

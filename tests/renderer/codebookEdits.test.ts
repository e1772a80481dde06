import { describe, expect, it } from 'vitest'
import { addCode, canMove, moveCode, newId, shiftCode, shortcutProblem } from '../../renderer/src/views/codebook/codebookEdits'
import { codebookProblems } from '../../shared/codebook/codebookProblems'
import { SAMPLE_CODEBOOK } from '../e2e/support/sampleCodebook'

const siblings = (codebook: typeof SAMPLE_CODEBOOK, parentId: string | null, groupId: string) =>
  codebook.codes.filter((c) => c.parentId === parentId && c.groupId === groupId).sort((a, b) => a.order - b.order).map((c) => c.id)

describe('codebook edits', () => {
  it('makes unique ids from names', () => {
    expect(newId('Sécurité & défense', [])).toBe('securite-defense')
    expect(newId('NATO', ['nato', 'nato-2'])).toBe('nato-3')
  })

  it('adds a code at the end of its siblings, valid for the service', () => {
    const { codebook, id } = addCode(SAMPLE_CODEBOOK, 'frames', null, 'Sanctions')
    expect(id).toBe('frame-sanctions')
    expect(siblings(codebook, null, 'frames').at(-1)).toBe(id)
    expect(codebookProblems(codebook)).toEqual([])
  })

  it('nests, reorders and moves a branch to another group, keeping orders dense', () => {
    const nested = moveCode(SAMPLE_CODEBOOK, 'frame-humanitarian', { groupId: 'frames', parentId: 'frame-security' })
    expect(siblings(nested, 'frame-security', 'frames')).toEqual(['frame-humanitarian'])
    expect(siblings(nested, null, 'frames')).toEqual(['frame-economic', 'frame-security', 'frame-diplomacy'])
    expect(nested.codes.filter((c) => c.parentId === null && c.groupId === 'frames').map((c) => c.order).sort()).toEqual([0, 1, 2])
    const first = moveCode(SAMPLE_CODEBOOK, 'frame-humanitarian', { groupId: 'frames', parentId: null, index: 0 })
    expect(siblings(first, null, 'frames')).toEqual(['frame-humanitarian', 'frame-economic', 'frame-security', 'frame-diplomacy'])
    expect(siblings(shiftCode(first, 'frame-humanitarian', 1), null, 'frames')[1]).toBe('frame-humanitarian')
    const branch = moveCode(SAMPLE_CODEBOOK, 'frame-diplomacy', { groupId: 'actors', parentId: null })
    expect(branch.codes.find((c) => c.id === 'frame-territory')?.groupId).toBe('actors')
    expect(codebookProblems(branch)).toEqual([])
  })

  it('refuses to move a code into itself or below itself', () => {
    expect(canMove(SAMPLE_CODEBOOK, 'frame-diplomacy', { groupId: 'frames', parentId: 'frame-territory' })).toBe(false)
    expect(moveCode(SAMPLE_CODEBOOK, 'frame-diplomacy', { groupId: 'frames', parentId: 'frame-diplomacy' })).toBe(SAMPLE_CODEBOOK)
  })

  it('explains a shortcut clash', () => {
    expect(shortcutProblem(SAMPLE_CODEBOOK, 'actor-eu', 'T')).toBe('“T” already applies “Donald Trump”.')
    expect(shortcutProblem(SAMPLE_CODEBOOK, 'actor-eu', '?')).toBe('A shortcut is one letter or digit.')
    expect(shortcutProblem(SAMPLE_CODEBOOK, 'actor-trump', 't')).toBeNull()
  })
})

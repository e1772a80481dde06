import { act, renderHook } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { afterNextPaint, nextPaint, useStateAfterPaint } from '../../renderer/src/app/afterNextPaint'

describe('afterNextPaint', () => {
  it('runs the tasks of one frame together, after that frame, not in the task that queued them', async () => {
    const ran: string[] = []
    let frames = 0
    requestAnimationFrame(() => frames++)
    afterNextPaint(() => ran.push(`a after ${frames} frame`))
    afterNextPaint(() => ran.push(`b after ${frames} frame`))
    expect(ran).toEqual([])
    await nextPaint()
    expect(ran).toEqual(['a after 1 frame', 'b after 1 frame'])
  })
})

describe('useStateAfterPaint', () => {
  it('is current at once for actions and shown after the paint when asked', async () => {
    const { result } = renderHook(() => useStateAfterPaint<string | null>(null))
    act(() => result.current[2]('a', true))
    expect(result.current[1].current).toBe('a')
    expect(result.current[0]).toBe(null)
    await act(() => nextPaint())
    expect(result.current[0]).toBe('a')
  })

  it('lets a later value win over an earlier one still waiting for its paint', async () => {
    const { result } = renderHook(() => useStateAfterPaint<string | null>(null))
    act(() => {
      result.current[2]('later-cleared', true)
      result.current[2]('now')
    })
    expect(result.current[0]).toBe('now')
    await act(() => nextPaint())
    expect(result.current[0]).toBe('now')
    expect(result.current[1].current).toBe('now')
  })
})

import { describe, expect, it } from 'vitest'
import { editPreview } from '../../renderer/src/views/adjudication/editPreview'

describe('editPreview', () => {
  const text = 'Putin 🤝 Trump agreed to talks.'

  it('shows the passage the typed positions keep, counting code points as exports do', () => {
    // The emoji is one character: "Trump" is 8–13, not 9–14 as UTF-16 would count.
    expect(editPreview(text, '8', '13')).toEqual({ quote: 'Trump' })
    expect(editPreview(text, ' 0', '5 ')).toEqual({ quote: 'Putin' })
  })

  it('says what is wrong with positions that select nothing, or outside the text', () => {
    expect(editPreview(text, '13', '8')).toEqual({ problem: 'End must come after start.' })
    expect(editPreview(text, '5', '5')).toEqual({ problem: 'End must come after start.' })
    for (const [start, end] of [['0', '31'], ['-1', '4'], ['1.5', '4'], ['a', '4'], ['3', '']]) {
      expect(editPreview(text, start, end), `${start}–${end}`).toEqual({ problem: 'Start and end are character positions from 0 to 30.' })
    }
  })

  it('reads both fields empty as the whole document, and waits for the text', () => {
    expect(editPreview(text, '', ' ')).toEqual({ wholeDocument: true })
    expect(editPreview(null, '8', '13')).toBeNull()
  })
})

import { describe, expect, it } from 'vitest'
import { coderFileSchema } from '../../../shared/model'
import { annotationFileSchema } from '../../../shared/team'

const file = {
  format: 'margin-annotations',
  schemaVersion: 1,
  coder: { id: 'bob', name: 'Bob' },
  demo: false,
  annotations: [],
  documentStatus: { 'doc-1': 'done', 'doc-2': 'in-progress' },
  documentMemos: {},
  documentHashes: { 'doc-1': `sha256:${'a'.repeat(64)}` },
  codeNames: { c: 'Code' },
}

describe('records checked on a fast path (document statuses and hashes)', () => {
  it('takes a valid record as it is', () => {
    const parsed = annotationFileSchema.parse(file)
    expect(parsed.documentHashes).toBe(file.documentHashes)
    expect(parsed.documentStatus).toBe(file.documentStatus)
  })

  it('fills the default for a missing record, as the plain schema does', () => {
    const { documentHashes: _h, documentStatus: _s, ...bare } = file
    const parsed = annotationFileSchema.parse(bare)
    expect(parsed.documentHashes).toEqual({})
    expect(parsed.documentStatus).toEqual({})
  })

  it('words a bad entry as zod does, naming the record and the key', () => {
    const badStatus = coderFileSchema.safeParse({ ...file, documentStatus: { 'doc-1': 'finished' } })
    expect(badStatus.error!.issues[0].path).toEqual(['documentStatus', 'doc-1'])
    const badHash = annotationFileSchema.safeParse({ ...file, documentHashes: { 'doc-1': 'md5:abc' } })
    expect(badHash.error!.issues[0].path).toEqual(['documentHashes', 'doc-1'])
    const badKey = annotationFileSchema.safeParse({ ...file, documentHashes: { ' bad id': `sha256:${'a'.repeat(64)}` } })
    expect(badKey.success).toBe(false)
    expect(annotationFileSchema.safeParse({ ...file, documentStatus: ['done'] }).success).toBe(false)
  })
})

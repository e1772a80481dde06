import type { Annotation } from '../../../shared/model'
import { CONTEXT_CODE_POINTS } from '../../../shared/model'
import { ProjectStore } from '../../../electron/store/projectStore'
import { describedSeedProject } from './seedProjects'

/**
 * The described seed project with two coders, Alice and Bob, who coded "Donald Trump" and
 * "Vladimir Putin" where the names occur in the first three articles (Bob only in the
 * first two), and a stance naming Trump: for the codebook editor and segments view.
 */
export async function codedSeedProject(dir: string): Promise<string> {
  await describedSeedProject(dir)
  const store = await ProjectStore.open(dir)
  try {
    const coders = [await store.addCoder({ id: 'alice', name: 'Alice' }), await store.addCoder({ id: 'bob', name: 'Bob' })]
    const documents = [...store.documents].sort((a, b) => (a.title < b.title ? -1 : 1)).slice(0, 3)
    let n = 0
    for (const [d, document] of documents.entries()) {
      const text = [...(await store.readText(document.id))]
      const flat = text.join('')
      for (const [name, codeId] of [['Trump', 'actor-trump'], ['Putin', 'actor-putin']] as const) {
        const at = flat.indexOf(name)
        if (at < 0) continue
        const start = [...flat.slice(0, at)].length
        const end = start + name.length
        for (const coder of coders) {
          if (coder.coder.id === 'bob' && d === 2) continue
          const annotation: Annotation = {
            id: `${coder.coder.id}-${String(++n).padStart(3, '0')}`,
            documentId: document.id, codeId, coderId: coder.coder.id, start, end,
            quote: text.slice(start, end).join(''),
            before: text.slice(Math.max(0, start - CONTEXT_CODE_POINTS), start).join(''),
            after: text.slice(end, end + CONTEXT_CODE_POINTS).join(''),
            attributes: {}, memo: null,
            createdAt: '2025-02-20T10:00:00.000Z', updatedAt: '2025-02-20T10:00:00.000Z', deleted: false,
          }
          await coder.commit([{ op: 'put', annotation }])
        }
      }
    }
  } finally {
    await store.close()
  }
  return dir
}

import { useMemo } from 'react'
import type { Disagreement } from '../../../../shared/contract'
import type { Annotation } from '../../../../shared/model'
import { CodePointIndex } from '../../../../shared/text/codePoints'
import { ownValue } from '../../../../shared/model/ownValue'
import { attributeLabel, type CodeIndex } from '../coding/codeIndex'
import { contextWindow, spanPieces } from './spanPieces'

interface Props {
  disagreement: Disagreement
  text: string | null
  coders: { id: string; letter: string; name: string }[]
  color: string
  /** The codebook, to show the attributes a coder filled in (a tone, a relevance) by their labels. */
  codes: CodeIndex
}

const spansOf = (list: Annotation[] | undefined) =>
  (list ?? []).filter((a) => a.start !== null && a.end !== null).map((a) => [a.start!, a.end!] as const)

/**
 * One column per coder over the same passage: the unit with some text around it, the
 * coder's own spans highlighted and the other coders' outlined, and the spans as a list
 * (for reading aloud, and for document-level units that have no passage).
 */
export function SideBySide({ disagreement: d, text, coders, color, codes }: Props) {
  const attributeDefs = codes.byId.get(d.codeId)?.attributes.filter((def) => def.type !== 'text') ?? []
  const index = useMemo(() => (text === null ? null : new CodePointIndex(text)), [text])
  const passage = useMemo(() => {
    if (!index) return null
    const all = coders.flatMap((c) => spansOf(d.annotations[c.id]))
    const start = d.start ?? (all.length ? Math.min(...all.map((s) => s[0])) : null)
    const end = d.end ?? (all.length ? Math.max(...all.map((s) => s[1])) : null)
    if (start === null || end === null) return null
    return { unit: { start, end }, ...contextWindow(index, start, end) }
  }, [index, d, coders])

  return (
    <div className="side-by-side" style={{ gridTemplateColumns: `repeat(${coders.length}, minmax(0, 1fr))`, ['--code-color' as string]: color }}>
      {coders.map((coder) => {
        const own = d.annotations[coder.id] ?? []
        const others = coders.filter((c) => c.id !== coder.id).flatMap((c) => spansOf(d.annotations[c.id]))
        const applied = d.values[coder.id] === 1
        return (
          <section key={coder.id} className={`coder-column ${applied ? 'is-applied' : 'is-absent'}`} aria-label={`Coder ${coder.letter}: ${coder.name}`}>
            <header className="coder-column-header">
              <span className="coder-letter" aria-hidden="true">
                {coder.letter}
              </span>
              <span className="coder-name">{coder.name}</span>
              <span className={`coder-verdict ${applied ? 'verdict-yes' : 'verdict-no'}`}>
                <span aria-hidden="true">{applied ? '●' : '○'}</span> {applied ? 'applied the code' : 'did not apply it'}
              </span>
            </header>
            {index && passage ? (
              <p className="passage">
                {passage.from > 0 && <span className="ellipsis">…</span>}
                {spanPieces(index, passage.from, passage.to, spansOf(own), others).map((piece, i) =>
                  piece.own ? (
                    <mark key={i} className={`own-span ${piece.other ? 'also-other' : ''}`}>
                      {piece.text}
                    </mark>
                  ) : (
                    <span key={i} className={piece.other ? 'other-span' : undefined}>
                      {piece.text}
                    </span>
                  ),
                )}
                {passage.to < index.length && <span className="ellipsis">…</span>}
              </p>
            ) : text === null ? (
              <p className="hint">Loading the text…</p>
            ) : null}
            <ul className="span-list" aria-label={`Spans of coder ${coder.letter}`}>
              {own.length === 0 && <li className="hint">No annotation of this code here.</li>}
              {own.map((a) => (
                <li key={a.id}>
                  {a.start === null ? (
                    'The whole document'
                  ) : (
                    <>
                      “{a.quote}” <span className="hint offsets">{a.start}–{a.end}</span>
                    </>
                  )}
                  {attributeDefs.map((def) => (
                    <span key={def.id} className="span-attribute">
                      {' '}
                      · {def.name}: {attributeLabel(def, ownValue(a.attributes, def.id) ?? null, codes)}
                    </span>
                  ))}
                  {a.memo?.text && <span className="span-memo"> Memo: {a.memo.text}</span>}
                </li>
              ))}
            </ul>
          </section>
        )
      })}
    </div>
  )
}

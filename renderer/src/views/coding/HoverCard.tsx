import { ownValue } from '../../../../shared/model/ownValue'
import type { Annotation } from '../../../../shared/model'
import { attributeLabel, missingAttributes, type CodeIndex } from './codeIndex'

interface Props {
  annotations: readonly Annotation[]
  codes: CodeIndex
  coderName: (coderId: string) => string
  me: string
  x: number
  y: number
}

/** What is coded under the mouse: every annotation there, innermost first, with coder, attributes and memo. */
export function HoverCard({ annotations, codes, coderName, me, x, y }: Props) {
  if (!annotations.length) return null
  const left = Math.min(x + 14, window.innerWidth - 340)
  const below = y + 18
  const style = below + 60 * annotations.length > window.innerHeight ? { left, bottom: window.innerHeight - y + 12 } : { left, top: below }
  return (
    <div className="hover-card" role="tooltip" style={style}>
      {annotations.slice(0, 6).map((a) => {
        const code = codes.byId.get(a.codeId)
        const missing = missingAttributes(code, a)
        return (
          <div key={a.id} className="hover-entry">
            <div className="hover-title">
              <span className="swatch" style={{ background: code?.color }} aria-hidden="true" />
              <strong>{code?.name ?? a.codeId}</strong>
              <span className="hover-coder">{a.coderId === me ? 'you' : coderName(a.coderId)}</span>
            </div>
            {code && code.attributes.length > 0 && (
              <dl className="hover-attributes">
                {code.attributes.map((def) => (
                  <div key={def.id}>
                    <dt>{def.name}</dt>
                    <dd>{attributeLabel(def, ownValue(a.attributes, def.id) ?? null, codes)}</dd>
                  </div>
                ))}
              </dl>
            )}
            {missing.length > 0 && <p className="hover-missing">Missing: {missing.join(', ')}</p>}
            {a.memo?.text && <p className="hover-memo">{a.memo.text.length > 240 ? `${a.memo.text.slice(0, 240)}…` : a.memo.text}</p>}
          </div>
        )
      })}
      {annotations.length > 6 && <p className="hint">and {annotations.length - 6} more</p>}
      {annotations.some((a) => a.coderId === me) && <p className="hover-hint">Click to edit</p>}
    </div>
  )
}

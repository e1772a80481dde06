/**
 * Whose annotations the reader shows: your own ("mine"), everyone's overlaid ("all"), one
 * other coder's ("coder:<id>") or the merged consensus (coder id "consensus").
 */
export type CodingView = 'mine' | 'all' | 'consensus' | `coder:${string}`

export const CONSENSUS_CODER = 'consensus'

/** Whether `view` shows the annotations of `coderId` to `me`. */
export function shows(view: CodingView, me: string, coderId: string): boolean {
  if (view === 'all') return true
  if (view === 'mine') return coderId === me
  if (view === 'consensus') return coderId === CONSENSUS_CODER
  return coderId === view.slice('coder:'.length)
}

/** Whether coding actions land where the view shows them (your own annotations are visible). */
export function showsMine(view: CodingView, me: string): boolean {
  return shows(view, me, me)
}

import { useMemo, useState } from 'react'
import { Button, CheckboxGroup, Dialog, Heading, Label, Modal, ModalOverlay } from 'react-aria-components'
import type { AgreementUnit, ProjectSummary } from '../../../../shared/contract'
import type { Codebook, DocumentMeta } from '../../../../shared/model'
import { call } from '../../api/client'
import { AdjudicationPanel } from '../adjudication/AdjudicationPanel'
import { CheckBox, ChoiceSelect, Segmented } from '../tools/fields'
import { useCoderList } from '../tools/useCoders'
import { agreementCsv, agreementRows, downloadText } from './agreementRows'
import { AgreementTable } from './AgreementTable'
import { formatCoefficient } from './formatAgreement'
import { useAgreement, type AgreementScope } from './useAgreement'
import '../tools/tools.css'
import './agreement.css'

const UNITS = [
  { id: 'document', label: 'Document' },
  { id: 'paragraph', label: 'Paragraph' },
  { id: 'sentence', label: 'Sentence' },
  { id: 'span', label: 'Span' },
]
const LEVELS = [
  { id: 'all', label: 'All codes' },
  { id: 'span', label: 'Codes applied to spans' },
  { id: 'document', label: 'Document-level codes' },
]

interface Props {
  onClose: () => void
  project: ProjectSummary
  codebook: Codebook
  documents: DocumentMeta[]
}

/**
 * Intercoder agreement for the team lead: choose the unit of analysis, the coders, a group
 * and the level of codes; read codes × coefficients with Krippendorff's flags; open a
 * code's disagreements side by side and settle them into the consensus coding.
 */
export function AgreementView({ onClose, project, codebook, documents }: Props) {
  const { coders } = useCoderList()
  const people = coders.filter((c) => c.id !== 'consensus')
  const coderNames = useMemo(() => new Map(coders.map((c) => [c.id, c.name])), [coders])
  const [unit, setUnit] = useState<AgreementUnit>('paragraph')
  const [chosenCoders, setChosenCoders] = useState<string[] | null>(null)
  const [group, setGroup] = useState('')
  const [level, setLevel] = useState('all')
  const [review, setReview] = useState<{ codeId: string | null; name: string } | null>(null)

  const coderIds = chosenCoders ?? people.map((c) => c.id)
  const codeIds = useMemo(() => {
    if (level === 'all') return null
    return codebook.codes.filter((c) => (level === 'span' ? c.level !== 'document' : c.level !== 'span')).map((c) => c.id)
  }, [level, codebook])
  const scope: AgreementScope | null = people.length === 0 || coderIds.length < 2 ? null : { unit, coderIds, group, codeIds }
  const { state, refresh } = useAgreement(scope)

  const ready = state.status === 'ready' ? state : null
  const counts = useMemo(() => {
    const map = new Map<string, { total: number; resolved: number }>()
    for (const d of ready?.disagreements ?? []) {
      const entry = map.get(d.codeId) ?? { total: 0, resolved: 0 }
      entry.total++
      if (d.resolution) entry.resolved++
      map.set(d.codeId, entry)
    }
    return map
  }, [ready])
  const rows = useMemo(() => (ready ? agreementRows(ready.result, codebook, counts) : []), [ready, codebook, counts])
  const reviewItems = ready && review ? ready.disagreements.filter((d) => review.codeId === null || d.codeId === review.codeId) : []

  const [agreed, setAgreed] = useState<{ busy: boolean; message: string | null; undoId: string | null; failed?: boolean }>({ busy: false, message: null, undoId: null })
  const copyAgreed = async () => {
    setAgreed({ busy: true, message: null, undoId: null })
    try {
      const r = await call('adjudication.acceptAgreed', { unit, coderIds })
      const who = coderNames.get(r.coder) ?? r.coder
      const already = r.alreadyThere ? ` (${r.alreadyThere} were there already)` : ''
      setAgreed({ busy: false, undoId: r.id, message: `The coders agree on ${r.units} ${unit}-and-code pairs (all codes): copied ${r.copied} of ${who}’s annotations there into the consensus${already}.` })
      refresh()
    } catch (error) {
      setAgreed({ busy: false, undoId: null, failed: true, message: (error as Error).message })
    }
  }
  const undoAgreed = async () => {
    if (!agreed.undoId) return
    setAgreed({ ...agreed, busy: true })
    try {
      await call('adjudication.undo', { disagreementId: agreed.undoId, coderIds })
      setAgreed({ busy: false, undoId: null, message: 'The agreed codings were taken out of the consensus again.' })
      refresh()
    } catch (error) {
      setAgreed({ busy: false, undoId: agreed.undoId, failed: true, message: (error as Error).message })
    }
  }

  const exportReport = () => {
    if (!ready) return
    downloadText(`\ufeff${agreementCsv(rows, ready.result)}`, `agreement-${unit}.csv`)
  }

  return (
    <ModalOverlay className="modal-overlay fullscreen-overlay" isOpen onOpenChange={(open) => !open && onClose()} isKeyboardDismissDisabled={review !== null}>
      <Modal className="fullscreen-modal">
        <Dialog className="agreement-view" aria-label={review ? `Disagreements: ${review.name}` : 'Agreement'}>
          <header className="view-header">
            {review ? (
              <Button className="button" onPress={() => (setReview(null), refresh())}>
                <span aria-hidden="true">‹</span> Coefficients
              </Button>
            ) : null}
            <Heading slot="title">{review ? `Disagreements: ${review.name}` : 'Agreement'}</Heading>
            {ready && (
              <span className="hint header-facts">
                {ready.result.coders.map((id) => coderNames.get(id) ?? id).join(' · ')} · {ready.result.documents} document{ready.result.documents === 1 ? '' : 's'} coded by all ·{' '}
                {ready.result.disagreements.resolved} of {ready.result.disagreements.total} disagreements resolved
              </span>
            )}
            <span className="toolbar-spacer" />
            <Button className="button" onPress={onClose}>
              Back to coding
            </Button>
          </header>
          {review && ready ? (
            <AdjudicationPanel
              key={`${review.codeId}:${JSON.stringify(scope)}`}
              items={reviewItems}
              coderIds={ready.result.coders}
              coderNames={coderNames}
              codebook={codebook}
              documents={documents}
              unit={unit}
              readOnly={project.readOnlyReason !== null}
              onChanged={refresh}
            />
          ) : (
            <>
              <div className="agreement-options" role="group" aria-label="What to compare">
                <Segmented label="Unit of analysis" choices={UNITS} value={unit} onChange={(u) => setUnit(u as AgreementUnit)} />
                <CheckboxGroup className="field coder-checks" value={coderIds} onChange={setChosenCoders}>
                  <Label>Coders (at least two)</Label>
                  <div className="coder-check-list">
                    {people.map((c) => (
                      <CheckBox key={c.id} value={c.id}>
                        {c.name}
                      </CheckBox>
                    ))}
                  </div>
                </CheckboxGroup>
                <ChoiceSelect label="Group" choices={[{ id: '', label: 'All groups' }, ...codebook.groups.map((g) => ({ id: g.id, label: g.name }))]} value={group} onChange={setGroup} />
                <ChoiceSelect label="Level" choices={LEVELS} value={level} onChange={setLevel} />
                <span className="toolbar-spacer" />
                <Button className="button" isDisabled={!ready || ready.disagreements.length === 0} onPress={() => setReview({ codeId: null, name: 'all codes' })}>
                  Review all disagreements
                </Button>
                <Button className="button" isDisabled={!ready || agreed.busy || project.readOnlyReason !== null} onPress={() => void copyAgreed()}>
                  Copy agreements to consensus
                </Button>
                <Button className="button" isDisabled={!ready} onPress={exportReport}>
                  Export report (CSV)
                </Button>
              </div>
              {agreed.message && (
                <p className={agreed.failed ? 'error-text' : 'agreed-result'} role={agreed.failed ? 'alert' : 'status'}>
                  {agreed.message}{' '}
                  {agreed.undoId && !agreed.failed && (
                    <Button className="button" isDisabled={agreed.busy} onPress={() => void undoAgreed()}>
                      Undo
                    </Button>
                  )}
                </p>
              )}
              {!agreed.message && ready && (
                <p className="hint">
                  The consensus holds the disagreements you settle; copy the agreements there too (the first coder’s annotations of each {unit} and code all coders
                  marked) to make it the whole adjudicated coding the exports use.
                </p>
              )}
              {coderIds.length < 2 && people.length > 0 && <p className="error-text">Choose at least two coders to compare.</p>}
              {people.length < 2 && coders.length > 0 && <p className="hint">Agreement needs at least two coders; merge coders’ annotation files first.</p>}
              {state.status === 'error' && (
                <p className="error-text" role="alert">
                  {state.message}
                </p>
              )}
              {state.status === 'loading' && <p className="hint" aria-busy="true">Computing agreement…</p>}
              {ready && (
                <>
                  <p className="agreement-legend hint">
                    Presence of each code per {unit}, nominal. Krippendorff’s α: ✓ reliable ≥ .800 · ▲ tentative ≥ .667 · ✕ below .667. Mean α of the codes:{' '}
                    {formatCoefficient(ready.result.overall.meanAlpha)}. Intervals are bootstrapped (95%).
                  </p>
                  <AgreementTable rows={rows} spans={unit === 'span'} coderNames={coderNames} onReview={(row) => setReview({ codeId: row.codeId, name: row.name })} />
                </>
              )}
            </>
          )}
        </Dialog>
      </Modal>
    </ModalOverlay>
  )
}

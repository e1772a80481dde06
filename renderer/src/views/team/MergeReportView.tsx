import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components'
import type { MergeReport } from '../../../../shared/contract'

const COUNTS = [
  { id: 'new', label: 'New' },
  { id: 'updated', label: 'Updated' },
  { id: 'deleted', label: 'Deleted' },
  { id: 'conflicting', label: 'Conflicting' },
  { id: 'quarantined', label: 'Unplaceable' },
  { id: 'placedFromQuarantine', label: 'Placed from quarantine' },
  { id: 'unchanged', label: 'Unchanged' },
] as const

const REASONS: Record<string, string> = {
  'document-missing': 'document not in this project',
  'code-missing': 'code not in the codebook',
  'code-name-only': 'code known only by name',
  'span-outside-text': 'span outside the text',
}

/** What a merge would do (preview) or did: counts per coder, then every list worth reading. */
export function MergeReportView({ report }: { report: MergeReport }) {
  const drift =
    report.codes.renamed.length + report.codes.aliased.length + report.codes.nameOnly.length + report.codes.missing.length
  return (
    <div className="merge-report">
      <div className="table-scroll">
        <Table aria-label={report.dryRun ? 'Merge preview per coder' : 'Merge result per coder'} className="data-table merge-table">
          <TableHeader>
            <Column isRowHeader>Coder</Column>
            {COUNTS.map((c) => (
              <Column key={c.id} className="num">
                {c.label}
              </Column>
            ))}
          </TableHeader>
          <TableBody items={report.coders.map((c) => ({ ...c, id: c.coderId }))} renderEmptyState={() => <p className="hint table-empty">No annotations in these files.</p>}>
            {(c) => (
              <Row className="data-row">
                <Cell>
                  {c.name} <span className="hint">{c.coderId}</span>
                  {c.created && <span className="tag">new coder</span>}
                </Cell>
                {COUNTS.map((k) => (
                  <Cell key={k.id} className={`num ${k.id === 'conflicting' || k.id === 'quarantined' ? (c[k.id] > 0 ? 'is-warning' : '') : ''}`}>
                    {c[k.id].toLocaleString()}
                  </Cell>
                ))}
              </Row>
            )}
          </TableBody>
        </Table>
      </div>
      <p className="hint">
        Documents matched by content hash: {report.documents.matchedByHash}, by id: {report.documents.matchedById}. Files:{' '}
        {report.files.map((f) => `${f.name} (${f.coderName}, ${f.annotations})`).join('; ')}.
      </p>
      <div className="report-lists">
        <ReportList title="Conflicts" empty="No annotation was edited in two places." count={report.conflicts.length}>
          {report.conflicts.map((c) => (
            <li key={`${c.coderId}/${c.annotationId}`}>
              <code>{c.annotationId}</code> ({c.coderId}): kept the version of {c.winner.updatedAt.slice(0, 16).replace('T', ' ')}; lost{' '}
              {c.losers.map((l) => `${l.source} (${l.annotation.updatedAt.slice(0, 16).replace('T', ' ')})`).join(', ')}
            </li>
          ))}
        </ReportList>
        <ReportList title="Unplaceable (quarantined)" empty="Every annotation found its document and code." count={report.quarantined.length}>
          {report.quarantined.map((q) => (
            <li key={`${q.coderId}/${q.annotationId}`}>
              <code>{q.annotationId}</code> ({q.coderId}, code <code>{q.codeId}</code>): {REASONS[q.reason] ?? q.reason} — {q.message}
            </li>
          ))}
          {report.documents.missing.map((m) => (
            <li key={`missing/${m.coderId}/${m.documentId}`}>
              Document <code>{m.documentId}</code> is not in this project: {m.annotations} annotations of {m.coderId} wait in quarantine.
            </li>
          ))}
        </ReportList>
        <ReportList title="Codebook drift" empty="The coders’ codes match this codebook." count={drift}>
          {report.codes.renamed.map((r) => (
            <li key={`renamed/${r.codeId}`}>
              <code>{r.codeId}</code> is “{r.theirName}” in the file, “{r.ourName}” here: placed.
            </li>
          ))}
          {report.codes.aliased.map((a) => (
            <li key={`aliased/${a.from}`}>
              <code>{a.from}</code> is an alias of “{a.name}” (<code>{a.to}</code>): placed there.
            </li>
          ))}
          {report.codes.nameOnly.map((n) => (
            <li key={`name/${n.codeId}`}>
              Unknown id <code>{n.codeId}</code> named “{n.name}” matches <code>{n.matches}</code>: {n.applied ? 'placed by name' : 'not placed (tick “match code names”)'}.
            </li>
          ))}
          {report.codes.missing.map((m) => (
            <li key={`missing/${m.codeId}`}>
              Code <code>{m.codeId}</code>
              {m.name ? ` (“${m.name}”)` : ''} is not in this codebook.
            </li>
          ))}
        </ReportList>
        {report.memoConflicts.length > 0 && (
          <ReportList title="Memo conflicts" empty="" count={report.memoConflicts.length}>
            {report.memoConflicts.map((m) => (
              <li key={`${m.coderId}/${m.documentId}`}>
                {m.coderId}, document <code>{m.documentId}</code>: kept “{m.kept.text.slice(0, 60)}”; not kept “{m.other.text.slice(0, 60)}” (both are in the merge record)
              </li>
            ))}
          </ReportList>
        )}
      </div>
    </div>
  )
}

function ReportList({ title, empty, count, children }: { title: string; empty: string; count: number; children: React.ReactNode }) {
  return (
    <section className="report-list" aria-label={title}>
      <h3>
        {title} <span className="count">{count}</span>
      </h3>
      {count === 0 ? <p className="hint">{empty}</p> : <ul>{children}</ul>}
    </section>
  )
}

import type { ImportReport } from '../../../../shared/contract'

/** What an import did: imported, skipped as duplicates, failed with reasons. */
export function ImportReportView({ report }: { report: ImportReport }) {
  if (report.cancelled) return <p role="status">Import cancelled. Nothing was imported.</p>
  return (
    <div className="import-report" role="status">
      <p>
        <strong>
          Imported {report.imported.length} document{report.imported.length === 1 ? '' : 's'}
        </strong>
        {report.duplicates.length > 0 && `, skipped ${report.duplicates.length} already in the project`}
        {report.failed.length > 0 && `, ${report.failed.length} could not be read`}.
      </p>
      {report.failed.length > 0 && (
        // Open, and first: what could not be imported is what needs doing.
        <section className="import-failures" aria-labelledby="import-failures-heading">
          <h4 id="import-failures-heading">Could not be imported</h4>
          <ul aria-label="Files that could not be imported">
            {report.failed.map((f) => (
              <li key={f.sourceName}>
                <strong>{f.sourceName}</strong>: {f.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
      {report.duplicates.length > 0 && (
        <details>
          <summary>Duplicates (same text)</summary>
          <ul>
            {report.duplicates.map((d) => (
              <li key={d.sourceName}>
                {d.sourceName} is “{d.existingTitle}”
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  )
}

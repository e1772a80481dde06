import { useState } from 'react'
import { Button, FileTrigger } from 'react-aria-components'
import { importArticles } from './importArticles'

const ACCEPTED = ['.txt', '.md', '.html', '.htm', '.docx', '.pdf', '.csv', '.tsv']

/** Picks article files and imports them; reports how many came in, were duplicates or failed. */
export function ImportArticlesButton({ isDisabled, onImported }: { isDisabled?: boolean; onImported: () => void }) {
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)

  const onSelect = async (files: FileList | null) => {
    if (!files?.length) return
    setBusy(true)
    setMessage(null)
    try {
      const report = await importArticles(files)
      const failed = report.failed.map((f) => `${f.sourceName} (${f.reason})`)
      setMessage(
        [
          `Imported ${report.imported.length}`,
          report.duplicates.length ? `${report.duplicates.length} already in the project` : '',
          failed.length ? `could not read ${failed.join(', ')}` : '',
        ]
          .filter(Boolean)
          .join('; ') + '.',
      )
      onImported()
    } catch (error) {
      setMessage((error as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="import-articles">
      <FileTrigger allowsMultiple acceptedFileTypes={ACCEPTED} onSelect={onSelect}>
        <Button className="button button-primary" isDisabled={isDisabled || busy}>
          {busy ? 'Importing…' : 'Import articles…'}
        </Button>
      </FileTrigger>
      {message && (
        <p className="import-message" role="status">
          {message}
        </p>
      )}
    </div>
  )
}

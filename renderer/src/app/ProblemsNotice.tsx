import { useState } from 'react'
import { Button } from 'react-aria-components'
import type { ProjectSummary } from '../../../shared/contract'

/** Files of the project that could not be read, each named and dismissible; the rest works. */
export function ProblemsNotice({ problems }: { problems: ProjectSummary['problems'] }) {
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set())
  const shown = problems.filter((p) => !dismissed.has(p.file))
  if (!shown.length) return null
  return (
    <div className="problems" role="region" aria-label="Problems with project files">
      {shown.map((problem) => (
        <div key={problem.file} className="notice notice-warning" role="alert">
          <p>
            <strong>Could not read {problem.file}</strong>: {withoutFileName(problem)}. The rest of the project is unaffected.
          </p>
          <Button
            className="quiet-button"
            aria-label={`Dismiss the notice about ${problem.file}`}
            onPress={() => setDismissed((previous) => new Set(previous).add(problem.file))}
          >
            Dismiss
          </Button>
        </div>
      ))}
    </div>
  )
}

/** The store's messages often start with the file's name, which the notice already shows. */
function withoutFileName({ file, message }: ProjectSummary['problems'][number]): string {
  return message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message
}

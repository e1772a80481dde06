import { Button } from 'react-aria-components'

interface Props {
  title: string
  error: Error
  onRetry?: () => void
}

/** What a view shows when the service refused or failed: the service's own message, and a retry. */
export function ErrorState({ title, error, onRetry }: Props) {
  return (
    <div className="state state-error" role="alert">
      <h2>{title}</h2>
      <p className="error-message">{error.message}</p>
      {onRetry && (
        <Button className="button" onPress={onRetry}>
          Try again
        </Button>
      )}
    </div>
  )
}

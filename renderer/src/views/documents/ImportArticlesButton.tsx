import { Button } from 'react-aria-components'

/** Opens the import dialog: `compact` is the pane header's small button, otherwise the empty state's call to action. */
export function ImportArticlesButton({ isDisabled, onPress, compact }: { isDisabled?: boolean; onPress: () => void; compact?: boolean }) {
  return (
    <Button className={compact ? 'quiet-button' : 'button button-primary'} isDisabled={isDisabled} onPress={onPress}>
      {compact ? 'Import…' : 'Import articles…'}
    </Button>
  )
}

import { Button, ListBox, ListBoxItem, Popover, Select, SelectValue, Label, Separator, Header, Section } from 'react-aria-components'
import type { CoderSummary } from '../../../../shared/contract'
import { useCodebookView } from '../codebook/codebookViewStore'
import { CONSENSUS_CODER, type CodingView } from './codingView'

interface Props {
  coders: readonly CoderSummary[]
  me: string
  view: CodingView
  onViewChange: (view: CodingView) => void
  onSwitchCoder: () => void
}

/** The toolbar's "who am I" button and the view picker: mine | all coders | another coder | consensus. */
export function CoderControls({ coders, me, view, onViewChange, onSwitchCoder }: Props) {
  const myName = coders.find((c) => c.id === me)?.name ?? me
  const others = coders.filter((c) => c.id !== me && c.id !== CONSENSUS_CODER)
  // Whose annotations the reader shows; the Codebook and Segments views choose coders themselves.
  const coding = useCodebookView().view === 'coding'
  return (
    <div className="coder-controls">
      <Button className="toolbar-button" onPress={onSwitchCoder} aria-label={`Coder: ${myName}. Switch coder`}>
        <span className="coder-avatar" aria-hidden="true">
          {initials(myName)}
        </span>
        <span className="coder-name">{myName}</span>
        <span aria-hidden="true" className="caret">
          ▾
        </span>
      </Button>
      {coding && (
        <Select className="view-select" selectedKey={view} onSelectionChange={(key) => key !== null && onViewChange(key as CodingView)}>
          <Label className="toolbar-label">View</Label>
          <Button className="toolbar-button">
            <SelectValue />
            <span aria-hidden="true" className="caret">
              ▾
            </span>
          </Button>
          <Popover className="popover menu-popover">
            <ListBox className="menu-list">
              <ListBoxItem id="mine" className="menu-item" textValue="Mine">
                Mine
              </ListBoxItem>
              <ListBoxItem id="all" className="menu-item" textValue="All coders (overlaid)">
                All coders (overlaid)
              </ListBoxItem>
              {others.length > 0 && (
                <Section>
                  <Separator className="menu-separator" />
                  <Header className="menu-header">Another coder</Header>
                  {others.map((c) => (
                    <ListBoxItem key={c.id} id={`coder:${c.id}`} className="menu-item" textValue={c.name}>
                      {c.name}
                    </ListBoxItem>
                  ))}
                </Section>
              )}
              <Separator className="menu-separator" />
              <ListBoxItem id="consensus" className="menu-item" textValue="Consensus">
                Consensus
                {!coders.some((c) => c.id === CONSENSUS_CODER) && <span className="menu-hint"> (none yet)</span>}
              </ListBoxItem>
            </ListBox>
          </Popover>
        </Select>
      )}
    </div>
  )
}

function initials(name: string): string {
  return (
    name
      .split(/[\s-]+/)
      .filter(Boolean)
      .slice(0, 2)
      .map((w) => w[0]!.toUpperCase())
      .join('') || '?'
  )
}

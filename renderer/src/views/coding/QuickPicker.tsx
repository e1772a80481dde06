import { Autocomplete, Dialog, Input, Menu, MenuItem, Modal, ModalOverlay, SearchField, useFilter } from 'react-aria-components'
import type { Code } from '../../../../shared/model'
import type { CodeIndex } from './codeIndex'

interface Props {
  codes: CodeIndex
  onApply: (code: Code) => void
  onClose: () => void
}

/** Space in the reader: every passage code, type to filter, Enter to apply. */
export function QuickPicker({ codes, onApply, onClose }: Props) {
  const { contains } = useFilter({ sensitivity: 'base' })
  const groupName = (code: Code) => codes.codebook.groups.find((g) => g.id === code.groupId)?.name ?? ''
  const items = codes.spanCodes.map((code) => ({ id: code.id, code, text: `${code.name} ${groupName(code)}` }))
  return (
    <ModalOverlay className="modal-overlay picker-overlay" isOpen isDismissable onOpenChange={(open) => !open && onClose()}>
      <Modal className="modal quick-picker">
        <Dialog aria-label="Apply a code">
          <Autocomplete filter={(text, input) => contains(text, input)}>
            <SearchField
              aria-label="Filter codes"
              autoFocus
              className="picker-search"
              // Escape closes the picker at once, rather than first clearing the filter.
              onKeyDown={(event) => event.key === 'Escape' && onClose()}
            >
              <Input className="input" placeholder="Type a code’s name, Enter to apply" />
            </SearchField>
            <Menu
              className="picker-list"
              aria-label="Codes"
              items={items}
              onAction={(key) => {
                const code = codes.byId.get(String(key))
                if (code) onApply(code)
              }}
              renderEmptyState={() => <p className="hint picker-empty">No code matches.</p>}
            >
              {(item) => (
                <MenuItem id={item.id} textValue={item.text} className="picker-item">
                  <span className="swatch" style={{ background: item.code.color }} aria-hidden="true" />
                  <span className="picker-name">{item.code.name}</span>
                  <span className="picker-group">{groupName(item.code)}</span>
                  {item.code.shortcut ? <kbd className="shortcut">{item.code.shortcut}</kbd> : <span />}
                </MenuItem>
              )}
            </Menu>
          </Autocomplete>
        </Dialog>
      </Modal>
    </ModalOverlay>
  )
}

import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components'
import type { CodeIndex } from './codeIndex'

const MOD = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? '⌘' : 'Ctrl'

const SECTIONS: { title: string; keys: [string, string][] }[] = [
  {
    title: 'Select',
    keys: [
      ['Shift + ← → ↑ ↓', 'Extend the selection in the text (mouse works too)'],
      ['Shift + Alt + ← →', 'Extend by a word'],
      ['j / k', 'Next / previous annotation'],
      ['Esc', 'Let go of the selected annotation'],
    ],
  },
  {
    title: 'Code',
    keys: [
      ['1–9, letters', 'Apply the code with that shortcut to the selection'],
      ['Space', 'Quick picker: type to filter, Enter to apply'],
      ['Enter', 'Edit the selected annotation (code, attributes, memo)'],
      ['Delete', 'Remove the selected annotation'],
      ['−  0  +', 'Polarity, in the stance form'],
      [`${MOD} + Z`, 'Undo'],
      [`${MOD} + Shift + Z`, 'Redo'],
    ],
  },
  {
    title: 'Documents',
    keys: [
      ['n', 'Next unfinished document'],
      ['?', 'This list of shortcuts'],
    ],
  },
]

/** "?": every shortcut, including each code's key from the codebook. */
export function ShortcutsOverlay({ codes, onClose }: { codes: CodeIndex; onClose: () => void }) {
  const codeKeys = [...codes.byShortcut.entries()]
  return (
    <ModalOverlay className="modal-overlay" isOpen isDismissable onOpenChange={(open) => !open && onClose()}>
      <Modal className="modal shortcuts-modal">
        <Dialog aria-labelledby="shortcuts-title">
          <div className="shortcuts-head">
            <Heading slot="title" id="shortcuts-title">
              Keyboard shortcuts
            </Heading>
            <Button className="button" onPress={onClose} autoFocus>
              Close
            </Button>
          </div>
          <div className="shortcuts-columns">
            {SECTIONS.map((section) => (
              <section key={section.title}>
                <h3>{section.title}</h3>
                <table className="shortcut-table">
                  <tbody>
                    {section.keys.map(([key, what]) => (
                      <tr key={key}>
                        <th scope="row">
                          <kbd>{key}</kbd>
                        </th>
                        <td>{what}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
            ))}
            <section>
              <h3>Code keys</h3>
              <table className="shortcut-table">
                <tbody>
                  {codeKeys.map(([key, code]) => (
                    <tr key={key}>
                      <th scope="row">
                        <kbd>{key}</kbd>
                      </th>
                      <td>
                        <span className="swatch" style={{ background: code.color }} aria-hidden="true" /> {code.name}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  )
}

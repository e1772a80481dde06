import { useMemo, useRef } from 'react'
import type { Key } from 'react-aria-components'
import { Button, Collection, Menu, MenuItem, MenuTrigger, Popover, Separator, Tree, TreeItem, TreeItemContent, useDragAndDrop } from 'react-aria-components'
import type { CodeUsage } from '../../../../shared/contract'
import type { Codebook } from '../../../../shared/model'
import { canMove, moveCode, placeOf, type Destination } from './codebookEdits'
import { codeTree, type CodeNode, type GroupNode } from './codeTree'
import { totalUses } from './useCodebookEditor'
import { TreeChevron } from './TreeChevron'

export type CodeAction = 'add-child' | 'rename' | 'details' | 'move' | 'up' | 'down' | 'merge' | 'split' | 'delete' | 'segments'
export type GroupAction = 'add-code' | 'rename-group' | 'group-up' | 'group-down' | 'delete-group' | 'segments'

interface Props {
  codebook: Codebook
  usage: CodeUsage
  selectedId: string | null
  onSelect: (id: string | null) => void
  onCodeAction: (action: CodeAction, codeId: string) => void
  onGroupAction: (action: GroupAction, groupId: string) => void
  /** A drag and drop move, as the codebook it gives. */
  onMove: (next: Codebook, codeId: string) => void
}

const GROUP = 'group:'

/**
 * The editable codebook tree: groups and nested codes with color, shortcut and how often
 * each is used; drag a code onto another to nest it, between two to reorder, onto a group
 * to move it there. Every row has an actions menu with the same moves for the keyboard.
 */
export function EditableCodeTree({ codebook, usage, selectedId, onSelect, onCodeAction, onGroupAction, onMove }: Props) {
  const groups = useMemo(() => codeTree(codebook), [codebook])
  const expanded = useMemo(() => [...groups.map((g) => g.id), ...codebook.codes.map((c) => c.id)], [groups, codebook.codes])
  const dragged = useRef<string | null>(null)

  const destinationOf = (target: { key: Key; dropPosition: 'before' | 'after' | 'on' }): Destination | null => {
    const key = String(target.key)
    if (key.startsWith(GROUP)) {
      return target.dropPosition === 'before' ? null : { groupId: key.slice(GROUP.length), parentId: null, index: 0 }
    }
    const code = codebook.codes.find((c) => c.id === key)
    if (!code) return null
    if (target.dropPosition === 'on') return { groupId: code.groupId, parentId: code.id }
    const place = placeOf(codebook, code.id)
    const own = dragged.current ? codebook.codes.find((c) => c.id === dragged.current) : null
    // Dropping after a code that sits before the dragged one among the same siblings.
    const shift = own && own.parentId === code.parentId && own.groupId === code.groupId && placeOf(codebook, own.id).index < place.index ? -1 : 0
    return { ...place, index: place.index + shift + (target.dropPosition === 'after' ? 1 : 0) }
  }

  const { dragAndDropHooks } = useDragAndDrop({
    getItems: (keys) =>
      [...keys].map((key) => {
        const code = codebook.codes.find((c) => c.id === String(key))
        return { 'text/plain': code?.name ?? String(key), 'application/x-margin-code': String(key) }
      }),
    onDragStart: (e) => {
      dragged.current = String([...e.keys][0])
    },
    onDragEnd: () => {
      dragged.current = null
    },
    getDropOperation: (target) => {
      const id = dragged.current
      if (!id || id.startsWith(GROUP) || target.type !== 'item') return 'cancel'
      const destination = destinationOf(target)
      return destination && canMove(codebook, id, destination) && String(target.key) !== id ? 'move' : 'cancel'
    },
    onMove: (e) => {
      const id = String([...e.keys][0])
      const destination = destinationOf(e.target)
      if (id.startsWith(GROUP) || !destination || !canMove(codebook, id, destination)) return
      onMove(moveCode(codebook, id, destination), id)
    },
  })

  return (
    <Tree
      aria-label="Codebook"
      className="code-tree editable-code-tree"
      items={groups}
      defaultExpandedKeys={expanded}
      selectionMode="single"
      selectionBehavior="replace"
      selectedKeys={selectedId ? [selectedId] : []}
      onSelectionChange={(keys) => {
        const key = keys === 'all' ? null : [...keys][0]
        onSelect(key === undefined || key === null ? null : String(key))
      }}
      dragAndDropHooks={dragAndDropHooks}
      dependencies={[usage, onCodeAction, onGroupAction]}
      renderEmptyState={() => (
        <div className="state">
          <p>No groups yet. Add a group, then codes in it.</p>
        </div>
      )}
    >
      {(group: GroupNode) => (
        <TreeItem id={group.id} textValue={group.group.name} className="tree-item group-item">
          <TreeItemContent>
            {({ hasChildItems }) => (
              <>
                <TreeChevron shown={hasChildItems} />
                <span className="group-name">{group.group.name}</span>
                <span className="count" aria-label={`${group.count} codes`}>
                  {group.count}
                </span>
                <RowMenu
                  label={`Actions for group ${group.group.name}`}
                  items={[
                    ['add-code', 'New code in this group…'],
                    ['rename-group', 'Rename group…'],
                    ['segments', 'Retrieve segments'],
                    ['group-up', 'Move group up'],
                    ['group-down', 'Move group down'],
                    ['delete-group', 'Delete group…'],
                  ]}
                  onAction={(action) => onGroupAction(action as GroupAction, group.group.id)}
                />
              </>
            )}
          </TreeItemContent>
          <Collection items={group.children} dependencies={[usage, onCodeAction]}>{(node: CodeNode) => renderCode(node, usage, onCodeAction)}</Collection>
        </TreeItem>
      )}
    </Tree>
  )
}

function renderCode(node: CodeNode, usage: CodeUsage, onCodeAction: Props['onCodeAction']) {
  const { code } = node
  const uses = totalUses(usage, code.id)
  return (
    <TreeItem id={code.id} textValue={code.name} className="tree-item code-item">
      <TreeItemContent>
        {({ hasChildItems }) => (
          <>
            <Button slot="drag" className="drag-handle" aria-label={`Drag ${code.name}`}>
              <svg viewBox="0 0 8 12" width="8" height="12" aria-hidden="true">
                <path d="M2 2h.01M6 2h.01M2 6h.01M6 6h.01M2 10h.01M6 10h.01" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
              </svg>
            </Button>
            <TreeChevron shown={hasChildItems} />
            <span className="swatch" style={{ background: code.color }} aria-hidden="true" />
            <span className="code-name" title={code.definition || undefined}>
              {code.name}
            </span>
            {code.shortcut && (
              <kbd className="shortcut" aria-label={`shortcut ${code.shortcut}`}>
                {code.shortcut}
              </kbd>
            )}
            <span className="count uses" aria-label={`${uses} annotations`} title={`${uses} annotations`}>
              {uses}
            </span>
            <RowMenu
              label={`Actions for ${code.name}`}
              items={[
                ['details', 'Edit details…'],
                ['rename', 'Rename…'],
                ['add-child', 'New code inside…'],
                ['segments', 'Retrieve segments'],
                null,
                ['move', 'Move to…'],
                ['up', 'Move up'],
                ['down', 'Move down'],
                null,
                ['merge', 'Merge into…'],
                ['split', 'Split…'],
                ['delete', 'Delete…'],
              ]}
              onAction={(action) => onCodeAction(action as CodeAction, code.id)}
            />
          </>
        )}
      </TreeItemContent>
      <Collection items={node.children} dependencies={[usage, onCodeAction]}>{(child: CodeNode) => renderCode(child, usage, onCodeAction)}</Collection>
    </TreeItem>
  )
}

function RowMenu({ label, items, onAction }: { label: string; items: ([string, string] | null)[]; onAction: (action: string) => void }) {
  return (
    <MenuTrigger>
      <Button className="icon-button row-menu" aria-label={label}>
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
          <circle cx="3" cy="8" r="1.4" fill="currentColor" />
          <circle cx="8" cy="8" r="1.4" fill="currentColor" />
          <circle cx="13" cy="8" r="1.4" fill="currentColor" />
        </svg>
      </Button>
      <Popover className="popover" placement="bottom end">
        <Menu className="menu-list" onAction={(key) => onAction(String(key))}>
          {items.map((item, i) =>
            item ? (
              <MenuItem key={item[0]} id={item[0]} className={`menu-item${item[0].startsWith('delete') ? ' menu-item-danger' : ''}`}>
                {item[1]}
              </MenuItem>
            ) : (
              <Separator key={`separator-${i}`} className="menu-separator" />
            ),
          )}
        </Menu>
      </Popover>
    </MenuTrigger>
  )
}

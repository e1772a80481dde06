import { Collection, Tree, TreeItem, TreeItemContent } from 'react-aria-components'
import { useMemo } from 'react'
import type { Codebook } from '../../../../shared/model'
import { codeTree, type CodeNode, type GroupNode } from './codeTree'
import { TreeChevron } from './TreeChevron'

interface Props {
  codebook: Codebook
  /** Applies a code to the reader's selection (a click or Enter on its row). */
  onApply?: (codeId: string) => void
  /** Annotations per code id in the open document. */
  counts?: ReadonlyMap<string, number>
}

/** The right pane: the codebook's groups and codes; a code's row applies it to the selection. */
export function CodebookPane({ codebook, onApply, counts }: Props) {
  const groups = useMemo(() => codeTree(codebook), [codebook])
  const expanded = useMemo(() => groups.map((g) => g.id), [groups])
  return (
    <section className="pane codebook-pane" aria-labelledby="codebook-heading">
      <div className="pane-header">
        <h2 id="codebook-heading">Codebook</h2>
        <span className="count">{codebook.codes.length} codes</span>
      </div>
      <Tree
        aria-label="Codebook"
        className="code-tree"
        items={groups}
        dependencies={[counts]}
        defaultExpandedKeys={expanded}
        onAction={onApply ? (key) => !String(key).startsWith('group:') && onApply(String(key)) : undefined}
        renderEmptyState={() => (
          <div className="state">
            <p>This codebook has no codes yet.</p>
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
                  <span className="count">{group.count}</span>
                </>
              )}
            </TreeItemContent>
            <Collection items={group.children} dependencies={[counts]}>{(node: CodeNode) => renderCode(node, counts)}</Collection>
          </TreeItem>
        )}
      </Tree>
    </section>
  )
}

function renderCode(node: CodeNode, counts?: ReadonlyMap<string, number>) {
  const { code } = node
  return (
    <TreeItem id={code.id} textValue={code.name} className="tree-item code-item">
      <TreeItemContent>
        {({ hasChildItems }) => (
          <>
            <TreeChevron shown={hasChildItems} />
            <span className="swatch" style={{ background: code.color }} aria-hidden="true" />
            <span className="code-name" title={code.definition || undefined}>
              {code.name}
            </span>
            {counts?.get(code.id) ? (
              <span className="code-count" aria-label={`${counts.get(code.id)} in this document`} title={`${counts.get(code.id)} in this document`}>
                {counts.get(code.id)}
              </span>
            ) : null}
            {code.shortcut && (
              <kbd className="shortcut" aria-label={`shortcut ${code.shortcut}`}>
                {code.shortcut}
              </kbd>
            )}
          </>
        )}
      </TreeItemContent>
      <Collection items={node.children} dependencies={[counts]}>{(child: CodeNode) => renderCode(child, counts)}</Collection>
    </TreeItem>
  )
}

import { mkdir, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { collectSourceFiles } from '../../electron/service/documentSources'
import { tempDir } from '../support/tempDir'

describe('collectSourceFiles', () => {
  it('walks a folder in sorted order, skips hidden entries, and visits a folder reached again through a link once', async () => {
    const root = join(await tempDir(), 'tree')
    await mkdir(join(root, 'a', 'b'), { recursive: true })
    await writeFile(join(root, 'a', 'b', 'n.txt'), 'nested')
    await writeFile(join(root, 'a', 'm.txt'), 'middle')
    await writeFile(join(root, '.hidden.txt'), 'hidden')
    // A link back to its parent: followed blindly, the walk went 40 folders deep.
    await symlink('..', join(root, 'a', 'b', 'loop'))
    await symlink(join(root, 'a', 'b'), join(root, 'z-link'))
    const { files, failed } = await collectSourceFiles([root])
    expect(files.map((f) => f.name)).toEqual([join('tree', 'a', 'b', 'n.txt'), join('tree', 'a', 'm.txt')])
    expect(failed).toEqual([])
  })
})

import type { Command } from 'commander'
import { readPackage } from '../../service/pack/packageFile'
import { unpackPackage } from '../../service/pack/unpackPackage'

export function registerUnpack(program: Command): void {
  program
    .command('unpack')
    .alias('open-pack')
    .description('turn a coder package (.marginpack) into a project folder to code in')
    .argument('<file>', 'the package file')
    .argument('<dir>', 'the project folder to create (must not exist or be empty)')
    .action(async (file: string, dir: string) => {
      const store = await unpackPackage(await readPackage(file), dir)
      const coder = [...(await store.coders()).values()][0]?.coder
      await store.close()
      process.stdout.write(`Unpacked "${store.info.name}" for ${coder?.name ?? 'the coder'} into ${store.dir} (${store.documents.length} documents)\n`)
    })
}

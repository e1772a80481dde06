import type { Command } from 'commander'
import { openProjectArgument } from '../projectArgument'

export function registerInfo(program: Command): void {
  program
    .command('info')
    .description('describe a project: documents, codes, coders (the demo project if none is given)')
    .argument('[project]', 'project folder')
    .option('--json', 'print machine-readable JSON')
    .action(async (project: string | undefined, options: { json?: boolean }) => {
      const store = await openProjectArgument(project, { readOnly: true })
      try {
        const coders = [...(await store.coders()).values()]
        const info = {
          name: store.info.name,
          path: store.dir,
          demo: store.info.demo,
          schemaVersion: store.info.schemaVersion,
          documents: store.documents.map((d) => ({
            id: d.id,
            title: d.title,
            outlet: d.outlet,
            date: d.date,
            characters: d.characters,
            words: d.words,
            contentHash: d.contentHash,
            variables: d.variables,
          })),
          variables: store.info.variables,
          codes: store.codebook.codes.map((c) => ({
            id: c.id,
            name: c.name,
            group: store.codebook.groups.find((g) => g.id === c.groupId)?.name ?? c.groupId,
            parent: c.parentId,
          })),
          coders: coders.map((c) => ({ id: c.coder.id, name: c.coder.name, annotations: c.annotationCount, demo: c.isDemo })),
          problems: store.problems,
        }
        if (options.json) {
          process.stdout.write(JSON.stringify(info, null, 2) + '\n')
          return
        }
        const out = process.stdout
        out.write(`${info.name}${info.demo ? ' (demo project)' : ''}\n${info.path}\n\n`)
        out.write(`${info.documents.length} documents\n`)
        for (const d of info.documents) {
          out.write(`  ${d.id}  ${d.date ?? '          '}  ${d.outlet.padEnd(22).slice(0, 22)}  ${d.title.slice(0, 70)}  (${d.words} words)\n`)
        }
        out.write(`\n${info.codes.length} codes in ${store.codebook.groups.length} groups\n`)
        for (const g of store.codebook.groups) {
          out.write(`  ${g.name}: ${store.codebook.codes.filter((c) => c.groupId === g.id).length}\n`)
        }
        out.write(`\n${info.coders.length} coders\n`)
        for (const c of info.coders) out.write(`  ${c.id}  ${c.name}  ${c.annotations} annotations${c.demo ? ' (demo codings)' : ''}\n`)
        for (const p of info.problems) out.write(`\nProblem: ${p.file}: ${p.message}\n`)
      } finally {
        await store.close()
      }
    })
}

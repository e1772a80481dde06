// A child process for the crash test: opens a project and writes annotations as fast as
// it can, printing "ack <id>" after each one is durable, until it is killed.
import { ProjectStore } from '../../../electron/store/projectStore'
import { spanAnnotation } from '../../support/projectFixtures'

const [dir, compactAt] = process.argv.slice(2)
const store = await ProjectStore.open(dir, { compactAtBytes: Number(compactAt) })
if (store.readOnlyReason) throw new Error(store.readOnlyReason)
const alice = (await store.coder('alice'))!
for (let i = 0; ; i++) {
  const annotation = spanAnnotation(i % 20, (i % 20) + 5, `crash-${String(i).padStart(6, '0')}`)
  await alice.commit([{ op: 'put', annotation }])
  process.stdout.write(`ack ${annotation.id}\n`)
}

#!/usr/bin/env node
// The `margin` command. Runs the TypeScript sources through tsx so that `npx margin …`
// works on a fresh clone right after `npm install`, with no build step.
import { register } from 'tsx/esm/api'

register()
await import('./main.ts')

import { z } from 'zod'
import { api, type Handlers, type MethodName } from '../../shared/contract'

/** An error whose message is meant for the person using Margin (bad request, bad state). */
export class UserError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UserError'
  }
}

export interface DispatchError {
  name: string
  message: string
}

/** True for a string that names a method of the contract (own property, not inherited). */
export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(api, name)
}

/**
 * The single entry point both adapters (Electron IPC, the HTTP host) call: checks the
 * method exists, validates the payload against its schema, and runs the handler.
 */
export async function dispatch(handlers: Handlers, method: unknown, payload: unknown): Promise<unknown> {
  if (!isMethodName(method)) throw new UserError(`unknown method ${JSON.stringify(String(method)).slice(0, 80)}`)
  const parsed = api[method].request.safeParse(payload ?? {})
  if (!parsed.success) {
    throw new UserError(`invalid request for ${method}: ${z.prettifyError(parsed.error).replace(/\n/g, '; ')}`)
  }
  const handler = handlers[method] as (request: unknown) => Promise<unknown>
  return handler(parsed.data)
}

/** The shape errors take when they cross a process boundary. */
export function toDispatchError(error: unknown): DispatchError {
  if (error instanceof Error) return { name: error.name, message: error.message }
  return { name: 'Error', message: String(error) }
}

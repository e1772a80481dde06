import type { Code } from '../../shared/model'

/** A code with every field at its plain default (no rules, shortcut or attributes) but those given. */
export function testCode(id: string, name: string, groupId: string, order: number, more: Partial<Code> = {}): Code {
  return {
    id, name, groupId, parentId: null, color: '#3366aa', definition: '', inclusion: '', exclusion: '', examples: [],
    shortcut: null, level: 'span', attributes: [], memo: null, order, ...more,
  }
}

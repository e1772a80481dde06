import { fileURLToPath } from 'node:url'

/**
 * The five seed articles, which live beside the repository in ../shared/seeds (CI clones
 * the repository with shared/ next to it), never at a fixed absolute path.
 */
export const SEEDS_DIR = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url))

export const SEED_FILES = [
  '000_c4cab82b21ae8475.txt',
  '001_a97c79d32ffacd94.txt',
  '002_7234993d599bcdfc.txt',
  '003_159b3ad281caed05.txt',
  '004_866eacb20cd65b5a.txt',
]

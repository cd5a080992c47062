import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';

/** Where uploaded files live. Local disk today; object storage can stand behind the same three calls. */
export interface FileStore {
  put(key: string, content: Buffer): Promise<void>;
  get(key: string): Promise<Buffer | null>;
  remove(key: string): Promise<void>;
}

/** Keys are made by the application (org/kind/uuid.ext): anything else is refused, so no key can climb out of the store. */
const safeKey = /^[0-9a-f-]{36}\/[a-z]+\/[0-9a-f-]{36}\.[a-z0-9]{2,5}$/;

function checkKey(key: string): string {
  if (!safeKey.test(key)) throw new Error(`not a file key: ${key}`);
  return key;
}

export function diskFileStore(root: string): FileStore {
  const base = resolve(root);
  const pathOf = (key: string) => {
    const path = resolve(join(base, checkKey(key)));
    if (!path.startsWith(base + sep)) throw new Error(`not a file key: ${key}`);
    return path;
  };
  return {
    async put(key, content) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, content, { mode: 0o600 });
    },
    async get(key) {
      try {
        return await readFile(pathOf(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async remove(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}

/** Keeps files in memory: for tests, and for trying Guildhall without a disk. */
export function memoryFileStore(): FileStore {
  const files = new Map<string, Buffer>();
  return {
    async put(key, content) {
      files.set(checkKey(key), Buffer.from(content));
    },
    async get(key) {
      return files.get(checkKey(key)) ?? null;
    },
    async remove(key) {
      files.delete(checkKey(key));
    },
  };
}

/**
 * The `yaml` library, loaded when a file first needs it: the fast reader (src/yaml/read.ts)
 * reads most inputs without it, and loading it is about 70 ms of `check`'s start-up. Loaded
 * synchronously (the library is CommonJS), so the same module instance as an `import` would give.
 */
import { createRequire } from 'node:module';

type YamlLibrary = typeof import('yaml');

let library: YamlLibrary | undefined;

export function yamlLibrary(): YamlLibrary {
  library ??= createRequire(import.meta.url)('yaml') as YamlLibrary;
  return library;
}

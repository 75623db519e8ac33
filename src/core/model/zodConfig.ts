/**
 * zod, configured for the app's Content-Security-Policy. vite.config.ts
 * resolves every `import … from 'zod'` of the bundle to this module.
 *
 * zod 4 compiles object parsers with `new Function` unless `jitless` is set,
 * and decides so when each object schema is built. Under a policy without
 * 'unsafe-eval' even its probe is reported as a violation. The setting must
 * therefore run before any schema module is evaluated, and an import at the
 * top of the entry point is not enough: the bundler hoists shared chunks
 * (where the schemas live) above the entry's own code. Routing `zod` through
 * this module makes every schema module depend on it, whatever the chunks.
 */
import { z } from 'zod/v4';

z.config({ jitless: true });

export * from 'zod/v4';
export { z, z as default };

/**
 * The production server: desk.ts and everything it imports from server/ and web.ts, compiled into one
 * ES module, build/desk.js (decision 0025). `npm start`, `npm run demo`, the Dockerfile, docker-compose and
 * the browser tests run it with plain `node`; `npm run desk -- …` and the tests keep running the
 * TypeScript through tsx.
 *
 * Why: a desk process started through tsx carries tsx's loader and esbuild's service, and holds every
 * module twice (its TypeScript and the JavaScript made of it): 300 MB resident before its first
 * request against 218 MB compiled. The packages stay outside (node_modules, resolved at run time).
 *
 * Each module keeps its own `import.meta.url` (the catalogue, the fonts, the worker-thread entries and
 * the Remix build are found beside the source file that names them), so the bundle runs from the same
 * tree as the sources, as the Docker image does. No runtime source maps (Node's cost 45 MB per process):
 * the bundle is not minified, keeps function names and marks each module with its source path, and a
 * linked build/desk.js.map serves `node --enable-source-maps build/desk.js …` when a trace needs it.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** `import.meta.url` / `.dirname` of each TypeScript module replaced by that module's own location. */
const ownImportMeta = {
  name: 'own-import-meta',
  setup(build) {
    build.onLoad({ filter: /\.tsx?$/ }, async (args) => {
      const source = await fs.readFile(args.path, 'utf8');
      if (!source.includes('import.meta.')) return undefined;
      const contents = source
        .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href))
        .replaceAll('import.meta.dirname', JSON.stringify(path.dirname(args.path)))
        .replaceAll('import.meta.filename', JSON.stringify(args.path));
      return { contents, loader: args.path.endsWith('.tsx') ? 'tsx' : 'ts' };
    });
  },
};

const result = await esbuild.build({
  absWorkingDir: root,
  entryPoints: ['desk.ts'],
  outfile: 'build/desk.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  keepNames: true,
  sourcemap: 'linked',
  plugins: [ownImportMeta],
  logLevel: 'warning',
  metafile: true,
});
const bytes = Object.values(result.metafile.outputs).find((o) => o.entryPoint)?.bytes ?? 0;
console.log(`build/desk.js: ${Object.keys(result.metafile.inputs).length} modules, ${(bytes / 1024).toFixed(0)} kB`);

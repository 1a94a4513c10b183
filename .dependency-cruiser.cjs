/**
 * The layering of DESIGN.md, checked on every test run:
 *   app/routes → app/.server → server/<slice> use cases → repositories / ports.
 */
const IO_PACKAGES =
  '(^|node_modules/)(kysely|pg|better-sqlite3|@node-rs/argon2|file-type|nodemailer|smtp-server|imapflow|tesseract\\.js|sharp|pdfjs-dist|graphile-worker|@signpdf/[^/]+)(/|$)';
/** Where I/O may happen: repositories, adapters, stores, jobs, db/, storage/ and the composition root. */
const IO_ALLOWED = ['\\.(repository|adapter|store|job)\\.ts$', '^server/db/', '^server/storage/', '^server/(services|cli|config)\\.ts$'];
const IO_CORE_MODULES = '^(node:)?(fs|fs/promises|net|http|https|child_process|dgram|tls)$';

module.exports = {
  forbidden: [
    {
      name: 'server-never-imports-app',
      severity: 'error',
      comment: 'server/ is the domain and infrastructure; the web depends on it, never the reverse.',
      from: { path: '^server/' },
      to: { path: '^app/' },
    },
    {
      name: 'server-knows-no-web-framework',
      severity: 'error',
      from: { path: '^server/' },
      to: { path: 'node_modules/(@remix-run|react|react-dom|express|remix-i18next)/' },
    },
    {
      name: 'app-reaches-server-only-through-dot-server',
      severity: 'error',
      comment: 'Routes and components use the server only via app/.server (languages.ts, pure constants, is shared with the browser).',
      from: { path: '^app/', pathNot: '^app/\\.server/' },
      to: { path: '^server/', pathNot: '^server/languages\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'domain-and-use-cases-do-no-io',
      severity: 'error',
      comment:
        'Pure rules and use cases reach I/O only through repositories (*.repository.ts), adapters (*.adapter.ts, *.store.ts), jobs, db/, or the composition root.',
      from: {
        path: '^server/',
        pathNot: IO_ALLOWED,
      },
      to: { dependencyTypesNot: ['type-only'], path: IO_PACKAGES },
    },
    {
      name: 'domain-and-use-cases-touch-no-files-or-network',
      severity: 'error',
      from: {
        path: '^server/',
        pathNot: IO_ALLOWED,
      },
      to: { dependencyTypes: ['core'], path: IO_CORE_MODULES },
    },
    {
      name: 'cases-only-through-its-index',
      severity: 'error',
      comment:
        'The case file has one public face: other slices, the composition root and app/.server import server/cases/index.ts; type-only imports of its domain types may go direct.',
      from: { path: '^(server|app)/', pathNot: '^server/cases/' },
      to: { path: '^server/cases/', pathNot: '^server/cases/index\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'ocr-is-an-engine-below-intake-and-cases',
      severity: 'error',
      comment: 'OCR takes an inspected file and returns its pages; it knows nothing of intake or of cases.',
      from: { path: '^server/ocr/' },
      to: { path: '^server/(intake|cases|mail|replies|routing)/' },
    },
    {
      name: 'intake-calls-down-never-up',
      severity: 'error',
      comment:
        'A petition travels intake → cases / ocr / language / routing and never back: the slices below intake know nothing of it (mail hands messages to intake through a callback).',
      from: { path: '^server/(cases|ocr|language|routing|mail|replies|jobs|departments|deadlines|storage|auth)/' },
      to: { path: '^server/intake/' },
    },
    {
      name: 'only-move-case-writes-status',
      severity: 'error',
      comment: 'A case changes status only through moveCase, which asks the status machine first.',
      from: { pathNot: '^server/cases/move-case\\.ts$' },
      to: { path: '^server/cases/case-status\\.repository\\.ts$' },
    },
    {
      name: 'no-slice-reaches-into-another-slices-repository',
      severity: 'error',
      comment: "A slice uses another slice through its use cases, never through its repository or tables.",
      from: { path: '^server/([^/]+)/', pathNot: '^server/(db|demo)/' },
      to: { path: '^server/[^/]+/.*\\.repository\\.ts$', pathNot: '^server/$1/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'migrations-are-frozen',
      severity: 'error',
      comment: 'A migration never imports the app: it must run the same forever.',
      from: { path: '^server/db/migrations/' },
      to: { path: '^(server|app)/', pathNot: '^server/db/migrations/' },
    },
    {
      name: 'seed-data-is-demo-only',
      severity: 'error',
      comment:
        'server/db/seed/ is demo data for `seed` and `demo`: only the demo and the CLI read it. Reference data (the service catalogue) is server/departments/catalogue/, read through its store.',
      from: { path: '^server/', pathNot: ['^server/demo/', '^server/cli\\.ts$', '^server/db/seed/'] },
      to: { path: '^server/db/seed/' },
    },
    {
      name: 'server-never-imports-tests',
      severity: 'error',
      comment: 'What ships never depends on test code or test fixtures.',
      from: { path: '^server/' },
      to: { path: '^tests/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.tsx', '.js', '.json'] },
    exclude: { path: '^(build|data)/' },
    builtInModules: { add: [] },
  },
};

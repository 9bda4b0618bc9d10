# syntax=docker/dockerfile:1
# One image for the national hub and every local instance (which one runs is the command:
# apps/hub/dist/start.js or apps/local/dist/start.js), configured by TESSERA_* variables alone.

# ---- build: install everything, bundle the apps, keep only what they need to run ----
FROM node:20-bookworm-slim AS build
ENV TURBO_TELEMETRY_DISABLED=1 CI=1
RUN npm install -g pnpm@12.4.2
WORKDIR /src
COPY . .
RUN pnpm install --frozen-lockfile \
 && pnpm turbo run build --filter=@tessera/app-hub --filter=@tessera/app-local \
 && pnpm --filter=@tessera/app-hub deploy --prod /out/hub \
 && pnpm --filter=@tessera/app-local deploy --prod /out/local

# ---- run: no compilers, no sources, no package manager; a non-root user ----
FROM node:20-bookworm-slim AS run
ENV NODE_ENV=production TESSERA_HOST=0.0.0.0 TESSERA_DB=file:/data/tessera.db
WORKDIR /app
COPY --from=build --chown=node:node /out/hub ./hub
COPY --from=build --chown=node:node /out/local ./local
RUN mkdir -p /data && chown node:node /data
VOLUME /data
USER node
EXPOSE 8787 8788
# readiness: migrations applied, database reachable, and for a region its hub reachable
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.TESSERA_PORT||8787}/api/v1/health/ready`).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node is PID 1 and stops cleanly on SIGTERM (requests in flight answered, the running sync
# finished, plugins' onClose run); compose and `docker run --init` may add tini in front
STOPSIGNAL SIGTERM
CMD ["node", "local/dist/start.js"]

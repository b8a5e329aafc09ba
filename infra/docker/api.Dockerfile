# syntax=docker/dockerfile:1.7
# The Ladder API (and worker: the same image with APP_ROLE=worker). Build from the repository root:
#   docker build -f infra/docker/api.Dockerfile -t ladder-api .
FROM node:20-bookworm-slim AS base
RUN npm install -g pnpm@12.4.2
WORKDIR /repo

FROM base AS build
# Manifests first: the dependency layer is rebuilt only when they change.
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml .npmrc ./
COPY apps/api/package.json apps/api/
COPY packages/domain/package.json packages/domain/
RUN pnpm install --frozen-lockfile --filter @ladder/api...
COPY tsconfig.base.json ./
COPY packages/domain packages/domain
COPY apps/api apps/api
RUN pnpm --filter @ladder/domain build \
 && pnpm --filter @ladder/api build \
 && pnpm --filter @ladder/api deploy --prod /out

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=3001 \
    HOST=0.0.0.0
WORKDIR /app
COPY --from=build --chown=node:node /out ./
USER node
EXPOSE 3001
# Liveness for plain Docker; Kubernetes uses its own probes on the same endpoint.
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3001)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/main.js"]

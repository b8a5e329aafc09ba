# syntax=docker/dockerfile:1.7
# The Ladder web app (Next.js standalone server). Build from the repository root:
#   docker build -f infra/docker/web.Dockerfile --build-arg API_URL=http://ladder-api:3001 -t ladder-web .
# API_URL is where the web server reaches the API. Next.js writes the /api/v1 rewrite into the
# build, so it is a build argument; server code also reads it at run time.
FROM node:20-bookworm-slim AS base
RUN npm install -g pnpm@12.4.2
WORKDIR /repo

FROM base AS build
ARG API_URL=http://ladder-api:3001
ARG NEXT_PUBLIC_SITE_URL=http://localhost:3000
ENV API_URL=$API_URL \
    NEXT_PUBLIC_SITE_URL=$NEXT_PUBLIC_SITE_URL \
    NEXT_OUTPUT=standalone \
    NEXT_TELEMETRY_DISABLED=1
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml .npmrc ./
COPY apps/web/package.json apps/web/
COPY packages/domain/package.json packages/domain/
RUN pnpm install --frozen-lockfile --filter @ladder/web...
COPY tsconfig.base.json ./
COPY packages/domain packages/domain
COPY apps/web apps/web
RUN pnpm --filter @ladder/domain build && pnpm --filter @ladder/web build

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0
WORKDIR /app
# The standalone server keeps the monorepo layout: apps/web/server.js beside a traced node_modules.
COPY --from=build --chown=node:node /repo/apps/web/.next/standalone ./
COPY --from=build --chown=node:node /repo/apps/web/.next/static ./apps/web/.next/static
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "apps/web/server.js"]

# syntax=docker/dockerfile:1
# The assistant's image (issue 14). NOT BUILT OR RUN on the machine where it was written (no
# Docker there): read it as a recipe; everything it does is also `npm ci`, `npm run ingest` and
# `npm start` (see README "Many workers and replicas").
#
#   docker build -t oim-assistant .
#   docker run -p 3000:3000 -v oim-index:/app/indexes oim-assistant


FROM node:20-bookworm-slim AS build
WORKDIR /app
# Native addons (hnswlib-node, better-sqlite3) compile here, not in the runtime image.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
# Portable hnswlib build: the image may run on CPUs other than the builder's (README "Vector search speed").
ENV HNSWLIB_PORTABLE=1
COPY package.json package-lock.json ./
COPY scripts ./scripts
RUN npm ci --omit=dev --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
COPY corpus ./corpus
# The server runs compiled (npm run build): no TypeScript loader in its start-up.
RUN node scripts/build.mjs

FROM node:20-bookworm-slim
WORKDIR /app
# English questions on French text use the FreeDict dictionaries (optional, small).
RUN apt-get update && apt-get install -y --no-install-recommends dict-freedict-eng-fra dict-freedict-fra-eng tini \
  && rm -rf /var/lib/apt/lists/*
COPY --from=build /app /app
RUN mkdir -p /app/indexes && chown -R node:node /app/indexes
USER node
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0
EXPOSE 3000
# Liveness only: /healthz answers as soon as the port is bound; orchestrators should gate traffic on /readyz.
HEALTHCHECK --interval=15s --timeout=3s --start-period=10s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# tini forwards SIGTERM so the server drains within SHUTDOWN_GRACE_MS (set the stop timeout above it).
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "dist/serve/main.js"]

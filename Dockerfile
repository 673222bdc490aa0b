# Kizuna API + admin console. Build: docker build -t kizuna .  (used by docker-compose.yml)
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json turbo.json ./
COPY packages ./packages
COPY apps ./apps
RUN npm ci --no-audit --no-fund && TURBO_TELEMETRY_DISABLED=1 npx turbo run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=4000
WORKDIR /app
COPY --from=build /app /app
EXPOSE 4000
USER node
# The same V8 flags as apps/api's start script (young generation sized for GraphQL pages,
# ADR 0007); test/start-command.spec.ts keeps the two equal.
CMD ["node", "--max-semi-space-size=64", "apps/api/dist/main.js"]

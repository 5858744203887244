# syntax=docker/dockerfile:1
# Build stage: compile TypeScript with the dev dependencies.
# Probot 14 needs Node >= 20.18; pin the minor so a rebuild gets the same runtime.
FROM node:20.20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# No install scripts: nothing here needs them, and the slim image has no compiler for node-gyp.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY rules ./rules
COPY bench ./bench
RUN npm run build

# Runtime stage: production dependencies and the compiled output only, as a non-root user.
FROM node:20.20-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# Rule docs, served at /bottomline/rules/<id> for the links in findings.
COPY rules/*.md ./rules/
COPY app.yml ./
USER node
EXPOSE 3000
# Readiness, not liveness: fails in Probot's setup mode (404), with an unusable private key or an
# unreachable Redis (503), where /ping would still say yes.
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/bottomline/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# node as PID 1 (not npm), so SIGTERM reaches the app and it can finish reviews in flight.
CMD ["node", "node_modules/probot/bin/probot.js", "run", "./dist/src/github/index.js"]

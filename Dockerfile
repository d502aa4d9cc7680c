# Hirehound application image: api, workers (search, hasdata, ml, maintenance), migrations.
# One image, one command per docker-compose service.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# onnxruntime-node's postinstall would fetch CUDA libraries from NuGet; the CPU runtime is in the package.
ENV ONNXRUNTIME_NODE_INSTALL=skip
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim AS runtime
# OCR for scanned resumes (the ml worker): Tesseract and poppler from Debian's packages.
RUN apt-get update \
  && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-eng poppler-utils ca-certificates \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# Runtime data (O*NET extract, title model, skill taxonomy), found beside the compiled modules;
# also read by the HasData simulator's corpus.
COPY --from=build /app/data ./dist/data
USER node
EXPOSE 3000
CMD ["node", "dist/api/server.js"]

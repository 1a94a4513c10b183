# Petition Desk: the same app as `npm run demo`, in a container.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends fonts-dejavu-core poppler-utils tesseract-ocr-lit tesseract-ocr-pol tesseract-ocr-rus tesseract-ocr-eng \
      tesseract-ocr-ukr tesseract-ocr-bel tesseract-ocr-deu tesseract-ocr-lav && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 DATA_DIR=/data
# A heap cap for every desk process (decision 0025): without one V8 sizes it by the machine's memory and lets a long export's garbage grow the process by hundreds of MB.
ENV NODE_OPTIONS=--max-old-space-size=512
COPY --from=build /app /app
RUN mkdir -p /data && chown node:node /data
VOLUME /data
EXPOSE 3000
USER node
CMD ["node", "build/desk.js", "serve"]

#!/usr/bin/env bash
# Installs everything Petition Desk needs on a fresh Debian machine (`setup.sh test`: and its tests): system packages (when
# missing and when we may install them), then the npm packages from the lock file.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages the app needs, plus (with "test") Chromium and poppler for the test suite. The OCR models: the four
# served languages, and Ukrainian, Belarusian, German and Latvian, which residents also write in (a page that looks
# like one of them is read again with its model).
APT_PACKAGES=(fonts-dejavu-core poppler-utils tesseract-ocr-lit tesseract-ocr-pol tesseract-ocr-rus tesseract-ocr-eng
  tesseract-ocr-ukr tesseract-ocr-bel tesseract-ocr-deu tesseract-ocr-lav)
if [ "${1:-}" = "test" ]; then
  APT_PACKAGES+=(chromium tesseract-ocr dovecot-imapd swaks)
fi
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Debian packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "Please install these Debian packages first (as root): ${missing[*]}" >&2
    [ "${DESK_SKIP_SYSTEM_PACKAGES:-}" = "1" ] || exit 1
  fi
fi

# npm packages exactly as locked (better-sqlite3 builds from source with node-gyp). `npm ci`
# never rewrites package-lock.json, so a fresh clone stays clean; it runs again only when the
# lock changed since the last install.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

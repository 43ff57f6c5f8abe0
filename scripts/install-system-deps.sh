#!/usr/bin/env bash
# The Debian packages the tests use: Chromium (extension e2e, sidebar screenshots), Japanese fonts,
# LibreOffice Writer and Calc and poppler (reports converted to PDF/PNG, annotated workbooks opened).
# One installer for both CI (.ci/run) and the README's test command (scripts/test.sh):
#   install-system-deps.sh          install what is missing (as root, or through sudo without a password)
#   install-system-deps.sh --check  install nothing; print one line naming what is missing, exit 1 if anything is
set -uo pipefail

PACKAGES=(chromium fonts-noto-cjk libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils)

need=()
if command -v dpkg >/dev/null 2>&1; then
  for pkg in "${PACKAGES[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
  done
else
  # not Debian: look for the programs themselves
  command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || need+=(chromium)
  command -v soffice >/dev/null 2>&1 || need+=(libreoffice)
  command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
fi
[ "${#need[@]}" -eq 0 ] && exit 0

say_missing() {
  echo "テストに必要なパッケージがありません: ${need[*]}（sudo apt-get install -y --no-install-recommends ${need[*]} で入れてください。Chromium・LibreOffice を使うテストは失敗します）" >&2
}

if [ "${1:-}" = "--check" ]; then
  say_missing
  exit 1
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo"; else
    say_missing
    exit 1
  fi
fi
if ! command -v apt-get >/dev/null 2>&1; then
  say_missing
  exit 1
fi
$sudo apt-get update -q && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${need[@]}"

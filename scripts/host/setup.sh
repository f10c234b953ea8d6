#!/usr/bin/env bash
# Idempotent installer for the real-VS-Code test host (see /work/shared/notes/real-vscode-host.md):
#   - Debian packages: chromium (UI tests), fonts-noto-core (Arabic glyphs), ripgrep (pre-seeds
#     @vscode/ripgrep, which would otherwise download from GitHub), libkrb5-dev (kerberos native
#     module of code-server), unzip (vsix unpacking);
#   - code-server@4.100.3 (= VS Code 1.100.3, the newest that runs on Node 20) installed with npm into
#     .host/code-server/ inside the repo (gitignored, not a project dependency).
# Safe to run repeatedly: does nothing when everything is already there.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
# @vscode/ripgrep version pulled by code-server 4.100.3 and the ripgrep build its postinstall wants.
RG_PKG_VERSION=1.15.11
RG_BUILD=v13.0.0-10

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HOST_DIR="$ROOT/.host"
CS_DIR="$HOST_DIR/code-server"
T0=$(date +%s)
log() { echo "[host-setup] $*"; }

# ---------------------------------------------------------------- Debian packages
APT_PKGS=(chromium fonts-noto-core ripgrep libkrb5-dev unzip)
missing=()
for p in "${APT_PKGS[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  log "apt packages present"
else
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
      log "need root (or sudo) to install: ${missing[*]}"; exit 1; fi
  fi
  log "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq >/dev/null
  mkdir -p "$HOST_DIR"
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >"$HOST_DIR/apt.log" 2>&1 || {
    log "apt-get install failed:"; tail -30 "$HOST_DIR/apt.log"; exit 1; }
  log "apt done ($(( $(date +%s) - T0 ))s)"
fi

# ---------------------------------------------------------------- code-server
CS_PKG="$CS_DIR/node_modules/code-server/package.json"
installed_version=""
if [ -f "$CS_DIR/.installed" ] && [ -f "$CS_PKG" ]; then
  installed_version="$(node -p "require('$CS_PKG').version" 2>/dev/null || true)"
fi
if [ "$installed_version" = "$CODE_SERVER_VERSION" ]; then
  log "code-server $CODE_SERVER_VERSION present in .host/code-server"
else
  T1=$(date +%s)
  log "installing code-server@$CODE_SERVER_VERSION into .host/code-server (takes about a minute)"
  rm -rf "$CS_DIR"
  mkdir -p "$CS_DIR/tmp"
  # A package.json of its own so npm never touches the project's manifest or lockfile.
  printf '{\n  "name": "isnad-test-host",\n  "private": true\n}\n' >"$CS_DIR/package.json"
  # Pre-seed @vscode/ripgrep's download cache with Debian's rg (its postinstall downloads from GitHub).
  RG_CACHE="$CS_DIR/tmp/vscode-ripgrep-cache-$RG_PKG_VERSION"
  mkdir -p "$RG_CACHE" "$CS_DIR/tmp/rg"
  cp "$(command -v rg)" "$CS_DIR/tmp/rg/rg"
  for arch in x86_64-unknown-linux-musl aarch64-unknown-linux-musl; do
    tar -czf "$RG_CACHE/ripgrep-$RG_BUILD-$arch.tar.gz" -C "$CS_DIR/tmp/rg" rg
  done
  (
    cd "$CS_DIR"
    export TMPDIR="$CS_DIR/tmp"
    export npm_config_unsafe_perm=true npm_config_yes=true
    export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
    npm install --no-audit --no-fund --no-save --loglevel=error "code-server@$CODE_SERVER_VERSION" \
      >"$CS_DIR/install.log" 2>&1
  ) || { log "code-server install failed; last lines of .host/code-server/install.log:"; tail -40 "$CS_DIR/install.log"; exit 1; }
  if [ ! -x "$CS_DIR/node_modules/.bin/code-server" ]; then
    log "code-server binary missing after install"; tail -40 "$CS_DIR/install.log"; exit 1
  fi
  rm -rf "$CS_DIR/tmp"
  touch "$CS_DIR/.installed"
  log "code-server installed ($(( $(date +%s) - T1 ))s)"
fi
log "ready ($(( $(date +%s) - T0 ))s)"

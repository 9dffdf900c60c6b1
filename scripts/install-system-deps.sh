#!/usr/bin/env bash
# Installs the Debian packages that the browser check and the notebook need, when missing
# and when we may (root). Without them those checks skip locally and fail in CI.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v jupyter-nbconvert >/dev/null 2>&1 || need+=(jupyter-nbconvert python3-nbclient python3-ipykernel jupyter-client)
if [ ${#need[@]} -eq 0 ]; then echo "system packages: present"; exit 0; fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "system packages missing (${need[*]}); the browser and notebook checks will skip" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
echo "system packages: installed ${need[*]}"

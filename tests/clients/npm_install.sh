#!/usr/bin/env bash
# Installs the JavaScript clients check_node.js loads (pinned by package.json and
# package-lock.json beside this script) into DIR, usually build/<preset>/tests/clients-npm.
# Runs npm once: a stamp with the checksum of both files skips the install until they change.
# No node or npm is a failure (scripts/install-deps --test installs them).
set -euo pipefail
dir=${1:?usage: npm_install.sh DIR}
here=$(cd "$(dirname "$0")" && pwd)
for tool in node npm; do
    if ! command -v "$tool" >/dev/null; then
        echo "FAIL: $tool is missing; install it with scripts/install-deps --test" >&2
        exit 1
    fi
done
sum=$(cat "$here/package.json" "$here/package-lock.json" | sha256sum | cut -d' ' -f1)
if [ -d "$dir/node_modules" ] && [ "$(cat "$dir/.installed" 2>/dev/null)" = "$sum" ]; then
    echo "npm clients already installed in $dir"
    exit 0
fi
mkdir -p "$dir"
cp "$here/package.json" "$here/package-lock.json" "$dir/"
rm -f "$dir/.installed"
(cd "$dir" && npm ci --no-audit --no-fund --loglevel=error --cache "$dir/.npm-cache")
echo "$sum" > "$dir/.installed"
echo "installed the npm clients in $dir"

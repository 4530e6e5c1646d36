#!/usr/bin/env bash
# The README's test command: installs what the tests need when it is missing, then runs every test of the solution.
#   - Debian packages: Chromium and its driver (browser tests), Node.js and npm (the build fetches plotly.js with npm ci),
#     dictd dictionaries (the cross-language tests), apertium-rus-ukr and lttoolbox, jupyter-nbconvert and python3-nbclient;
#     installed with apt-get (one `apt-get update` first), as root or through sudo.
#   - The .NET tool Microsoft.dotnet-interactive 1.0.712001, in .tools/ (ignored by git); its folder is exported
#     as QUOTELENS_DOTNET_INTERACTIVE and put on PATH for the tests.
# When everything is present the checks cost well under a second. Extra arguments go to `dotnet test`.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(chromium chromium-driver nodejs npm mueller7-dict dict-freedict-eng-rus dict-freedict-fra-eng dict-freedict-deu-eng
  dict-freedict-ara-eng dict-freedict-nld-eng dict-freedict-por-eng dict-freedict-pol-eng dict-freedict-spa-eng
  dict-freedict-ita-eng dict-freedict-fin-eng dict-freedict-eng-bul dict-de-en apertium-rus-ukr apertium-fr-es apertium-es-pt apertium-spa-ita apertium-es-ro apertium-eng-spa
  lttoolbox jupyter-nbconvert python3-nbclient)

missing=()
installed="$(dpkg-query -W -f='${Package} ${db:Status-Status}\n' "${packages[@]}" 2>/dev/null || true)"
for p in "${packages[@]}"; do
  # npm may come inside another nodejs package (NodeSource's): the command is what counts.
  if [ "$p" = npm ] && command -v npm >/dev/null 2>&1; then continue; fi
  grep -qx "$p installed" <<<"$installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "tests/run.sh: installing ${missing[*]}" >&2
  sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "tests/run.sh: not root and no sudo; install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi

tools="$PWD/.tools"
if [ ! -x "$tools/dotnet-interactive" ]; then
  echo "tests/run.sh: installing the dotnet tool Microsoft.dotnet-interactive 1.0.712001 into .tools/" >&2
  dotnet tool install Microsoft.dotnet-interactive --version 1.0.712001 --tool-path "$tools"
fi
export QUOTELENS_DOTNET_INTERACTIVE="$tools/dotnet-interactive"
export PATH="$tools:$PATH"

dotnet test QuoteLens.sln "$@"

#!/usr/bin/env bash
# Installs the Debian packages the project uses, when missing:
#   always:   dict-freedict-eng-fra dict-freedict-fra-eng (English questions → French text; optional:
#             the assistant works without them, but answers English questions less well), and the
#             pivot dictionaries between English or French and German, Spanish, Italian, Portuguese
#             and Swedish (src/text/pivot.ts: words eng-fra lacks, found through two of them; optional
#             too: without them the glossary is eng-fra's and fra-eng's alone)
#   --test:   chromium and a font (browser tests), postgresql (the insights store suite starts a
#             throwaway cluster from its binaries; the Debian service itself is never used),
#             redis-server (tests of replicas sharing state; they start their own on a free port)
# Needs root (or passwordless sudo); otherwise says what to install and carries on.
set -uo pipefail

want=()
[ -f /usr/share/dictd/freedict-eng-fra.index ] || want+=(dict-freedict-eng-fra)
[ -f /usr/share/dictd/freedict-fra-eng.index ] || want+=(dict-freedict-fra-eng)
# Keep in step with PIVOT_LANGUAGES in src/text/pivot.ts (Debian has no spa-fra nor ita-fra).
for pair in eng-deu deu-eng fra-deu deu-fra eng-spa spa-eng fra-spa eng-ita ita-eng fra-ita \
  eng-por por-eng fra-por por-fra eng-swe swe-eng fra-swe swe-fra; do
  [ -f "/usr/share/dictd/freedict-$pair.index" ] || want+=("dict-freedict-$pair")
done
if [ "${1:-}" = "--test" ]; then
  command -v chromium >/dev/null 2>&1 || want+=(chromium)
  fc-list 2>/dev/null | grep -qi dejavu || want+=(fonts-dejavu-core)
  command -v redis-server >/dev/null 2>&1 || want+=(redis-server)
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || want+=(postgresql)
fi
[ ${#want[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then as_root=(); elif sudo -n true 2>/dev/null; then as_root=(sudo -n); else
  echo "Missing Debian packages: ${want[*]} (install them with: sudo apt-get install ${want[*]})" >&2
  [ "${1:-}" = "--test" ] && exit 1 || exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Missing packages ${want[*]} and no apt-get here: install their equivalents by hand." >&2
  [ "${1:-}" = "--test" ] && exit 1 || exit 0
fi
echo "Installing Debian packages: ${want[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq && "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${want[@]}" >/dev/null

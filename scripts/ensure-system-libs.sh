#!/usr/bin/env bash
# Installs the system libraries planvurdering needs, if (and only if) they are missing:
# Pango/HarfBuzz/fontconfig for WeasyPrint, a font, and poppler-utils (pdftoppm).
set -euo pipefail
missing=()
have_lib() { ldconfig -p 2>/dev/null | grep -q "$1"; }
have_lib 'libpango-1.0.so.0'     || missing+=(libpango-1.0-0)
have_lib 'libpangoft2-1.0.so.0'  || missing+=(libpangoft2-1.0-0)
have_lib 'libharfbuzz.so.0'      || missing+=(libharfbuzz0b)
have_lib 'libharfbuzz-subset.so.0' || missing+=(libharfbuzz-subset0)
have_lib 'libfontconfig.so.1'    || missing+=(libfontconfig1)
fc-list 2>/dev/null | grep -qi 'dejavu' || missing+=(fonts-dejavu-core)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "Installerer systempakker som mangler: ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  SUDO=sudo
else
  SUDO=
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"

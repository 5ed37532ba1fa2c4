#!/usr/bin/env bash
# Installs the system libraries planvurdering needs, if (and only if) they are missing:
# Pango/HarfBuzz/fontconfig for WeasyPrint, a font, poppler-utils (pdftoppm), and ocrmypdf
# with Tesseract's Norwegian data for OCR.
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
# OCR of scanned plans (read_plan(..., ocr=True)): ocrmypdf runs Tesseract with Norwegian data.
command -v ocrmypdf >/dev/null 2>&1 || missing+=(ocrmypdf)
if ! tesseract --list-langs 2>/dev/null | grep -qx 'nor'; then
  missing+=(tesseract-ocr-nor)
fi
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

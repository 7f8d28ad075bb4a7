#!/usr/bin/env bash
# Builds OGG Desktop for macOS: "dist/OGG Desktop.app" (PyInstaller --windowed through
# packaging/ogg-desktop.spec, which sets the Info.plist keys) and, with SIGN_IDENTITY set, signs it
# with the hardened runtime; with NOTARY_PROFILE set too, notarises and staples it.
# Run on macOS 12+ with python3.11 from python.org (universal2) or Homebrew:
#     packaging/macos/build-macos.sh
#     SIGN_IDENTITY="Developer ID Application: Organisatie (TEAMID)" NOTARY_PROFILE=ogg packaging/macos/build-macos.sh
# Not run in this project's CI (Linux only); see packaging/README.md.
set -euo pipefail
cd "$(dirname "$0")/../.."

VENV=build/package-venv-macos
APP="dist/OGG Desktop.app"
PYTHON="${PYTHON:-python3.11}"

if [ ! -x "$VENV/bin/python" ]; then
  echo "package: preparing $VENV with pinned packages"
  "$PYTHON" -m venv "$VENV"
  "$VENV/bin/python" -m pip install --disable-pip-version-check --upgrade pip==26.3
  "$VENV/bin/python" -m pip install --disable-pip-version-check -r requirements/app.txt -r requirements/package.txt
fi

for ts in resources/i18n/*.ts; do
  [ -e "$ts" ] || continue
  "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done

echo "package: running PyInstaller"
"$VENV/bin/python" -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller \
  packaging/ogg-desktop.spec

# A first check of the frozen app. The first capture asks for the Screen Recording permission
# (System Settings → Privacy & Security); grant it to the terminal running this, then run it again.
"$APP/Contents/MacOS/ogg-desktop" --self-test

if [ -n "${SIGN_IDENTITY:-}" ]; then
  echo "package: signing with $SIGN_IDENTITY"
  codesign --force --deep --options runtime --timestamp \
    --entitlements packaging/macos/entitlements.plist --sign "$SIGN_IDENTITY" "$APP"
  codesign --verify --strict --verbose=2 "$APP"
  if [ -n "${NOTARY_PROFILE:-}" ]; then
    # The profile is made once with: xcrun notarytool store-credentials NOTARY_PROFILE --apple-id … --team-id …
    ditto -c -k --keepParent "$APP" "dist/OGG Desktop.zip"
    xcrun notarytool submit "dist/OGG Desktop.zip" --keychain-profile "$NOTARY_PROFILE" --wait
    xcrun stapler staple "$APP"
    spctl --assess --type execute --verbose "$APP"
  fi
fi
echo "package: $APP is ready ($(du -sh "$APP" | cut -f1))"

#!/usr/bin/env bash
# Screenshots of the web app for people to look at: starts Warroom in its test profile (fresh H2 database), fills it
# with demo incidents spread over six weeks, and saves full-page PNGs of the incident list, one incident, the status
# page and the reports at desktop (1280x900) and phone (390x844, 3x) size into target/screenshots/. Needs Debian's
# chromium and chromium-driver (apt-get install chromium chromium-driver). Not part of the build or CI.
# Usage: bench/screenshots.sh [extra Maven arguments, e.g. -o for offline]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

rm -rf target/screenshots
mvn -B -q test -Dtest=ScreenshotTour -Dscreenshots=true -Dsurefire.failIfNoSpecifiedTests=false "$@"
ls -1 target/screenshots/*.png

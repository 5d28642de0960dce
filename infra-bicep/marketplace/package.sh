#!/usr/bin/env bash
# Builds the Azure Application package for the Marketplace: compiles main.bicep to
# mainTemplate.json and zips it with createUiDefinition.json, both at the root of the zip.
#
# Usage: infra-bicep/marketplace/package.sh [OUTPUT_DIR]
#   OUTPUT_DIR defaults to infra-bicep/target/marketplace.
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
infra_dir="$(dirname "$script_dir")"
out_dir="${1:-$infra_dir/target/marketplace}"
package_name="techroute-marketplace.zip"

if ! command -v bicep >/dev/null 2>&1; then
  echo "package.sh: the Bicep CLI (bicep) was not found on PATH, so mainTemplate.json cannot be built." >&2
  echo "Install it with 'az bicep install' and add ~/.azure/bin to PATH, or let the infra workflow build the package." >&2
  exit 1
fi
if ! command -v zip >/dev/null 2>&1; then
  echo "package.sh: zip was not found on PATH. Install it (for example 'apt-get install zip') and run again." >&2
  exit 1
fi

mkdir -p "$out_dir"
rm -f "$out_dir/mainTemplate.json" "$out_dir/createUiDefinition.json" "$out_dir/$package_name"

bicep build "$infra_dir/main.bicep" --outfile "$out_dir/mainTemplate.json"
cp "$script_dir/createUiDefinition.json" "$out_dir/createUiDefinition.json"

# -j stores the files without their folder, as the Marketplace expects.
zip -q -j -X "$out_dir/$package_name" "$out_dir/mainTemplate.json" "$out_dir/createUiDefinition.json"
echo "Wrote $out_dir/$package_name"

#!/usr/bin/env bash
# Exports the TypeScript of the .NET services this service talks to (Orders and Shipping) into contracts/, with the
# Shop's RabbitMQ topology (exchange "shop", queue prefix "shop."), as `dotnet build -p:ContractsExport=true` writes it.
# tests/Contracts.Interop.Tests (NotificationsServiceTests) fails when the committed files differ from a fresh export.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
for project in Orders Shipping; do
  service=$(echo "$project" | tr '[:upper:]' '[:lower:]')
  out="$(mktemp -d)"
  dotnet build "$here/../$project" -p:ContractsExport=true -p:ContractsExportExchange=shop -p:ContractsExportQueuePrefix=shop. \
    -p:ContractsExportFolder="$out" -tl:off -v:q -nologo
  cp "$out/$service.ts" "$here/contracts/$service.ts"
  rm -rf "$out"
  echo "contracts/$service.ts"
done

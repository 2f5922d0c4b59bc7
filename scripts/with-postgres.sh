#!/usr/bin/env bash
# Runs a command against a real PostgreSQL server made for it and thrown away after it:
# installs Debian's postgresql if its binaries are missing, initdb's a cluster in a temporary
# folder, starts it on a free local port, exports REALTY_CRM_PG_URL, runs the command, and
# stops the server and removes the folder on exit (a trap), whatever the command did.
# Fails (never skips) when the server does not start. REALTY_CRM_PG_OPTIONS adds server
# settings (`-c fsync=off`).
# Usage: scripts/with-postgres.sh npx vitest run test/postgres
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi
# initdb refuses root: the cluster belongs to the postgres user then.
as=()
if [ "$(id -u)" -eq 0 ]; then as=(runuser -u postgres --); fi
dir=$(mktemp -d /tmp/realty-crm-pg.XXXXXX)
chmod 755 "$dir"
if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir"; fi
port=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
stop() {
  "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT
"${as[@]}" "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 ||
  { cat "$dir/initdb.log"; echo "with-postgres: initdb failed" >&2; exit 1; }
"${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=60 ${REALTY_CRM_PG_OPTIONS:-}" start >/dev/null ||
  { cat "$dir/server.log"; echo "with-postgres: the server did not start" >&2; exit 1; }
export REALTY_CRM_PG_URL="postgresql://postgres@127.0.0.1:$port/postgres"
echo "with-postgres: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on port $port"
"$@"

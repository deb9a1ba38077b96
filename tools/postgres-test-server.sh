#!/usr/bin/env bash
# A throwaway PostgreSQL server for the database suites (CI and developers alike).
#
#   tools/postgres-test-server.sh start DIR   install the distribution's server if it is
#                                             missing, make a cluster in DIR, start it on
#                                             localhost, create the test database, print
#                                             its URL (also written to DIR/url)
#   tools/postgres-test-server.sh stop DIR    stop it (DIR can then be deleted)
#
# The cluster lives in DIR alone (never the system's /var/lib/postgresql cluster), listens
# on 127.0.0.1 and a Unix socket in DIR, trusts local connections (a test server holding
# no data) and runs with fsync off (a crash loses a test run, not data). As root (CI) the
# server runs as the `postgres` user the package creates: initdb refuses to run as root.
set -euo pipefail

action=${1:?usage: $0 start|stop DIR}
dir=${2:?usage: $0 start|stop DIR}
port=${TRAINER_TEST_PG_PORT:-55432}
database=trainer_test

as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

bindir() {
  # The newest installed server's binaries (Debian keeps them out of PATH).
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [[ -n "$found" && -x "$found/pg_ctl" ]]; then
    echo "$found"
  elif command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(command -v pg_ctl)"
  fi
}

install_server() {
  [[ -n "$(bindir)" ]] && return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "PostgreSQL is not installed and this is not a Debian-like system:" \
      "install the server (initdb, pg_ctl) and run this again" >&2
    exit 1
  fi
  local sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  echo "Installing PostgreSQL (the distribution's package)" >&2
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  # postgresql-common would make and start a system cluster: not wanted, ours is in DIR.
  $sudo mkdir -p /etc/postgresql-common/createcluster.d
  echo "create_main_cluster = false" | $sudo tee /etc/postgresql-common/createcluster.d/trainer-ci.conf >/dev/null
  $sudo apt-get install -y -qq --no-install-recommends postgresql >/dev/null
}

case "$action" in
  start)
    install_server
    bin=$(bindir)
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    cd /  # the server's user may not be allowed into the caller's folder
    if [[ $(id -u) -eq 0 ]]; then
      chown postgres: "$dir"
      chmod 700 "$dir"
    fi
    if [[ ! -f "$dir/data/PG_VERSION" ]]; then
      as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
    fi
    if ! as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off \
            -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null
    fi
    if ! as_owner "$bin/psql" -h "$dir" -p "$port" -U postgres -Atqc \
      "SELECT 1 FROM pg_database WHERE datname = '$database'" postgres | grep -q 1; then
      as_owner "$bin/createdb" -h "$dir" -p "$port" -U postgres "$database"
    fi
    url="postgresql+psycopg://postgres@127.0.0.1:$port/$database"
    echo "$url" >"$dir/url"
    echo "$url"
    ;;
  stop)
    bin=$(bindir)
    if [[ -n "$bin" && -f "$dir/data/PG_VERSION" ]]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    ;;
  *)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac

#!/usr/bin/env bash
# Start Herald: web + Celery worker + beat. Used by `make run` (which installs first).
# Embedded default: SQLite and an on-disk broker under HERALD_DATA_DIR (./data).
# Set DATABASE_URL / CELERY_BROKER_URL to run the same on PostgreSQL + RabbitMQ.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=.venv/bin/python
PORT="${PORT:-8000}"
HOST="${HOST:-127.0.0.1}"
export HERALD_DATA_DIR="${HERALD_DATA_DIR:-$PWD/data}"
mkdir -p "$HERALD_DATA_DIR"
if [ -z "${DJANGO_SECRET_KEY:-}" ]; then
  # A key of this machine's own, made once: sessions survive restarts, nothing is hard-coded.
  [ -s "$HERALD_DATA_DIR/secret_key" ] || "$PY" -c "import secrets; print(secrets.token_urlsafe(50))" >"$HERALD_DATA_DIR/secret_key"
  DJANGO_SECRET_KEY="$(cat "$HERALD_DATA_DIR/secret_key")"
  export DJANGO_SECRET_KEY
fi

"$PY" manage.py migrate --noinput -v0
"$PY" manage.py collectstatic --noinput -v0
"$PY" manage.py seed_users --if-empty
admin_line="$("$PY" manage.py ensure_admin)"

# Ctrl-C, or any one of the three stopping, stops all of them (each shuts down warmly).
trap 'trap - EXIT INT TERM; kill -TERM $(jobs -p) 2>/dev/null; wait' EXIT INT TERM
.venv/bin/gunicorn campaigns_project.wsgi --bind "$HOST:$PORT" --workers 2 --threads 4 \
  --access-logfile - --log-level warning &
.venv/bin/celery -A campaigns_project worker -l info --concurrency "${WORKER_CONCURRENCY:-2}" \
  -n "worker-$$@%h" &
.venv/bin/celery -A campaigns_project beat -l info --schedule "$HERALD_DATA_DIR/celerybeat-schedule" &

for _ in $(seq 1 100); do
  if "$PY" -c "import urllib.request,sys; urllib.request.urlopen('http://$HOST:$PORT/healthz', timeout=1)" 2>/dev/null; then
    break
  fi
  sleep 0.2
done
cat <<MSG

  Herald is running (Ctrl-C stops it all)
    App:       http://$HOST:$PORT/
    Admin:     http://$HOST:$PORT/admin/
    API docs:  http://$HOST:$PORT/api/docs/
    $admin_line
    Database:  ${DATABASE_URL:-sqlite (embedded) in $HERALD_DATA_DIR}
    Broker:    ${CELERY_BROKER_URL:-on-disk (embedded) in $HERALD_DATA_DIR}

MSG
wait -n

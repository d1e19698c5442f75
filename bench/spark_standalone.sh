#!/usr/bin/env bash
# A standalone Spark master and worker on 127.0.0.1, a packed xuncha environment shipped with
# --archives, and the same results as the process pool: the cluster set-up of
# docs/scale-out.md, on one machine.
#
#   bench/spark_standalone.sh [FILES]          (default 200 invented reports)
#
# Environment: ENV_ARCHIVE=path.tar.gz reuses a packed environment (else one is built with
# venv-pack from this source tree: a few minutes); KEEP=DIR keeps the work folder.
# Skipped (exit 0, with a reason) where Java is missing. Exit 1 when the results differ.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
FILES="${1:-200}"
if ! command -v java >/dev/null 2>&1; then
  echo "skipped: Java is not installed (Spark needs Java 17)"; exit 0
fi
WORK="${KEEP:-$(mktemp -d /tmp/xuncha-standalone.XXXXXX)}"
mkdir -p "$WORK"
echo "work folder: $WORK"

# 1. the environment archive: a normal install of this tree with the spark extra, venv-packed
if [ -z "${ENV_ARCHIVE:-}" ]; then
  python3 -m venv "$WORK/env"
  "$WORK/env/bin/pip" install -q "$ROOT[spark]" venv-pack
  "$WORK/env/bin/venv-pack" -q -p "$WORK/env" -o "$WORK/env.tar.gz"
  ENV_ARCHIVE="$WORK/env.tar.gz"
  PY="$WORK/env/bin/python"
else
  PY="${PYTHON:-python3}"   # the driver: a Python with xuncha[spark] installed
fi
SPARK_HOME="$("$PY" -c 'import os, pyspark; print(os.path.dirname(pyspark.__file__))')"
APP="$("$PY" -c 'import pipeline.spark as m; print(m.__file__)')"
export SPARK_HOME

# 2. master and worker on 127.0.0.1 (ports away from the defaults)
"$SPARK_HOME/bin/spark-class" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port 7177 \
  --webui-port 8180 >"$WORK/master.log" 2>&1 &
MASTER_PID=$!
"$SPARK_HOME/bin/spark-class" org.apache.spark.deploy.worker.Worker spark://127.0.0.1:7177 --host 127.0.0.1 \
  --cores 2 --memory 2g --webui-port 8181 --work-dir "$WORK/worker" >"$WORK/worker.log" 2>&1 &
WORKER_PID=$!
trap 'kill "$WORKER_PID" "$MASTER_PID" 2>/dev/null || true' EXIT
for _ in $(seq 60); do
  grep -q "Successfully registered with master" "$WORK/worker.log" 2>/dev/null && break
  sleep 2
done
grep -q "Successfully registered with master" "$WORK/worker.log" || { echo "the worker did not register"; exit 1; }

# 3. inputs
"$PY" - "$WORK/in" "$FILES" <<EOF
import sys
sys.path.insert(0, "$ROOT/bench")
from pathlib import Path
from bench_run import write_txt
print(f"{sys.argv[2]} files, {write_txt(Path(sys.argv[1]), int(sys.argv[2])) / 1e6:.1f} MB")
EOF

# 4. the job, as on a cluster: spark-submit with the shipped environment
rm -rf "$WORK/runs"
t0=$(date +%s)
"$SPARK_HOME/bin/spark-submit" --master spark://127.0.0.1:7177 --deploy-mode client \
  --archives "$ENV_ARCHIVE#env" \
  --conf spark.pyspark.python=./env/bin/python \
  --conf spark.pyspark.driver.python="$PY" \
  --conf spark.python.worker.reuse=true \
  --conf spark.ui.enabled=false \
  "$APP" "$WORK/in" --out "$WORK/runs" 2>"$WORK/submit.log" | tail -1
echo "spark-submit: $(( $(date +%s) - t0 )) s"

# 5. the same results as the process pool
rm -f "$WORK/s.db" "$WORK/p.db"
"$PY" "$ROOT/cli.py" import "$WORK/runs" --db "$WORK/s.db"
"$PY" "$ROOT/cli.py" run "$WORK/in" --db "$WORK/p.db" --jobs 2 >/dev/null
for by in unit category document; do
  "$PY" "$ROOT/cli.py" report --db "$WORK/s.db" --by "$by" --format csv >"$WORK/s-$by.csv"
  "$PY" "$ROOT/cli.py" report --db "$WORK/p.db" --by "$by" --format csv >"$WORK/p-$by.csv"
  cmp -s "$WORK/s-$by.csv" "$WORK/p-$by.csv" || { echo "DIFFERENT: report --by $by"; exit 1; }
done
"$PY" "$ROOT/cli.py" clues --db "$WORK/s.db" --format jsonl | sort >"$WORK/s-clues.jsonl"
"$PY" "$ROOT/cli.py" clues --db "$WORK/p.db" --format jsonl | sort >"$WORK/p-clues.jsonl"
cmp -s "$WORK/s-clues.jsonl" "$WORK/p-clues.jsonl" || { echo "DIFFERENT: clues"; exit 1; }
echo "same reports (by unit, category, document) and the same $(wc -l <"$WORK/s-clues.jsonl") clues as --jobs 2"

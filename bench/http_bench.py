"""Public reads over HTTP against gunicorn on PostgreSQL, each compared with a bare Django
view serving the same bytes in the same run (issue 14). See bench/README.md, "HTTP".

    .venv/bin/python -m bench.http_bench [--rounds 3] [--seconds 5] [--quick]

One command on a fresh clone: it creates a throwaway PostgreSQL database (BENCH_DATABASE_URL,
default postgres://postgres@127.0.0.1:5432/bench_i14a; dropped and made again each run),
migrates it and fills it (the sample notice published with its PDFs, 10,000 other
organisations with published notices, 20 owners for the wizard), collects static files,
starts two gunicorns with production settings (2 sync workers each: Seloste, and the bare
view of bench/bare.py, which also serves the floor) and stops them at the end. Load comes from wrk (scripts/install
installs it): one client thread, 16 connections, the same for both servers.

Runs are interleaved (app, bare, floor, then rotated) so a machine that gets busier during
the run slows all alike; each figure is the median of the rounds. Besides req/s (wall) it
reads CPU time per request from /proc: the gunicorn workers' (both servers) and the
PostgreSQL backends' (only Seloste has any), and wrk's own, to show the client is not
the bottleneck. Exit status 1 when a target is missed.
"""

import argparse
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from dataclasses import dataclass
from http.client import HTTPConnection
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
TICKS = os.sysconf("SC_CLK_TCK")
DEFAULT_DB = "postgres://postgres@127.0.0.1:5432/bench_i14a"
OTHER_ORGANISATIONS = 10_000
WIZARD_USERS = 20
# (name, target ratio): reads ≥ 0.8× the bare view, a 304 ≥ 0.9×.
READ_TARGETS = [("latest page", 0.8), ("permalink", 0.8), ("JSON", 0.8), ("PDF download", 0.8), ("page 304", 0.9)]
WIZARD_P95_MS = 150.0
# Headers the layers after Seloste's early route add (the floor must send them too).
FLOOR_KEPT = ("Content-Security-Policy", "X-Frame-Options")


# --- Setup (runs in a child process with the bench database's environment) ------------------


def setup_world() -> dict:
    import django

    django.setup()
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore
    from django.core.management import call_command

    from notices import services
    from notices.content import samples
    from notices.content.steps import STEP_KEYS
    from notices.models import Notice, NoticeVersion, Organisation, PublishedPage
    from notices.tests.factories import MembershipFactory, NoticeFactory, OrganisationFactory, UserFactory
    from notices.tests.publishing_helpers import make_notice

    call_command("migrate", verbosity=0, interactive=False)
    call_command("createcachetable", verbosity=0)
    call_command("collectstatic", verbosity=0, interactive=False)
    owner = UserFactory()
    notice = make_notice(owner)
    version = services.notice_publish(notice=notice, by=owner, note="bench")  # PDFs: immediate task backend
    # Other organisations' published notices, with rows (small bodies: only the index matters).
    organisations = Organisation.objects.bulk_create([Organisation(name=f"Yritys {i} Oy") for i in range(OTHER_ORGANISATIONS)], batch_size=2000)
    notices = Notice.objects.bulk_create([Notice(organisation=o, title=f"Rekisteri {i}", answers={}) for i, o in enumerate(organisations)], batch_size=2000)
    NoticeVersion.objects.bulk_create(
        [NoticeVersion(notice=n, number=1, languages=version.languages, etag=version.etag, rendered={}, controller={}) for n in notices], batch_size=2000
    )
    fields = [f.attname for f in PublishedPage._meta.concrete_fields if f.attname != "id"]
    sample = list(PublishedPage.objects.filter(notice=notice))
    PublishedPage.objects.bulk_create(
        [
            PublishedPage(
                **{name: getattr(row, name) for name in fields}
                | {"notice_id": n.pk, "address": n.public_slug, "key": row.key.replace(row.address, n.public_slug), "body": b"x"}
            )
            for n in notices
            for row in sample
        ],
        batch_size=2000,
    )
    sessions = []
    for _index in range(WIZARD_USERS):
        user = UserFactory()
        organisation = OrganisationFactory(**samples.sample_controller())
        MembershipFactory(organisation=organisation, user=user)
        own = NoticeFactory(organisation=organisation, answers=samples.sample_answers(), completed_steps=list(STEP_KEYS))
        session = SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.save()
        sessions.append({"cookie": session.session_key, "pk": own.pk})
    with django.db.connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return {"slug": notice.public_slug, "languages": version.languages, "sessions": sessions, "steps": list(STEP_KEYS)}


# --- Servers --------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    name: str
    process: subprocess.Popen
    port: int

    def workers(self) -> list[int]:
        try:
            children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children").read_text().split()
            return [int(pid) for pid in children]
        except OSError:
            return []

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()


def start_gunicorn(name: str, env: dict, settings_module: str, log_dir: Path, ready_path: str) -> Server:
    port = free_port()
    log = open(log_dir / f"{name}.log", "wb")  # noqa: SIM115 - lives as long as the server
    process = subprocess.Popen(
        [PYTHON, "-m", "gunicorn", "config.wsgi", "--workers", "2", "--worker-class", "sync", "--bind", f"127.0.0.1:{port}"]
        + ["--forwarded-allow-ips", "*", "--no-control-socket"],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": settings_module},
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    server = Server(name, process, port)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"gunicorn ({name}) did not start: see {log_dir / (name + '.log')}")
        try:
            # Each worker loads Django when it boots: ready when both answer.
            if all(get(port, ready_path)[0] in (200, 304) for _ in range(4)):
                return server
        except OSError:
            pass
        time.sleep(0.3)
    server.stop()
    raise SystemExit(f"gunicorn ({name}) did not answer in 60 s")


def get(port: int, path: str, headers: dict | None = None) -> tuple[int, dict, bytes]:
    connection = HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", path, headers={"Host": "127.0.0.1", **(headers or {})})
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, dict(response.getheaders()), body


# --- CPU from /proc -------------------------------------------------------------------------


def cpu_seconds(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / TICKS


def postgres_backends(database_url: str) -> list[int]:
    import psycopg

    name = urllib.parse.urlparse(database_url).path.lstrip("/")
    with psycopg.connect(database_url, autocommit=True) as conn:
        rows = conn.execute("SELECT pid FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()", [name]).fetchall()
    return [row[0] for row in rows]


# --- Load -----------------------------------------------------------------------------------


@dataclass
class Run:
    rps: float
    requests: int
    server_cpu_ms: float  # gunicorn workers, per request
    db_cpu_ms: float  # PostgreSQL backends, per request
    client_cpu_share: float  # wrk's CPU time ÷ wall time (1.0 = one core busy)


def wrk(server: Server, path: str, headers: dict, seconds: float, database_url: str) -> Run:
    command = ["wrk", "-t1", "-c16", f"-d{max(1, round(seconds))}s"]
    for header, value in headers.items():
        command += ["-H", f"{header}: {value}"]
    command.append(f"http://127.0.0.1:{server.port}{path}")
    workers, backends = server.workers(), postgres_backends(database_url)
    app_before, db_before = cpu_seconds(workers), cpu_seconds(backends)
    started = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out, err = process.stdout.read(), process.stderr.read()
    # wait4, not Popen.wait: it returns wrk's own CPU time (the client's share of the cores).
    _pid, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    wall = time.monotonic() - started
    app_cpu, db_cpu = cpu_seconds(workers) - app_before, cpu_seconds(backends) - db_before
    match = re.search(r"(\d+) requests in", out)
    rate = re.search(r"Requests/sec:\s+([\d.]+)", out)
    if process.returncode or not match:
        raise SystemExit(f"wrk failed: {out}\n{err}")
    if "Non-2xx or 3xx responses" in out:
        raise SystemExit(f"{server.name} {path}: errors under load\n{out}")
    count = int(match.group(1))
    if count == 0:
        raise SystemExit(f"{server.name} {path}: no request completed\n{out}")
    client = usage.ru_utime + usage.ru_stime
    return Run(rps=float(rate.group(1)), requests=count, server_cpu_ms=1000 * app_cpu / count, db_cpu_ms=1000 * db_cpu / count, client_cpu_share=client / wall)


# --- The wizard under 20 users ----------------------------------------------------------------


def wizard_p95(server: Server, world: dict, seconds: float) -> tuple[float, int]:
    """20 signed-in owners, each GETting wizard steps with a 1 s pause between requests."""
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def user(index: int, session: dict) -> None:
        connection = HTTPConnection("127.0.0.1", server.port, timeout=30)
        step = index
        time.sleep(index / WIZARD_USERS)  # users arrive spread over the first second
        while time.monotonic() < stop_at:
            path = f"/notices/{session['pk']}/wizard/{world['steps'][step % len(world['steps'])]}/"
            step += 1
            started = time.perf_counter()
            connection.request("GET", path, headers={"Host": "127.0.0.1", "Cookie": f"sessionid={session['cookie']}"})
            response = connection.getresponse()
            response.read()
            elapsed = time.perf_counter() - started
            with lock:
                if response.status != 200:
                    errors.append(f"{path}: {response.status}")
                latencies.append(elapsed)
            time.sleep(1.0)
        connection.close()

    threads = [threading.Thread(target=user, args=(i, s)) for i, s in enumerate(world["sessions"])]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise SystemExit(f"wizard requests failed: {errors[:5]}")
    latencies.sort()
    return 1000 * latencies[int(0.95 * (len(latencies) - 1))], len(latencies)


# --- Main -------------------------------------------------------------------------------------


def recreate_database(url: str) -> None:
    import psycopg

    parsed = urllib.parse.urlparse(url)
    name = parsed.path.lstrip("/")
    if not re.fullmatch(r"[a-z0-9_]+", name) or not name.startswith("bench"):
        raise SystemExit(f"BENCH_DATABASE_URL must name a throwaway database called bench…, not {name!r}: it is dropped.")
    admin = parsed._replace(path="/postgres").geturl()
    try:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
    except psycopg.OperationalError as error:
        raise SystemExit(f"PostgreSQL is needed for the HTTP benchmark ({admin}): {error}") from None


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3, help="interleaved app/bare pairs per measurement (median of them)")
    parser.add_argument("--seconds", type=float, default=5.0, help="length of one wrk run")
    parser.add_argument("--wizard-seconds", type=float, default=30.0)
    parser.add_argument("--quick", action="store_true", help="1 round of 2 s, wizard 5 s: checks it runs")
    parser.add_argument("--setup", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.setup:
        print(json.dumps(setup_world()))
        return 0
    if args.quick:
        args.rounds, args.seconds, args.wizard_seconds = 1, 2.0, 5.0
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is needed (apt-get install wrk; scripts/install installs it).")

    database_url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_DB)
    recreate_database(database_url)
    work = Path(tempfile.mkdtemp(prefix="seloste-http-bench-"))
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("SELOSTE_", "DJANGO_"))},
        "SELOSTE_ENV": "production",
        "SECRET_KEY": "bench-" + "k" * 50,
        "SITE_URL": "https://seloste.bench.example",
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": database_url,
        "CONN_MAX_AGE": "600",
        "SECURE_SSL_REDIRECT": "false",
        "STATIC_ROOT": str(work / "static"),
        "AXES_ENABLED": "false",
        "BENCH_BARE_DIR": str(work / "bare"),
        "TASKS_BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
        "PYTHONPATH": str(ROOT),
    }
    print(f"HTTP bench: preparing {database_url} (sample notice, {OTHER_ORGANISATIONS:,} other organisations) ...", flush=True)
    setup_env = {**env, "DJANGO_SETTINGS_MODULE": "config.settings"}
    setup = subprocess.run([PYTHON, "-m", "bench.http_bench", "--setup"], cwd=ROOT, env=setup_env, capture_output=True, text=True)
    if setup.returncode:
        raise SystemExit(f"setup failed:\n{setup.stderr[-4000:]}")
    world = json.loads(setup.stdout.strip().splitlines()[-1])
    env.pop("TASKS_BACKEND")
    slug, other = world["slug"], world["languages"][-1]
    reads = {
        "latest page": (f"/n/{slug}/", {}),
        "permalink": (f"/n/{slug}/v1/?lang={other}", {}),
        "JSON": (f"/n/{slug}.json", {}),
        "PDF download": (f"/n/{slug}/{other}.pdf", {}),
    }
    app = start_gunicorn("app", env, "config.settings", work, reads["latest page"][0])
    servers = [app]
    try:
        etag = get(app.port, reads["latest page"][0])[1]["ETag"]
        reads["page 304"] = (reads["latest page"][0], {"If-None-Match": etag})
        (work / "bare").mkdir()
        kept = ("Content-Type", "ETag", "Cache-Control", "Content-Language", "Content-Disposition", "Access-Control-Allow-Origin")
        for index, (name, (path, headers)) in enumerate(reads.items()):
            status, response_headers, body = get(app.port, path, headers)
            if status not in (200, 304):
                raise SystemExit(f"{name} {path}: {status}")
            key = f"r{index}"
            copied = {h: response_headers[h] for h in kept if h in response_headers}
            # The floor sends what the layers after the early route would add, too.
            floor = {h: response_headers[h] for h in FLOOR_KEPT if h in response_headers}
            (work / "bare" / f"{key}.json").write_text(json.dumps({"status": status, "headers": copied, "floor_headers": floor}))
            (work / "bare" / f"{key}.body").write_bytes(body)
        bare = start_gunicorn("bare", env, "bench.bare_settings", work, "/bare/r0/")
        servers.append(bare)
        results = []
        for index, (name, (path, headers)) in enumerate(reads.items()):
            bare_path, floor_path = f"/bare/r{index}/", f"/floor/r{index}/"
            # Warm them (connections, prepared statements, imports) before timing.
            wrk(app, path, headers, 1, database_url)
            wrk(bare, bare_path, {}, 1, database_url)
            wrk(bare, floor_path, {}, 1, database_url)
            app_runs, bare_runs, floor_runs = [], [], []
            order = [(app_runs, app, path, headers), (bare_runs, bare, bare_path, {}), (floor_runs, bare, floor_path, {})]
            for round_ in range(args.rounds):
                # Each takes each place in turn: no one always runs after the same neighbour.
                for runs, server, url, extra in order[round_ % 3 :] + order[: round_ % 3]:
                    runs.append(wrk(server, url, extra, args.seconds, database_url))
            results.append((name, app_runs, bare_runs, floor_runs))
        p95, samples = wizard_p95(app, world, args.wizard_seconds)
    finally:
        for server in servers:
            server.stop()
    return report(results, p95, samples, args)


def report(results, p95: float, samples: int, args) -> int:
    cores = os.cpu_count()
    print(f"\nHTTP bench: gunicorn 2 sync workers per server, PostgreSQL, production settings, wrk 1 thread 16 connections, {cores} cores,")
    print(f"{args.rounds} interleaved rounds of {args.seconds:g} s per server; medians. Ceiling = bare Django view, same bytes, same middleware.")
    print("Floor = the same bytes answered by a middleware where Seloste answers stored reads (no view, no statement): ÷ floor is")
    print("what is left to win in the read itself.")
    columns = (
        ("app req/s", 11), ("bare req/s", 12), ("ratio", 8), ("floor req/s", 13), ("÷ floor", 9),
        ("app CPU ms/req", 16), ("bare CPU ms/req", 17), ("DB CPU ms/req", 15), ("client CPU", 12),
    )  # fmt: skip
    print(f"{'measurement':<16}" + "".join(f"{title:>{width}}" for title, width in columns))
    missed = []
    lines = []
    targets = dict(READ_TARGETS)
    for name, app_runs, bare_runs, floor_runs in results:
        app_rps, bare_rps = statistics.median(r.rps for r in app_runs), statistics.median(r.rps for r in bare_runs)
        floor_rps = statistics.median(r.rps for r in floor_runs)
        app_cpu, bare_cpu = statistics.median(r.server_cpu_ms for r in app_runs), statistics.median(r.server_cpu_ms for r in bare_runs)
        db_cpu = statistics.median(r.db_cpu_ms for r in app_runs)
        client = max(r.client_cpu_share for r in app_runs + bare_runs + floor_runs)
        ratio = app_rps / bare_rps
        print(
            f"{name:<16}{app_rps:>11.0f}{bare_rps:>12.0f}{ratio:>7.2f}×{floor_rps:>13.0f}{app_rps / floor_rps:>8.2f}×"
            f"{app_cpu:>16.2f}{bare_cpu:>17.2f}{db_cpu:>15.2f}{client:>11.0%}"
        )
        ok = ratio >= targets[name]
        cpu_ratio = bare_cpu / (app_cpu + db_cpu) if app_cpu + db_cpu else 0
        lines.append(
            f"{'PASS' if ok else 'FAIL'}  {name}: {app_rps:.0f} req/s, ceiling {bare_rps:.0f} req/s, ratio {ratio:.2f}× (target ≥ {targets[name]}×); "
            f"CPU ratio (bare ÷ app incl. DB) {cpu_ratio:.2f}×"
        )
        if not ok:
            missed.append(name)
    ok = p95 <= WIZARD_P95_MS
    verdict = "PASS" if ok else "FAIL"
    lines.append(f"{verdict}  wizard step GET p95, {WIZARD_USERS} users pausing 1 s: {p95:.0f} ms over {samples} requests (target ≤ {WIZARD_P95_MS:.0f} ms)")
    if not ok:
        missed.append("wizard p95")
    print("\nTargets:")
    for line in lines:
        print("  " + line)
    print(f"\n{len(lines) - len(missed)} of {len(lines)} targets met." + (f" Missed: {', '.join(missed)}." if missed else ""))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())

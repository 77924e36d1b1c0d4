"""The real thing: a `manage.py db_worker` process renders the PDFs that a publish
enqueued, and a worker killed mid-render leaves no file behind and the job runs again."""

import signal
import subprocess
import sys
import time

import pytest

from notices.tests.worker_harness import ROOT, child_env, manage, migrated_database, publish_one, python, rows


@pytest.fixture(scope="module")
def template_db(tmp_path_factory):
    return tmp_path_factory.mktemp("worker") / "template.sqlite3"


@pytest.fixture
def db_file(template_db, tmp_path):
    return migrated_database(template_db, tmp_path / "seloste.sqlite3")


def files(db_file):
    return rows(db_file, "SELECT language, length(data), substr(data, 1, 4) FROM notices_noticeversionfile ORDER BY language")


def renders(db_file):
    return rows(db_file, "SELECT language, status, attempts FROM notices_pdfrender ORDER BY language")


def test_publish_returns_before_the_pdf_and_a_worker_process_makes_it(db_file):
    published = publish_one(db_file)

    # Publishing has returned: the version is there, its PDFs are not, the jobs wait.
    assert rows(db_file, "SELECT number FROM notices_noticeversion") == [(1,)]
    assert files(db_file) == []
    assert {status for _lang, status, _n in renders(db_file)} == {"pending"}
    assert rows(db_file, "SELECT count(*) FROM django_tasks_database_dbtaskresult WHERE status = 'READY'") == [(len(published["languages"]),)]

    worker = subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--no-reload", "--no-startup-delay", "--interval", "0.2"],
        cwd=ROOT,
        env=child_env(db_file),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and len(files(db_file)) < len(published["languages"]):
            assert worker.poll() is None, worker.stderr.read().decode()
            time.sleep(0.3)
    finally:
        worker.send_signal(signal.SIGTERM)
        worker.wait(timeout=60)

    stored = files(db_file)
    assert [lang for lang, _size, _magic in stored] == sorted(published["languages"])
    assert all(magic == b"%PDF" and size > 1000 for _lang, size, magic in stored)
    assert {status for _lang, status, _n in renders(db_file)} == {"done"}


CRASHING_WORKER = """
import os, signal
from django.core.management import call_command
from notices import publishing
real = publishing.render_pdf
def render_then_die(html):
    real(html)  # the whole PDF is in memory: the worker dies before storing it
    os.kill(os.getpid(), signal.SIGKILL)
publishing.render_pdf = render_then_die
call_command("db_worker", "--batch", "--no-reload", "--no-startup-delay")
"""


def test_a_worker_killed_mid_render_leaves_no_file_and_the_job_runs_again(db_file):
    publish_one(db_file)

    crashed = python(db_file, CRASHING_WORKER)

    assert crashed.returncode == -signal.SIGKILL
    assert files(db_file) == []
    assert ("rendering", 1) in [(status, attempts) for _lang, status, attempts in renders(db_file)]

    # Too early: the render may still be running somewhere (the timeout has not passed).
    assert "PDF jobs re-enqueued: 0" in manage(db_file, "upkeep").stdout
    recovered = manage(db_file, "upkeep", PDF_RENDER_TIMEOUT_SECONDS="0")
    assert recovered.returncode == 0, recovered.stderr
    # The crashed render, and the other language's job still waiting in the queue (a
    # second run of that one finds it done and stores nothing).
    assert "PDF jobs re-enqueued: 2" in recovered.stdout

    # The crashed worker's task record says it failed; it no longer looks "running".
    assert rows(db_file, "SELECT count(*) FROM django_tasks_database_dbtaskresult WHERE status = 'RUNNING'") == [(0,)]
    assert rows(db_file, "SELECT count(*) FROM django_tasks_database_dbtaskresult WHERE status = 'FAILED'") == [(1,)]

    worker = manage(db_file, "db_worker", "--batch", "--no-reload", "--no-startup-delay")
    assert worker.returncode == 0, worker.stderr

    assert [lang for lang, _size, magic in files(db_file) if magic == b"%PDF"] == ["en", "fi"]
    assert sorted((status, attempts) for _lang, status, attempts in renders(db_file)) == [("done", 1), ("done", 2)]

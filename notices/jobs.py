"""PDF rendering off the request path. Publishing stores the version and one PdfRender
row per language (its PDF's HTML, rendered with the page) and, once that commits, asks
the task backend to run render_pdf (notices.tasks). The worker renders without holding
any lock and stores the finished PDF in one INSERT, so a crash mid-render leaves no file,
only a job that `manage.py upkeep` runs again.

Write-side functions, like notices.services: keyword-only, typed, <entity>_<action>."""

import hashlib
import logging
import traceback
from datetime import timedelta
from functools import partial

from django.apps import apps
from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from . import publishing
from .models import NoticeVersion, NoticeVersionFile, PdfRender

logger = logging.getLogger(__name__)

# Waits between attempts after a failure: 30 s, 1 min, 2 min, ... at most an hour.
RETRY_BASE_SECONDS = 30
RETRY_MAX_SECONDS = 3600


def _defers() -> bool:
    from .tasks import render_pdf

    return render_pdf.get_backend().supports_defer


def _enqueue(render_id: int, *, run_after=None) -> None:
    from .tasks import render_pdf

    task = render_pdf.using(run_after=run_after) if run_after is not None else render_pdf
    task.enqueue(render_id)


def pdf_renders_create(*, version: NoticeVersion, html: dict[str, str]) -> list[PdfRender]:
    """Called inside the publishing transaction: the jobs exist exactly when the version
    does, and run only after it has committed (a worker must be able to read it)."""
    renders = [PdfRender.objects.create(version=version, language=lang, html=pdf_html) for lang, pdf_html in html.items()]
    for render in renders:
        # robust: a queue that is down must not turn a committed publish into a 500;
        # the render stays pending and `upkeep` enqueues it again.
        transaction.on_commit(partial(_enqueue, render.pk), robust=True)
    return renders


def _backoff(attempts: int) -> timedelta:
    return timedelta(seconds=min(RETRY_BASE_SECONDS * 2 ** max(attempts - 1, 0), RETRY_MAX_SECONDS))


def _stale_before():
    return timezone.now() - timedelta(seconds=settings.PDF_RENDER_TIMEOUT_SECONDS)


def pdf_render_run(*, render_id: int) -> str:
    """Render and store one PDF; what happened, as a word (the task's result)."""
    with transaction.atomic():
        render = PdfRender.objects.select_for_update().filter(pk=render_id).first()
        if render is None:
            return "missing"
        if render.status == PdfRender.Status.DONE:
            return "done"
        if render.status == PdfRender.Status.RENDERING and render.started_at and render.started_at > _stale_before():
            # Another worker has it (a job can be enqueued twice by `upkeep`).
            return "busy"
        render.status = PdfRender.Status.RENDERING
        render.attempts += 1
        render.started_at = timezone.now()
        render.retry_after = None
        render.save(update_fields=["status", "attempts", "started_at", "retry_after"])

    try:
        data = publishing.pdf_bytes(render.html, language=render.language)
        if not data.startswith(b"%PDF"):
            raise ValueError("the renderer returned something that is not a PDF")
    except Exception as error:
        logger.exception("PDF render %s (version %s, %s) failed", render.pk, render.version_id, render.language)
        return _failed(render, error)

    with transaction.atomic():
        render = PdfRender.objects.select_for_update().get(pk=render_id)
        if not NoticeVersionFile.objects.filter(version_id=render.version_id, language=render.language).exists():
            try:
                with transaction.atomic():
                    NoticeVersionFile.objects.create(
                        version_id=render.version_id, language=render.language, data=data, sha256=hashlib.sha256(data).hexdigest()
                    )
            except IntegrityError:
                pass  # stored by a twin run meanwhile: the first file stays, immutable
        render.status = PdfRender.Status.DONE
        render.finished_at = timezone.now()
        render.last_error = ""
        render.html = ""  # the PDF is the record now; the input is not needed again
        render.save(update_fields=["status", "finished_at", "last_error", "html"])
    return "done"


def _failed(render: PdfRender, error: Exception) -> str:
    retry_after = timezone.now() + _backoff(render.attempts)
    text = "".join(traceback.format_exception_only(type(error), error)).strip()[:2000]
    PdfRender.objects.filter(pk=render.pk).update(status=PdfRender.Status.FAILED, last_error=text, retry_after=retry_after, finished_at=timezone.now())
    # Only a backend that can wait retries by itself; otherwise `upkeep` does, when due.
    if render.attempts < settings.PDF_RENDER_MAX_ATTEMPTS and _defers():
        _enqueue(render.pk, run_after=retry_after)
    return "failed"


def pdf_renders_recover(*, now=None) -> list[int]:
    """Enqueue again what no worker will finish: renders left "rendering" by a crashed
    worker, failed ones whose wait is over, and pending ones whose enqueue was lost.
    A failed render that used up its attempts waits for staff (admin: "Retry now")."""
    now = now or timezone.now()
    stale = now - timedelta(seconds=settings.PDF_RENDER_TIMEOUT_SECONDS)
    due = PdfRender.objects.filter(
        Q(status=PdfRender.Status.RENDERING, started_at__lt=stale)
        | Q(status=PdfRender.Status.PENDING, created_at__lt=stale)
        | Q(status=PdfRender.Status.FAILED, attempts__lt=settings.PDF_RENDER_MAX_ATTEMPTS, retry_after__lte=now)
    )
    ids = list(due.values_list("pk", flat=True))
    crashed = list(due.filter(status=PdfRender.Status.RENDERING).values_list("pk", flat=True))
    for render_id in ids:
        pdf_render_retry(render_id=render_id)
    _orphans_fail(crashed)
    return ids


def _orphans_fail(render_ids: list[int]) -> None:
    """The database backend leaves a crashed worker's task "running" forever; say in its
    record (admin: Task results) that it failed, so staff do not wait for it."""
    if not render_ids or not apps.is_installed("django_tasks_db"):
        return
    from django_tasks_db.models import DBTaskResult

    for render_id in render_ids:
        DBTaskResult.objects.filter(status="RUNNING", task_path="notices.tasks.render_pdf", args_kwargs__args__0=render_id).update(
            status="FAILED",
            finished_at=timezone.now(),
            exception_class_path="notices.jobs.WorkerLost",
            traceback="The worker stopped while rendering; the PDF job was enqueued again.",
        )


def pdf_render_retry(*, render_id: int) -> None:
    """Put a render back in the queue now (staff's "Retry now", and recovery)."""
    updated = PdfRender.objects.filter(pk=render_id).exclude(status=PdfRender.Status.DONE).update(status=PdfRender.Status.PENDING, retry_after=None)
    if updated:
        _enqueue(render_id)


def pdf_state(*, version_id: int, language: str) -> str:
    """"ready", "preparing" (pending, rendering or retrying) or "missing" (no such job)."""
    if NoticeVersionFile.objects.filter(version_id=version_id, language=language).exists():
        return "ready"
    if PdfRender.objects.filter(version_id=version_id, language=language).exists():
        return "preparing"
    return "missing"

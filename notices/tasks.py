"""Background tasks (Django's Tasks API through the django-tasks backport). Each is a
thin wrapper: the work is in notices.jobs and notices.upkeep, so it can be called and
tested directly."""

from django_tasks import task


@task()
def render_pdf(render_id: int) -> str:
    from . import jobs

    return jobs.pdf_render_run(render_id=render_id)


@task()
def recheck_published_notices(kind: str, reason: dict) -> int:
    """Compare every published notice with what its latest answers would read like now."""
    from . import upkeep

    return len(upkeep.published_notices_recheck(kind=kind, reason=reason))


@task()
def recheck_service(code: str) -> int:
    """A service-library entry changed: recheck the published notices that use it."""
    from . import upkeep

    return len(upkeep.service_entry_changed(code=code))

"""Many owners pressing "Publish" on one notice at the same moment, through the real
view, each from its own thread and database connection."""

import threading

from django.db import connection
from django.test import Client
from django.urls import reverse

from notices.models import Notice, NoticeVersion, User
from notices.tests.publishing_helpers import edit_draft


def publish_concurrently(*, notice_id: int, user_id: int, count: int = 20) -> dict:
    """Each thread edits the draft (so there is something new to publish) and posts the
    publish form. Returns the HTTP statuses and the version numbers that exist after."""
    user = User.objects.get(pk=user_id)
    url = reverse("notices:notice_publish", kwargs={"pk": notice_id})
    barrier = threading.Barrier(count)
    statuses: list[int] = []
    errors: list[str] = []

    def one(index: int) -> None:
        try:
            client = Client(raise_request_exception=False)
            client.force_login(user)
            barrier.wait(timeout=120)
            edit_draft(Notice.objects.get(pk=notice_id), text=f"Kerromme muutoksista ({index}).")
            response = client.post(url, {"note": f"change {index}"})
            statuses.append(response.status_code)
        except Exception as error:  # an exception here is a failure too, not a hang
            errors.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=one, args=(index,)) for index in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=600)
    numbers = sorted(NoticeVersion.objects.filter(notice_id=notice_id).values_list("number", flat=True))
    return {"statuses": statuses, "errors": errors, "numbers": numbers}

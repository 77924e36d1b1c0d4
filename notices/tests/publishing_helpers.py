"""A publishable notice for the publishing tests: the content helper's sample notice
(notices/content/samples.py), which the completeness check passes."""

import copy

from django.test import TestCase

from notices import services
from notices.content import samples
from notices.tests.factories import MembershipFactory, NoticeFactory, OrganisationFactory


def publishable_answers() -> dict:
    return copy.deepcopy(samples.SAMPLE_ANSWERS)


def controller_fields() -> dict:
    return dict(samples.SAMPLE_CONTROLLER)


def make_notice(user, **answer_overrides):
    organisation = OrganisationFactory(**controller_fields())
    MembershipFactory(organisation=organisation, user=user)
    answers = publishable_answers()
    answers.update(answer_overrides)
    return NoticeFactory(organisation=organisation, answers=answers)


def publish(notice, user, note="First version", **kwargs):
    """Publish and run what publishing leaves for after the commit (the PDF jobs; the
    tests' immediate task backend runs them at once). A test's transaction never commits."""
    notice.refresh_from_db()
    with TestCase.captureOnCommitCallbacks(execute=True):
        return services.notice_publish(notice=notice, by=user, note=note, **kwargs)


def edit_draft(notice, text="Kerromme muutoksista sähköpostitse."):
    """Edit the draft so that publishing again has something new to say (a version that
    reads like the previous one is refused)."""
    notice.refresh_from_db()
    rights = dict(notice.answers.get("rights") or {})
    rights["changes"] = {"fi": text, "en": f"{text} (en)"}
    notice.answers = {**notice.answers, "rights": rights}
    notice.save()
    return notice

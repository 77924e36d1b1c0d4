"""The data every benchmark reads: an owner with the sample notice published once, a
second owner with one notice and a third with many (for the dashboard), and synthetic
notices with N purposes/categories/recipients/retention rules (for linearity).

Built through the ORM, so it works both in the throwaway benchmark database and in
pytest's test database (the smoke test)."""

import copy
from dataclasses import dataclass, field

from django.test import Client

# The sample notice passes the completeness check, so it can be published.
from notices.content import samples
from notices.content.catalogues import EEA_COUNTRIES


@dataclass
class World:
    user: object
    notice: object  # the sample notice, published once (version 1)
    version: object
    anonymous: Client
    owner: Client
    dashboards: dict = field(default_factory=dict)  # notice count → logged-in Client

    @property
    def slug(self) -> str:
        return self.notice.public_slug


def synthetic_answers(rows: int) -> dict:
    """The sample notice grown to ``rows`` purposes, free categories, recipients,
    retention rules and cookie tools: a large but valid notice."""
    answers = samples.sample_answers()
    base_purposes = answers["purposes"]
    answers["purposes"] = [
        {
            **copy.deepcopy(base_purposes[i % len(base_purposes)]),
            "id": f"p{i}",
            "description": {"fi": f"Käyttötarkoitus numero {i}: asiakassuhteen hoito", "en": f"Purpose number {i}: managing the customer relationship"},
        }
        for i in range(rows)
    ]
    answers["categories"]["items"] = [
        {"id": f"c{i}", "code": "", "name": {"fi": f"Tietoryhmä {i}", "en": f"Data category {i}"}, "details": {"fi": "esimerkkejä", "en": "examples"}}
        for i in range(rows)
    ]
    base_recipients = answers["recipients"]["items"]
    # Recipients outside the EEA keep their names: the checker matches each to its own
    # transfer row by recipient, not by country.
    answers["recipients"]["items"] = [
        {
            **copy.deepcopy(base),
            "id": f"rc{i}",
            "name": f"Vastaanottaja {i} Oy" if base.get("country", "FI") in EEA_COUNTRIES else base.get("name", ""),
        }
        for i, base in ((i, base_recipients[i % len(base_recipients)]) for i in range(rows))
    ]
    answers["retention"] = [
        {"id": f"r{i}", "applies_to": {"fi": f"Tiedot {i}", "en": f"Data {i}"}, "period": {"fi": "Kaksi vuotta.", "en": "Two years."}} for i in range(rows)
    ]
    return answers


def _owner_of(notice_count: int, *, version_from):
    """A user whose one organisation has ``notice_count`` sample notices, every other
    one with a published version (copied from ``version_from``: the dashboard reads
    versions, not PDFs, so no rendering is needed)."""
    from notices.models import NoticeVersion
    from notices.tests.factories import MembershipFactory, NoticeFactory, OrganisationFactory, UserFactory

    user = UserFactory()
    organisation = OrganisationFactory(**samples.sample_controller())
    MembershipFactory(organisation=organisation, user=user)
    for index in range(notice_count):
        notice = NoticeFactory(organisation=organisation, answers=samples.sample_answers(), completed_steps=["controller", "notice"])
        if index % 2 == 0:
            NoticeVersion.objects.create(
                notice=notice,
                number=1,
                languages=version_from.languages,
                answers=version_from.answers,
                controller=version_from.controller,
                rendered=version_from.rendered,
                etag=version_from.etag,
            )
    client = Client()
    client.force_login(user)
    return client


def render_pdfs(version) -> None:
    """Do the worker's job in-process: the public PDF benchmarks need the stored files."""
    from notices import jobs
    from notices.models import PdfRender

    for render_id in PdfRender.objects.filter(version=version).values_list("pk", flat=True):
        jobs.pdf_render_run(render_id=render_id)


def make_world(*, dashboard_sizes=(1, 5, 30, 300)) -> World:
    from notices import services
    from notices.tests.factories import UserFactory
    from notices.tests.publishing_helpers import make_notice

    user = UserFactory()
    notice = make_notice(user)
    version = services.notice_publish(notice=notice, by=user, note="bench")
    render_pdfs(version)
    notice.refresh_from_db()
    owner = Client()
    owner.force_login(user)
    world = World(user=user, notice=notice, version=version, anonymous=Client(), owner=owner)
    for size in dashboard_sizes:
        world.dashboards[size] = _owner_of(size, version_from=version)
    return world


def worst_case_answers() -> dict:
    """The largest notice Seloste accepts (notices.limits): every repeated list at the
    row limit and the text grown to just under the character limit, in both languages."""
    from notices.limits import limit, text_size

    rows = limit("SELOSTE_MAX_ROWS")
    answers = synthetic_answers(rows)
    budget = limit("SELOSTE_MAX_NOTICE_CHARACTERS") - text_size(answers) - 100
    per_text = max(0, budget // (2 * rows))
    filler = "Kuvaamme käsittelyn tarkoituksen ja perusteen selkeästi. "
    for purpose in answers["purposes"]:
        for lang in ("fi", "en"):
            text = purpose["description"][lang] + " "
            purpose["description"][lang] = (text + filler * (per_text // len(filler) + 1))[: len(text) + per_text]
    return answers

"""A publishable notice for the publishing tests. Uses the content helper's samples
(notices/content/samples.py) when present, else a complete set of answers here."""

import copy

from notices import services
from notices.tests.factories import MembershipFactory, NoticeFactory, OrganisationFactory


def _fallback_answers() -> dict:
    def lt(fi, en):
        return {"fi": fi, "en": en}

    return {
        "contact": {"name": "Maija Meikäläinen", "email": "tietosuoja@example.fi", "phone": "040 123 4567"},
        "notice": {
            "title": lt("Asiakasrekisterin tietosuojaseloste", "Privacy notice for customers"),
            "languages": ["fi", "en"],
            "style": "register",
            "registers": [{"id": "r1", "name": lt("Asiakasrekisteri", "Customer register")}],
            "data_subjects": ["customers"],
            "intro": lt("Tässä selosteessa kerromme, miten käsittelemme tietojasi.", "This notice explains how we process your data."),
        },
        "purposes": [
            {"id": "p1", "register": "", "description": lt("Asiakassuhteen hoitaminen", "Managing customer relationships"), "legal_basis": "contract"},
            {"id": "p2", "register": "", "description": lt("Kirjanpito", "Bookkeeping"), "legal_basis": "legal_obligation"},
        ],
        "categories": {
            "items": [{"id": "c1", "code": "basic"}, {"id": "c2", "code": "contact"}],
            "special": False,
            "criminal": False,
        },
        "sources": {
            "items": ["data_subject"],
            "requirement": "contractual",
            "consequences": lt("Ilman tietoja emme voi toimittaa tilausta.", "Without the data we cannot deliver your order."),
        },
        "retention": [
            {"id": "t1", "applies_to": lt("Asiakastiedot", "Customer data"), "preset": "", "period": lt("2 vuotta asiakassuhteen päättymisestä", "2 years after the customer relationship ends")},
            {"id": "t2", "applies_to": lt("Kirjanpitoaineisto", "Accounting records"), "preset": "accounting_vouchers"},
        ],
        "recipients": {"items": [{"id": "x1", "kind": "accounting", "name": "Tilitoimisto Numero Oy", "role": "processor", "country": "FI"}]},
        "transfers": {"any": False, "items": []},
        "security": {"measures": ["access_control", "encryption_transit"]},
        "automated": {"decisions": False, "profiling": False},
        "cookies": {"used": False},
        "rights": {"request_email": "tietosuoja@example.fi", "changes": lt("Muutoksista kerrotaan verkkosivuillamme.", "We announce changes on our website.")},
    }


def publishable_answers() -> dict:
    try:
        from notices.content import samples
    except ImportError:
        return _fallback_answers()
    return copy.deepcopy(samples.SAMPLE_ANSWERS)


def controller_fields() -> dict:
    try:
        from notices.content import samples
    except ImportError:
        return {}
    fields = dict(samples.SAMPLE_CONTROLLER)
    return {key: value for key, value in fields.items() if key != "country" or value}


def make_notice(user, **answer_overrides):
    organisation = OrganisationFactory(**controller_fields())
    MembershipFactory(organisation=organisation, user=user)
    answers = publishable_answers()
    answers.update(answer_overrides)
    return NoticeFactory(organisation=organisation, answers=answers)


def publish(notice, user, note="First version"):
    notice.refresh_from_db()
    return services.notice_publish(notice=notice, by=user, note=note)

"""A notice's own history: a business moving an existing notice to us enters when it was
first drawn up and when it last changed. The first version prints those dates; later
versions add our publish dates; there is never a second, contradictory "drawn up" date."""

from datetime import date

from notices.content.builder import build_document, version_dates
from notices.content.samples import sample_answers, sample_controller


def line(language="fi", history=None, **dates):
    answers = sample_answers()
    answers.pop("drawn_up_on", None)
    if history is not None:
        answers["notice"]["history"] = history
    return build_document(answers=answers, controller=sample_controller(), language=language, **dates).version_line


HISTORY = {"created_on": "2019-05-24", "updated_on": "2024-11-02"}


def test_first_version_prints_the_dates_the_user_entered():
    dates = {"drawn_up_on": date(2026, 2, 1), "last_changed_on": date(2026, 2, 1), "version_number": 1}
    assert line("fi", HISTORY, **dates) == "Laadittu 24.5.2019 · Päivitetty 2.11.2024"
    assert line("en", HISTORY, **dates) == "Created on 24 May 2019 · Updated 2 November 2024"


def test_later_versions_add_our_publish_date_and_keep_the_original_creation_date():
    dates = {"drawn_up_on": date(2026, 2, 1), "last_changed_on": date(2026, 4, 3), "version_number": 2}
    assert line("fi", HISTORY, **dates) == "Laadittu 24.5.2019 · Päivitetty 3.4.2026"
    assert "1.2.2026" not in line("fi", HISTORY, **dates)


def test_without_history_our_own_dates_are_used():
    assert line("fi", drawn_up_on=date(2026, 2, 1), last_changed_on=date(2026, 4, 3), version_number=2) == "Laadittu 1.2.2026 · Päivitetty 3.4.2026"
    assert line("en", drawn_up_on=date(2026, 2, 1), last_changed_on=date(2026, 2, 1), version_number=1) == "Created on 1 February 2026"


def test_first_version_with_only_a_creation_date_is_updated_when_we_publish_it():
    dates = {"drawn_up_on": date(2026, 2, 1), "last_changed_on": date(2026, 2, 1), "version_number": 1}
    assert line("fi", {"created_on": "2019-05-24"}, **dates) == "Laadittu 24.5.2019 · Päivitetty 1.2.2026"


def test_version_dates_is_pure_and_never_returns_two_creation_dates():
    created, updated = version_dates(history={"created_on": "2019-05-24"}, ours_first=date(2026, 2, 1), this_publish=date(2026, 2, 1), version_number=1)
    assert created == date(2019, 5, 24) and updated == date(2026, 2, 1)
    created, updated = version_dates(history={"created_on": "bad", "updated_on": 3}, ours_first=date(2026, 2, 1), this_publish=date(2026, 2, 1), version_number=1)
    assert (created, updated) == (date(2026, 2, 1), None)

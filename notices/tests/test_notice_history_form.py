"""The notice step asks for the notice's own history (optional), stored as ISO dates."""

from datetime import date, timedelta

from notices import forms as wf


def form(**data):
    base = {"languages": ["fi"], "style": "register", "title_fi": "Seloste"}
    base.update(data)
    return wf.NoticeForm(base, languages=["fi"])


def test_history_dates_are_optional_and_stored_as_iso():
    assert form().is_valid()
    bound = form(created_on="2019-05-24", updated_on="2024-11-02")
    assert bound.is_valid(), bound.errors
    assert bound.cleaned_data["history"] == {"created_on": "2019-05-24", "updated_on": "2024-11-02"}


def test_last_change_before_creation_is_refused_next_to_the_field():
    bound = form(created_on="2024-11-02", updated_on="2019-05-24")
    assert not bound.is_valid() and "updated_on" in bound.errors


def test_a_date_in_the_future_is_refused():
    bound = form(created_on=(date.today() + timedelta(days=3)).isoformat())
    assert not bound.is_valid() and "created_on" in bound.errors

"""The Atom feed of a notice's versions (/n/<slug>/feed/): valid Atom (RFC 4287), one
entry per published version with its date and what changed, the same bytes until a
version is published, and nothing of an unpublished draft."""

import xml.etree.ElementTree as ET
from datetime import date, datetime

import pytest
from django.urls import reverse

from notices import services_lifecycle
from notices.tests.publishing_helpers import edit_draft, make_notice, publish

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def feed_url(notice, **query):
    path = reverse("notices:public_feed", kwargs={"slug": notice.public_slug})
    return path + ("?" + "&".join(f"{key}={value}" for key, value in query.items()) if query else "")


def parse(response) -> ET.Element:
    assert response.status_code == 200
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    return ET.fromstring(response.content)


def assert_valid_atom(feed: ET.Element) -> None:
    """RFC 4287's required elements: the feed's id, title and updated, an author on the
    feed (or on every entry), a rel=self link; each entry's id, title, updated and link."""
    assert feed.tag == f"{ATOM}feed"
    for name in ("id", "title", "updated"):
        assert len(feed.findall(f"{ATOM}{name}")) == 1 and feed.find(f"{ATOM}{name}").text, name
    entries = feed.findall(f"{ATOM}entry")
    assert feed.find(f"{ATOM}author/{ATOM}name").text or all(entry.find(f"{ATOM}author/{ATOM}name") is not None for entry in entries)
    assert [link.get("rel") for link in feed.findall(f"{ATOM}link")].count("self") == 1
    ids = []
    for entry in entries:
        for name in ("id", "title", "updated"):
            assert len(entry.findall(f"{ATOM}{name}")) == 1 and entry.find(f"{ATOM}{name}").text, name
        assert entry.find(f"{ATOM}link").get("href").startswith("http")
        ids.append(entry.find(f"{ATOM}id").text)
    assert len(set(ids)) == len(ids)
    # The feed is as recent as its newest entry.
    updated = [datetime.fromisoformat(entry.find(f"{ATOM}updated").text) for entry in entries]
    assert datetime.fromisoformat(feed.find(f"{ATOM}updated").text) == max(updated)


@pytest.fixture
def notice(user, quick_pdf):
    notice = make_notice(user)
    publish(notice, user, note="Ensimmäinen versio")
    return notice


def test_feed_is_valid_atom_with_one_entry_per_version(client, user, notice):
    edit_draft(notice, text="Uutiskirje lisätty.")
    second = publish(notice, user, note="Lisättiin uutiskirje")

    feed = parse(client.get(feed_url(notice)))

    assert_valid_atom(feed)
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 2
    newest = entries[0]
    assert newest.find(f"{ATOM}id").text.endswith(reverse("notices:public_version", kwargs={"slug": notice.public_slug, "number": 2}))
    assert datetime.fromisoformat(newest.find(f"{ATOM}updated").text) == second.published_at
    summary = newest.find(f"{ATOM}summary")
    assert summary.get("type") == "html"
    assert "Lisättiin uutiskirje" in summary.text
    assert "Ensimmäinen versio" in entries[1].find(f"{ATOM}summary").text
    # Which sections changed, and a link to the comparison.
    assert "from=1&amp;to=2" in summary.text or "from=1&to=2" in summary.text
    assert feed.find(f"{ATOM}author/{ATOM}name").text == second.controller["name"]
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == second.languages[0]


def test_feed_is_the_same_until_a_version_is_published(client, user, notice):
    first = client.get(feed_url(notice)).content
    edit_draft(notice, text="Luonnoksen muutos, jota ei julkaista.")
    assert client.get(feed_url(notice)).content == first

    publish(notice, user, note="Toinen")
    after = client.get(feed_url(notice)).content

    assert after != first
    assert len(ET.fromstring(after).findall(f"{ATOM}entry")) == 2
    assert client.get(feed_url(notice)).content == after


def test_an_unpublished_draft_never_appears(client, notice):
    edit_draft(notice, text="SALAINEN-LUONNOS draft only")
    notice.refresh_from_db()
    body = client.get(feed_url(notice)).content.decode()
    assert "SALAINEN-LUONNOS" not in body and "draft only" not in body


def test_user_text_is_escaped_in_the_html_summary(client, user, quick_pdf):
    nasty = '<script>alert("x")</script> & <b>'
    notice = make_notice(user)
    publish(notice, user, note=nasty)

    summary = parse(client.get(feed_url(notice))).find(f"{ATOM}entry/{ATOM}summary").text

    # The summary is HTML: the note must arrive as text, never as markup.
    assert "<script>" not in summary and "<b>" not in summary
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;" in summary


def test_language_is_chosen_in_the_url(client, notice):
    english = parse(client.get(feed_url(notice, lang="en")))
    finnish = parse(client.get(feed_url(notice, lang="fi")))
    assert english.find(f"{ATOM}entry/{ATOM}title").text == "Version 1"
    assert finnish.find(f"{ATOM}entry/{ATOM}title").text == "Versio 1"
    assert english.find(f"{ATOM}id").text != finnish.find(f"{ATOM}id").text
    assert client.get(feed_url(notice, lang="xx")).status_code == 404


def test_a_scheduled_version_is_an_entry_from_its_publishing_day(client, user, notice):
    edit_draft(notice)
    day = date.today().replace(year=date.today().year + 1)
    publish(notice, user, note="Ensi vuonna", effective_on=day)
    feed = parse(client.get(feed_url(notice, lang="fi")))
    assert_valid_atom(feed)
    assert f"{day.day}.{day.month}.{day.year}" in feed.find(f"{ATOM}entry/{ATOM}summary").text


def test_feed_caching_unknown_and_withdrawn(client, user, notice):
    response = client.get(feed_url(notice))
    assert response["Cache-Control"] == "public, max-age=300"
    assert not response.cookies
    assert client.get(feed_url(notice), HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304
    assert client.get(reverse("notices:public_feed", kwargs={"slug": "no-such-notice"})).status_code == 404
    services_lifecycle.notice_withdraw(notice=notice, by=user)
    assert client.get(feed_url(notice)).status_code == 410


def test_a_long_history_keeps_the_newest_entries_each_with_what_changed(client, user, notice, monkeypatch):
    from notices.views import opendata

    for text in ("Toinen muutos.", "Kolmas muutos."):
        edit_draft(notice, text=text)
        publish(notice, user, note=text)
    monkeypatch.setattr(opendata, "FEED_ENTRIES", 2)

    entries = parse(client.get(feed_url(notice, lang="en"))).findall(f"{ATOM}entry")

    assert [entry.find(f"{ATOM}title").text for entry in entries] == ["Version 3", "Version 2"]
    oldest = entries[-1].find(f"{ATOM}summary").text
    assert "The first published version." not in oldest and "from=1&amp;to=2" in oldest

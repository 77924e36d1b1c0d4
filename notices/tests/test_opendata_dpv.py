"""Each published version as JSON-LD in the W3C Data Privacy Vocabulary 2.3: every sample
and seed notice expands (pyld) and parses as RDF (rdflib), every DPV IRI it uses exists in
DPV 2.3 (the vocabulary's Turtle files in ../shared/dpv-2.3), and it says what the
version's own JSON says: the same purposes, bases, recipients, transfers and rights."""

import copy
import json
import os
from datetime import date
from pathlib import Path

import pytest
import rdflib
from django.conf import settings
from django.urls import reverse
from pyld import jsonld

from notices import services_lifecycle
from notices.content import catalogues, samples
from notices.content.builder import article_6
from notices.content.rights import RIGHTS
from notices.tests.browser.seeds import SEEDS
from notices.tests.factories import MembershipFactory, NoticeFactory, OrganisationFactory, UserFactory
from notices.tests.publishing_helpers import edit_draft, make_notice, publish

DPV_NAMESPACES = tuple(catalogues.DPV_PREFIXES.values())
DPV_FILES = ("dpv.ttl", "eu-gdpr.ttl", "pd.ttl", "loc.ttl")


def dpv_dir() -> Path:
    return Path(os.environ.get("SELOSTE_DPV_DIR") or Path(settings.BASE_DIR).parent / "shared" / "dpv-2.3")


DPV_MISSING = [name for name in DPV_FILES if not (dpv_dir() / name).is_file()]
# The vocabulary lives beside the checkout, not in it (it is W3C's, not ours).
needs_dpv = pytest.mark.skipif(
    bool(DPV_MISSING), reason=f"DPV 2.3 Turtle files not found in {dpv_dir()} ({', '.join(DPV_MISSING)}); set SELOSTE_DPV_DIR"
)


@pytest.fixture(scope="session")
def dpv_terms() -> frozenset[str]:
    """Every IRI DPV 2.3 defines (and its version IRIs), read from its Turtle files."""
    folder = dpv_dir()
    graph = rdflib.Graph()
    for name in DPV_FILES:
        graph.parse(folder / name, format="turtle")
    terms = {str(subject) for subject in graph.subjects() if isinstance(subject, rdflib.URIRef)}
    terms |= {str(iri) for iri in graph.objects(predicate=rdflib.OWL.versionIRI)}
    return frozenset(terms)


def expand(compact: str) -> str:
    prefix, _, name = compact.partition(":")
    return catalogues.DPV_PREFIXES[prefix] + name


def url(name, **kwargs):
    return reverse(f"notices:{name}", kwargs=kwargs)


# --- the mapping ------------------------------------------------------------------------

MAPPED = {
    "LEGAL_BASES": catalogues.LEGAL_BASES, "SPECIAL_CONDITIONS": catalogues.SPECIAL_CONDITIONS,
    "DATA_SUBJECTS": catalogues.DATA_SUBJECTS, "DATA_CATEGORIES": catalogues.DATA_CATEGORIES,
    "RECIPIENT_ROLES": catalogues.RECIPIENT_ROLES, "RECIPIENT_FREQUENCIES": catalogues.RECIPIENT_FREQUENCIES,
    "SAFEGUARDS": catalogues.SAFEGUARDS, "RIGHTS": RIGHTS, "COUNTRIES": catalogues.COUNTRIES,
    "TRANSFER_DESTINATIONS": catalogues.TRANSFER_DESTINATIONS,
}  # fmt: skip
# Codes deliberately never exported (docs/dpv.md says why).
NEVER_EXPORTED = {("SAFEGUARDS", "privacy_shield"), ("TRANSFER_DESTINATIONS", catalogues.VARIOUS_COUNTRIES)}


@pytest.mark.parametrize("name", sorted(MAPPED))
def test_every_code_of_a_mapped_catalogue_has_its_dpv_concept(name):
    mapping = catalogues.DPV_CONCEPTS[name]
    assert set(mapping) == set(MAPPED[name].codes)
    for code, concept in mapping.items():
        if (name, code) in NEVER_EXPORTED:
            assert concept is None
        else:
            assert concept and concept.split(":")[0] in catalogues.DPV_PREFIXES, (name, code)


@needs_dpv
def test_every_mapped_concept_exists_in_dpv_2_3(dpv_terms):
    concepts = {concept for mapping in catalogues.DPV_CONCEPTS.values() for concept in mapping.values() if concept}
    missing = sorted(concept for concept in concepts | {catalogues.DPV_OUTSIDE_EEA} if expand(concept) not in dpv_terms)
    assert missing == []


def test_the_documented_table_is_the_mapping_in_force():
    text = (Path(settings.BASE_DIR) / "docs" / "dpv.md").read_text(encoding="utf-8")
    for name, mapping in catalogues.DPV_CONCEPTS.items():
        if name in ("COUNTRIES", "TRANSFER_DESTINATIONS"):
            continue  # one rule: loc:<ISO code>
        for code, concept in mapping.items():
            assert f"| {name} | `{code}` | {f'`{concept}`' if concept else '—'} |" in text, (name, code)


# --- published notices --------------------------------------------------------------------


def _seed_answers(seed_answers: dict) -> dict:
    """The seeds keep categories and recipients as the wizard's form posts them."""
    answers = copy.deepcopy(seed_answers)
    categories = answers.get("categories") or {}
    if "codes" in categories:
        items = [{"id": f"c{index}", "code": code} for index, code in enumerate(categories.pop("codes"))]
        items += [{"id": f"f{index}", "code": "", **row} for index, row in enumerate(categories.pop("free", []))]
        categories["items"] = items
    if isinstance(answers.get("recipients"), list):
        answers["recipients"] = {"items": answers["recipients"]}
    return answers


def _publish(controller: dict, answers: dict, *, note: str = "First version"):
    user = UserFactory()
    organisation = OrganisationFactory(**controller)
    MembershipFactory(organisation=organisation, user=user)
    notice = NoticeFactory(organisation=organisation, answers=answers)
    return notice, publish(notice, user, note=note)


def _statement_sample() -> dict:
    answers = samples.sample_answers()
    answers["notice"]["style"] = "statement"
    return answers


NOTICES = {
    "sample": lambda: (samples.sample_controller(), samples.sample_answers()),
    "sample-statement": lambda: (samples.sample_controller(), _statement_sample()),
    **{seed["key"]: (lambda seed=seed: (seed["organisation"], _seed_answers(seed["answers"]))) for seed in SEEDS},
}


def served(client, version) -> tuple:
    response = client.get(url("public_version_jsonld", slug=version.notice.public_slug, number=version.number))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/ld+json; charset=utf-8"
    return response, json.loads(response.content)


def _sections(document: dict, key: str) -> list[dict]:
    found = []

    def walk(sections):
        for section in sections:
            if section["key"] == key or section["key"].startswith(f"{key}-"):
                found.append(section)
            walk(section.get("subsections") or [])

    walk(document["sections"])
    return found


def table_rows(document: dict, key: str) -> list[list[str]]:
    return [row for section in _sections(document, key) for block in section["blocks"] if block["kind"] == "table" for row in block["rows"]]


def definitions(document: dict, key: str) -> list[tuple[str, str]]:
    return [tuple(term) for section in _sections(document, key) for block in section["blocks"] if block["kind"] == "definitions" for term in block["terms"]]


def text(values, language: str) -> str:
    values = values if isinstance(values, list) else [values]
    return next((value["@value"] for value in values if value.get("@language") == language), "")


def types(node: dict) -> list[str]:
    value = node.get("@type", [])
    return value if isinstance(value, list) else [value]


def assert_uses_only_dpv_2_3(graph: rdflib.Graph, dpv_terms) -> int:
    used = {str(term) for triple in graph for term in triple if isinstance(term, rdflib.URIRef) and str(term).startswith("https://w3id.org/dpv")}
    assert sorted(used - dpv_terms) == []
    return len(used)


@needs_dpv
@pytest.mark.django_db
@pytest.mark.parametrize("key", sorted(NOTICES))
def test_jsonld_of_every_sample_and_seed_notice_is_dpv_rdf_saying_what_the_version_says(client, quick_pdf, dpv_terms, key):
    controller, answers = NOTICES[key]()
    notice, version = _publish(controller, answers)
    response, data = served(client, version)
    own = json.loads(client.get(url("public_version_json", slug=notice.public_slug, number=version.number)).content)

    expanded = jsonld.expand(data)
    assert expanded and expanded[0]["@type"] == [expand("dpv:PrivacyNotice")]
    graph = rdflib.Graph().parse(data=response.content.decode(), format="json-ld")
    assert len(graph) > 50
    assert assert_uses_only_dpv_2_3(graph, dpv_terms) > 10
    # rdflib and pyld agree on the graph.
    nquads = jsonld.normalize(data, {"algorithm": "URDNA2015", "format": "application/n-quads"})
    assert len(graph) == len({line for line in nquads.splitlines() if line})

    assert data["@id"] == own["version"]["url"]
    assert data["dct:issued"]["@value"] == own["version"]["published_at"]
    assert data["dpv:hasDataController"]["dpv:hasName"] == own["controller"]["name"]
    handlings = data["dpv:hasPersonalDataHandling"]
    purposes = [node for node in handlings if "dpv:hasPurpose" in node]
    transfers = [node for node in handlings if node.get("dpv:hasProcessing") == {"@id": "dpv:CrossBorderTransfer"}]
    bases = {concept: code for code, concept in catalogues.DPV_CONCEPTS["LEGAL_BASES"].items()}
    rights = {RIGHTS.label(code, "en"): concept for code, concept in catalogues.DPV_CONCEPTS["RIGHTS"].items()}
    for language, document in own["documents"].items():
        # Purposes and their Art. 6 bases: the rows of the purposes table.
        rows = {(row[0], row[1]) for row in table_rows(document, "purposes")}
        exported = {
            (text(node["dpv:hasPurpose"]["dct:description"], language), article_6(bases[node["dpv:hasLegalBasis"]["@id"]], language)) for node in purposes
        }
        assert exported == rows and rows, language
        # Recipients: every row of the recipients tables, by the name the notice shows.
        assert {text(node["rdfs:label"], language) for node in data.get("dpv:hasRecipient", [])} == {row[0] for row in table_rows(document, "recipients")}
        # Transfers: the same recipients and destinations as the transfers table.
        shown = sorted((row[0], row[1]) for row in table_rows(document, "transfers"))
        exported = []
        for node in transfers:
            country = node.get("dpv:hasThirdCountry") or node.get("dpv:hasCountry")
            label = catalogues.destination_label(country["@id"].removeprefix("loc:"), language) if country else ""
            if node.get("dpv:isOutsideOfLocation"):
                label = catalogues.destination_label(catalogues.VARIOUS_COUNTRIES, language)
            exported.append((node.get("dpv:hasRecipient", {}).get("dpv:hasName") or "–", label))
        assert sorted(exported) == shown
        # Retention: each rule as the notice words it.
        terms = definitions(document, "retention")
        assert [(text(node["rdfs:label"], language), text(node["dct:description"], language)) for node in data["dpv:hasStorageCondition"]] == terms
    # Rights: every right the notice lists, as its GDPR article (plus the complaint, Art. 77).
    listed = [term for term, _description in definitions(own["documents"]["en"], "rights")] if "en" in own["documents"] else []
    exported_rights = [node for node in data["dpv:hasRight"] if "eu-gdpr:A77" not in types(node)]
    if listed:
        assert [text(node["rdfs:label"], "en") for node in exported_rights] == listed
        assert [types(node)[1] for node in exported_rights] == [rights[label] for label in listed]
    assert {"eu-gdpr:A15", "eu-gdpr:A16", "eu-gdpr:A17", "eu-gdpr:A77"} <= {types(node)[1] for node in data["dpv:hasRight"]}


@pytest.mark.django_db
def test_a_transfer_safeguard_and_third_country_are_dpv_concepts(client, quick_pdf):
    notice, version = _publish(*NOTICES["sample"]())
    _response, data = served(client, version)
    safeguards = {item["country"]: item["safeguard"] for item in version.answers["transfers"]["items"]}
    transfers = [node for node in data["dpv:hasPersonalDataHandling"] if "dpv:hasProcessing" in node]
    assert transfers
    for node in transfers:
        country = node["dpv:hasThirdCountry"]["@id"].removeprefix("loc:")
        assert node["dpv:hasLegalBasis"]["@id"] == catalogues.DPV_CONCEPTS["SAFEGUARDS"][safeguards[country]]


@pytest.mark.django_db
def test_user_text_with_markup_and_quotes_stays_inert_and_valid(client, quick_pdf):
    nasty = '</script><script>alert("x")</script> & \'quotes\' "double"'
    answers = samples.sample_answers()
    answers["purposes"][0]["description"] = {"fi": nasty, "en": nasty}
    answers["recipients"]["items"][0]["name"] = nasty
    notice, version = _publish({**samples.sample_controller(), "name": nasty}, answers, note=nasty)
    response, data = served(client, version)
    body = response.content.decode()
    assert "<" not in body and ">" not in body and "&" not in body.replace("\\u0026", "")
    assert data["dct:description"] == nasty
    assert data["dpv:hasDataController"]["dpv:hasName"] == nasty
    assert any(text(node["dpv:hasPurpose"]["dct:description"], "fi") == nasty for node in data["dpv:hasPersonalDataHandling"] if "dpv:hasPurpose" in node)
    graph = rdflib.Graph().parse(data=body, format="json-ld")
    assert rdflib.Literal(nasty) in set(graph.objects())


@pytest.mark.django_db
def test_jsonld_is_cached_for_ever_with_a_strong_etag(client, quick_pdf):
    notice, version = _publish(*NOTICES["sample"]())
    response, _data = served(client, version)
    assert response["Cache-Control"] == "public, max-age=31536000, immutable"
    assert response["Access-Control-Allow-Origin"] == "*"
    assert not response.cookies
    again = client.get(url("public_version_jsonld", slug=notice.public_slug, number=1), HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304 and again["ETag"] == response["ETag"]


@pytest.mark.django_db
def test_only_published_versions_are_served_and_a_draft_never_leaks(client, user, quick_pdf):
    notice = make_notice(user)
    publish(notice, user)
    edit_draft(notice, text="LUONNOS-SALAISUUS draft secret")
    answers = dict(notice.answers)
    answers["purposes"] = [*answers["purposes"], {"id": "p-x", "description": {"fi": "Luonnos", "en": "DRAFT-ONLY purpose"}, "legal_basis": "consent"}]
    notice.answers = answers
    notice.save()
    body = client.get(url("public_version_jsonld", slug=notice.public_slug, number=1)).content.decode()
    assert "DRAFT-ONLY" not in body and "SALAISUUS" not in body and "draft secret" not in body
    assert client.get(url("public_version_jsonld", slug=notice.public_slug, number=2)).status_code == 404
    assert client.get(url("public_version_jsonld", slug="no-such-notice", number=1)).status_code == 404


@pytest.mark.django_db
def test_a_withdrawn_notice_answers_410(client, user, quick_pdf):
    notice = make_notice(user)
    publish(notice, user)
    services_lifecycle.notice_withdraw(notice=notice, by=user)
    assert client.get(url("public_version_jsonld", slug=notice.public_slug, number=1)).status_code == 410


@pytest.mark.django_db
def test_a_version_published_ahead_of_time_is_served_like_its_json_with_its_day(client, user, quick_pdf):
    notice = make_notice(user)
    publish(notice, user)
    edit_draft(notice)
    day = date.today().replace(year=date.today().year + 1)
    publish(notice, user, note="Next year", effective_on=day)
    json_status = client.get(url("public_version_json", slug=notice.public_slug, number=2)).status_code
    response = client.get(url("public_version_jsonld", slug=notice.public_slug, number=2))
    assert response.status_code == json_status == 200
    assert json.loads(response.content)["dct:valid"] == {"@value": day.isoformat(), "@type": "xsd:date"}


@pytest.mark.django_db
def test_the_public_page_links_its_jsonld_and_the_feed(client, user, quick_pdf):
    notice = make_notice(user)
    publish(notice, user)
    slug = notice.public_slug
    for page in (url("public_notice", slug=slug), url("public_version", slug=slug, number=1)):
        html = client.get(page).content.decode()
        assert f'<link rel="alternate" type="application/ld+json" href="{url("public_version_jsonld", slug=slug, number=1)}">' in html
        assert f'<link rel="alternate" type="application/atom+xml" href="{url("public_feed", slug=slug)}">' in html
        assert f'href="{url("public_feed", slug=slug)}?lang=' in html  # the visible "Follow changes" link
    history = client.get(url("public_history", slug=slug)).content.decode()
    assert 'rel="alternate" type="application/atom+xml"' in history
    assert f'href="{url("public_feed", slug=slug)}?lang=' in history


@pytest.mark.django_db
def test_the_latest_address_redirects_to_the_version_in_force(client, user, quick_pdf):
    notice = make_notice(user)
    publish(notice, user)
    edit_draft(notice)
    publish(notice, user, note="Second")
    edit_draft(notice, text="Ensi vuonna.")
    publish(notice, user, note="Next year", effective_on=date.today().replace(year=date.today().year + 1))
    response = client.get(url("public_notice_jsonld", slug=notice.public_slug))
    # Version 3 is not in force yet: the latest is version 2, as on the public page.
    assert response.status_code == 302 and response["Location"] == url("public_version_jsonld", slug=notice.public_slug, number=2)
    assert response["Cache-Control"] == "public, max-age=300" and response["Access-Control-Allow-Origin"] == "*"
    assert not response.cookies
    assert client.get(response["Location"]).status_code == 200
    assert client.get(url("public_notice_jsonld", slug="no-such-notice")).status_code == 404
    services_lifecycle.notice_withdraw(notice=notice, by=user)
    assert client.get(url("public_notice_jsonld", slug=notice.public_slug)).status_code == 410
